import type { Paint } from './theme.ts';

/** How a body or link stands out at the current moment; positions never change with it. */
export const MARKS = ['focus', 'near', 'active', 'continued', 'plain', 'dim', 'ghost'] as const;
export type Mark = (typeof MARKS)[number];

export interface CardLook {
	/** greyed out: every paint of the card becomes a muted one, text keeping AA contrast */
	muted: boolean;
	/** a dashed border: the body did not exist yet */
	dashed: boolean;
	/** a ring around the box, `gap` px outside it */
	halo: { paint: Paint; width: number; gap: number; opacity: number } | null;
}

export interface EdgeLook {
	opacity: number;
	/** px; null keeps the kind's own width */
	width: number | null;
	/** the acting link: a dash that flows along it on screen (not under reduced motion) */
	flowing: boolean;
	/** faded labels stay legible: grey text instead of transparency */
	mutedLabel: boolean;
}

const ring = (paint: Paint, width: number, gap: number, opacity: number) => ({ paint, width, gap, opacity });

/** One look per mark, drawn alike by the screen, the SVG and the PowerPoint writers. */
export const CARD_LOOK: Record<Mark, CardLook> = {
	focus: { muted: false, dashed: false, halo: ring('focus', 3, 2, 1) },
	near: { muted: false, dashed: false, halo: ring('accent', 3, 0, 0.25) },
	active: { muted: false, dashed: false, halo: ring('accent', 3, 0, 0.25) },
	// Kept from an earlier stage: in the picture, but without the ring that marks what the stage adds.
	continued: { muted: false, dashed: false, halo: null },
	plain: { muted: false, dashed: false, halo: null },
	dim: { muted: true, dashed: false, halo: null },
	ghost: { muted: true, dashed: true, halo: null }
};

export const EDGE_LOOK: Record<Mark, EdgeLook> = {
	focus: { opacity: 1, width: 4, flowing: true, mutedLabel: false },
	near: { opacity: 1, width: 3, flowing: false, mutedLabel: false },
	active: { opacity: 1, width: 3, flowing: false, mutedLabel: false },
	continued: { opacity: 1, width: null, flowing: false, mutedLabel: false },
	plain: { opacity: 1, width: null, flowing: false, mutedLabel: false },
	dim: { opacity: 0.25, width: null, flowing: false, mutedLabel: true },
	ghost: { opacity: 0.15, width: null, flowing: false, mutedLabel: true }
};

/** What each part of a card is painted with while the card is muted. */
export const MUTED_PAINT = { fill: 'surface', stroke: 'border-strong', text: 'muted', rule: 'subtle', chip: 'bg', bullet: 'muted' } as const satisfies Record<
	string,
	Paint
>;
