import { audienceTitlePx } from '../layout/legible.ts';
import { unionBox } from '../layout/geometry.ts';
import type { Box, DiagramLayout } from '../layout/types.ts';
import type { Emphasis } from '../scenario/marks.ts';

export interface Viewport {
	x: number;
	y: number;
	zoom: number;
}

export interface Pane {
	width: number;
	height: number;
}

/** Where the camera looks: a frame to fit, and what must stay in view when fitting it would make the text too small. */
export interface Aim {
	frame: Box;
	/** the part that matters most; the camera centres on it when the frame cannot be shown at `least` */
	core?: Box;
	/** the smallest zoom at which the text is legible to the audience; none means any fit will do */
	least?: number;
}

export interface ZoomRange {
	min: number;
	max: number;
	/** the margin around the frame, as a share of its size (Svelte Flow's fitView padding) */
	padding: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function centreOn(box: Box, pane: Pane, zoom: number): Viewport {
	return { x: pane.width / 2 - (box.x + box.width / 2) * zoom, y: pane.height / 2 - (box.y + box.height / 2) * zoom, zoom };
}

/** The viewport that shows `aim` in `pane`: its frame fitted, unless that makes the text too small; then the legible zoom, centred on the core. */
export function viewportFor(aim: Aim, pane: Pane, range: ZoomRange): Viewport {
	const scale = 1 + range.padding;
	const fit = (box: Box) => Math.min(pane.width / (box.width * scale), pane.height / (box.height * scale));
	const zoom = clamp(fit(aim.frame), range.min, range.max);
	if (aim.least === undefined || zoom >= aim.least) return centreOn(aim.frame, pane, zoom);
	// As much of the frame as the legible zoom allows, around the core; should even the core not fit,
	// legibility wins over completeness.
	return centreOn(aim.core ?? aim.frame, pane, clamp(aim.least, range.min, range.max));
}


/**
 * What a highlight is about: the bodies it marks (the core), and those plus every body one link away
 * (the frame), so the audience sees where the acting body sits. Null when nothing is highlighted.
 */
export function aimAtMarks(layout: DiagramLayout, boxes: ReadonlyMap<string, Box>, marks: Emphasis, least: number): Aim | null {
	const core = new Set(Object.keys(marks.nodes).filter((id) => marks.nodes[id] === 'focus' || marks.nodes[id] === 'near'));
	if (core.size === 0) return null;
	const shown = new Set(core);
	const linkBoxes: Box[] = [];
	for (const e of layout.edges) {
		if (!core.has(e.source) && !core.has(e.target)) continue;
		shown.add(e.source).add(e.target);
		if (marks.edges[e.id] === 'focus' && e.label) linkBoxes.push(e.label);
	}
	const boxesOf = (ids: Set<string>) => [...ids].flatMap((id) => (boxes.has(id) ? [boxes.get(id)!] : []));
	return { frame: unionBox([...boxesOf(shown), ...linkBoxes]), core: unionBox([...boxesOf(core), ...linkBoxes]), least };
}

/** A screen held in the hand (a phone) is read from arm's length, not from the back of a room. */
export const HANDHELD = { maxWidth: 600, titlePx: 16 };

export const isHandheld = (screenWidth: number) => screenWidth <= HANDHELD.maxWidth;

/** The title size, in screen pixels, the people looking at a screen of this size read with ease. */
export function readableTitlePx(screen: Pane): number {
	return isHandheld(screen.width) ? HANDHELD.titlePx : audienceTitlePx(screen.height);
}

