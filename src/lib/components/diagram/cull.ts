import { contains, overlaps } from '$lib/layout/geometry';
import type { Box } from '$lib/layout/types';

/**
 * What part of a large diagram Svelte Flow is given. Svelte Flow re-reads every node it holds on each
 * update and filters them all on every frame of a pan, even with onlyRenderVisibleElements, so a
 * 2,000-body layout handed over whole stalls the page and pans at half speed. It gets instead the
 * bodies and links around the camera, found in a grid index, and a new set only when the camera
 * leaves the old one.
 */

/** Grid cell side, in layout pixels: a few cards across, so a query touches few cells at any zoom. */
const CELL = 2048;
/** The area handed over reaches this share of the view's size past each of its sides. */
const MARGIN = 0.5;
/** Zoomed in this far (by area) inside the area handed over, it is cut down around the view again. */
const SHRINK_AT = 16;

/** The area to hand over for `view`: `covered` itself while it still serves, else the view with a margin. */
export function coverFor(view: Box, covered: Box | null): Box {
	if (covered && contains(covered, view) && covered.width * covered.height <= SHRINK_AT * view.width * view.height) return covered;
	const dx = view.width * MARGIN;
	const dy = view.height * MARGIN;
	return { x: view.x - dx, y: view.y - dy, width: view.width + 2 * dx, height: view.height + 2 * dy };
}

/** Calls `visit` with the key of every grid cell `box` touches: numbers, not strings, as a large layout files thousands of boxes. */
function eachCell(box: Box, visit: (key: number) => void): void {
	const x1 = Math.floor((box.x + box.width) / CELL);
	const y0 = Math.floor(box.y / CELL);
	const y1 = Math.floor((box.y + box.height) / CELL);
	// Offset so that negative coordinates key apart too: 2^16 cells each way is 134 million layout pixels.
	for (let cx = Math.floor(box.x / CELL); cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit((cx + 0x8000) * 0x10000 + (cy + 0x8000));
}

export interface Culled<N, E> {
	nodes: N[];
	edges: E[];
}

/**
 * An index answering which nodes and edges lie in an area. A node brings the frames around it, which
 * Svelte Flow needs to place it; a link needs neither end (EdgeLayer draws its route), so one crossing
 * the area comes alone. Both lists keep the layout's order, so frames stay before what they hold.
 */
export function cullIndex<N extends { id: string; parentId?: string }, E extends { source: string; target: string }>(
	nodes: readonly N[],
	edges: readonly E[],
	nodeBox: (node: N) => Box | undefined,
	edgeBox: (edge: E) => Box
): (area: Box) => Culled<N, E> {
	const cells = new Map<number, { nodes: number[]; edges: number[] }>();
	const file = (box: Box, list: 'nodes' | 'edges', i: number) =>
		eachCell(box, (key) => {
			let cell = cells.get(key);
			if (!cell) cells.set(key, (cell = { nodes: [], edges: [] }));
			cell[list].push(i);
		});
	const nodeBoxes = nodes.map(nodeBox);
	const edgeBoxes = edges.map(edgeBox);
	nodeBoxes.forEach((box, i) => box && file(box, 'nodes', i));
	edgeBoxes.forEach((box, i) => file(box, 'edges', i));
	const indexOf = new Map(nodes.map((n, i) => [n.id, i]));

	return (area) => {
		const nodeHits = new Set<number>();
		const edgeHits = new Set<number>();
		eachCell(area, (key) => {
			const cell = cells.get(key);
			if (!cell) return;
			for (const i of cell.nodes) if (!nodeHits.has(i) && overlaps(nodeBoxes[i]!, area)) nodeHits.add(i);
			for (const i of cell.edges) if (!edgeHits.has(i) && overlaps(edgeBoxes[i]!, area)) edgeHits.add(i);
		});
		const bring = (id: string | undefined) => {
			for (let i = id === undefined ? undefined : indexOf.get(id); i !== undefined && !nodeHits.has(i); i = indexOf.get(nodes[i]!.parentId ?? '')) nodeHits.add(i);
		};
		for (const i of [...nodeHits]) bring(nodes[i]!.parentId);
		const ascending = (set: Set<number>) => [...set].sort((a, b) => a - b);
		return { nodes: ascending(nodeHits).map((i) => nodes[i]!), edges: ascending(edgeHits).map((i) => edges[i]!) };
	};
}
