import type { Box, Point } from '$lib/layout/types';

/** Bodies per slice handed to the canvas: about what mounts within a frame's budget on a slow machine. */
export const HAND_OVER_SLICE = 12;
/** The most slices one frame takes: a frame that mounts this many still ends well within 100 ms. */
export const MOST_SLICES_PER_FRAME = 4;

export interface Slice<N, E> {
	nodes: N[];
	edges: E[];
}

/**
 * A large layout handed to the canvas in slices across frames (slicesPerFrame), so that mounting
 * hundreds of nodes never holds the page's thread for long: frames (which parent the bodies) come
 * first in layout order, then bodies nearest `focus` (where the camera looks) first, so the first
 * frames fill the view; each edge arrives with the later of its two ends, or first if neither end is
 * handed over (a link crossing the view). Positions are the layout's: only the order differs.
 * The canvas is given only the part around the camera (cull.ts), so each slice costs Svelte Flow's
 * bookkeeping for a few hundred nodes at most, and mounting the ones in view.
 */
export function handOverSlices<N extends { id: string; parentId?: string; type?: string }, E extends { source: string; target: string }>(
	nodes: readonly N[],
	edges: readonly E[],
	boxes: ReadonlyMap<string, Box>,
	focus: Point,
	size = HAND_OVER_SLICE
): Slice<N, E>[] {
	const distance = (n: N) => {
		const b = boxes.get(n.id);
		return b ? Math.hypot(b.x + b.width / 2 - focus.x, b.y + b.height / 2 - focus.y) : Infinity;
	};
	const frames = nodes.filter((n) => n.type !== 'body');
	const bodies = nodes
		.filter((n) => n.type === 'body')
		.map((n, i) => ({ n, d: distance(n), i }))
		// Ties keep layout order, so the same layout always arrives the same way.
		.sort((a, b) => a.d - b.d || a.i - b.i)
		.map((x) => x.n);
	const slices: Slice<N, E>[] = [{ nodes: frames.concat(bodies.slice(0, size)), edges: [] }];
	for (let i = size; i < bodies.length; i += size) slices.push({ nodes: bodies.slice(i, i + size), edges: [] });
	const sliceOf = new Map<string, number>();
	slices.forEach((s, k) => s.nodes.forEach((n) => sliceOf.set(n.id, k)));
	for (const e of edges) slices[Math.max(sliceOf.get(e.source) ?? 0, sliceOf.get(e.target) ?? 0)]!.edges.push(e);
	return slices;
}

/** The centre of a box: where a fitted camera looks. */
export const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * How many slices the next frame takes, from how long the last one took (`frameMs`, between two
 * animation frames): twice as many while frames keep their pace, half as many once one runs late.
 * A fixed slice a frame left most frames of a 2,000-body hand-over half idle (37 frames for 295
 * bodies, nearly all of them on time).
 */
export function slicesPerFrame(last: number, frameMs: number): number {
	if (frameMs <= 20) return Math.min(MOST_SLICES_PER_FRAME, last * 2);
	if (frameMs > 34) return Math.max(1, Math.floor(last / 2));
	return last;
}
