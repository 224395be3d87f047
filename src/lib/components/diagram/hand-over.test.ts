import { describe, expect, it } from 'vitest';
import type { Box } from '$lib/layout/types';
import { centre, handOverSlices, MOST_SLICES_PER_FRAME, slicesPerFrame } from './hand-over';

type N = { id: string; type: 'body' | 'frame'; parentId?: string };
const body = (id: string, parentId?: string): N => ({ id, type: 'body', parentId });
const box = (x: number, y = 0): Box => ({ x, y, width: 10, height: 10 });

describe('handOverSlices', () => {
	const nodes: N[] = [{ id: 'g', type: 'frame' }, body('a', 'g'), body('b'), body('c'), body('d'), body('e')];
	const boxes = new Map<string, Box>([
		['g', { x: 0, y: 0, width: 100, height: 100 }],
		['a', box(0)],
		['b', box(100)],
		['c', box(200)],
		['d', box(300)],
		['e', box(400)]
	]);
	const edges = [
		{ id: 'ab', source: 'a', target: 'b' },
		{ id: 'ce', source: 'c', target: 'e' },
		{ id: 'dc', source: 'd', target: 'c' }
	];

	it('hands every node and edge over exactly once', () => {
		const slices = handOverSlices(nodes, edges, boxes, { x: 0, y: 0 }, 2);
		expect(slices.flatMap((s) => s.nodes.map((n) => n.id)).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
		expect(slices.flatMap((s) => s.edges.map((e) => e.id)).sort()).toEqual(['ab', 'ce', 'dc']);
	});

	it('starts with the frames, then the bodies nearest the focus, in slices of one size', () => {
		const slices = handOverSlices(nodes, edges, boxes, centre(box(400)), 2);
		expect(slices.map((s) => s.nodes.map((n) => n.id))).toEqual([['g', 'e', 'd'], ['c', 'b'], ['a']]);
	});

	it('gives each edge to the slice that completes it, so no edge waits for an end already shown', () => {
		const slices = handOverSlices(nodes, edges, boxes, centre(box(400)), 2);
		expect(slices.map((s) => s.edges.map((e) => e.id))).toEqual([[], ['ce', 'dc'], ['ab']]);
	});

	it('gives an edge with no end handed over to the first slice, and one with one end to that end\'s', () => {
		const crossing = [
			{ id: 'xy', source: 'x', target: 'y' },
			{ id: 'ax', source: 'a', target: 'x' }
		];
		const slices = handOverSlices(nodes, crossing, boxes, centre(box(400)), 2);
		expect(slices.map((s) => s.edges.map((e) => e.id))).toEqual([['xy'], [], ['ax']]);
	});

	it('puts parents before their children', () => {
		const order = handOverSlices(nodes, edges, boxes, centre(box(0)), 1).flatMap((s) => s.nodes.map((n) => n.id));
		expect(order.indexOf('g')).toBeLessThan(order.indexOf('a'));
	});

	it('keeps layout order between bodies at the same distance', () => {
		const even = new Map([...boxes].map(([id]) => [id, box(0)]));
		const order = handOverSlices(nodes, edges, even, { x: 0, y: 0 }, 10).flatMap((s) => s.nodes.map((n) => n.id));
		expect(order).toEqual(['g', 'a', 'b', 'c', 'd', 'e']);
	});

	it('makes a single slice of a layout no larger than one', () => {
		expect(handOverSlices(nodes, edges, boxes, { x: 0, y: 0 }, 100)).toHaveLength(1);
		expect(handOverSlices([], [], new Map(), { x: 0, y: 0 })).toEqual([{ nodes: [], edges: [] }]);
	});
});

describe('slicesPerFrame', () => {
	it('doubles while frames keep a 60 Hz pace, up to the most a frame takes', () => {
		expect(slicesPerFrame(1, 16.7)).toBe(2);
		expect(slicesPerFrame(2, 16.7)).toBe(4);
		expect(slicesPerFrame(MOST_SLICES_PER_FRAME, 16.7)).toBe(MOST_SLICES_PER_FRAME);
	});
	it('halves after a late frame, but always takes one', () => {
		expect(slicesPerFrame(8, 50)).toBe(4);
		expect(slicesPerFrame(1, 200)).toBe(1);
	});
	it('holds between the two', () => {
		expect(slicesPerFrame(4, 25)).toBe(4);
	});
});
