import { getContext, setContext } from 'svelte';

const KEY = Symbol('renkei:detail');

/**
 * How much of each card a large canvas draws: everything; its box and title ('outline', below 40 %
 * zoom, where the rest is too small to read); or the box alone ('box', below 20 %, where even the title
 * is a few pixels high). Hundreds of cards of unreadable text would otherwise be laid out and painted
 * on every frame of a pan. Small canvases always draw everything.
 */
export type Detail = 'full' | 'outline' | 'box';

export function detailAt(zoom: number, large: boolean): Detail {
	if (!large || zoom >= 0.4) return 'full';
	return zoom >= 0.2 ? 'outline' : 'box';
}

/**
 * Arrowheads are SVG markers, painted again for every link on every frame of a pan; at box detail
 * (below 20 %) a 14 px head is under 3 px, and the boxes' layers already say which way links run.
 */
export function drawsArrowheads(detail: Detail): boolean {
	return detail !== 'box';
}

/** The canvas computes the detail once per zoom change; cards and edges only read the answer. */
export function provideDetail(detail: () => Detail): void {
	setContext(KEY, detail);
}

export function useDetail(): () => Detail {
	return getContext<(() => Detail) | undefined>(KEY) ?? (() => 'full');
}
