import { describe, expect, it } from 'vitest';
import type { Box } from '$lib/layout/types';
import { coverFor, cullIndex } from './cull';

type N = { id: string; parentId?: string };
type E = { id: string; source: string; target: string; box: Box };
const box = (x: number, y = 0, width = 100, height = 50): Box => ({ x, y, width, height });

describe('cullIndex', () => {
	// A frame g holding a and b far apart; c alone; a long link from a to c across empty space.
	const nodes: N[] = [{ id: 'g' }, { id: 'a', parentId: 'g' }, { id: 'b', parentId: 'g' }, { id: 'c' }, { id: 'd' }];
	const boxes = new Map<string, Box>([
		['g', box(0, 0, 20_000, 200)],
		['a', box(50, 50)],
		['b', box(19_000, 50)],
		['c', box(60_000, 5_000)],
		['d', box(30_000, 9_000)]
	]);
	const edges: E[] = [
		{ id: 'ac', source: 'a', target: 'c', box: box(100, 100, 60_000, 4_900) },
		{ id: 'bd', source: 'b', target: 'd', box: box(19_050, 100, 11_000, 8_900) }
	];
	const within = cullIndex(nodes, edges, (n) => boxes.get(n.id), (e) => e.box);
	const ids = (r: { nodes: N[]; edges: E[] }) => ({ nodes: r.nodes.map((n) => n.id), edges: r.edges.map((e) => e.id) });

	it('gives the nodes in an area, with their frames, in layout order', () => {
		expect(ids(within(box(18_900, 0, 300, 90)))).toEqual({ nodes: ['g', 'b'], edges: [] });
	});

	it('gives a link that crosses the area without its ends, which lie outside it', () => {
		expect(ids(within(box(40_000, 3_000, 500, 500)))).toEqual({ nodes: [], edges: ['ac'] });
	});

	it('tells apart areas left of and above the origin, as a layout with negative coordinates has', () => {
		const spread = new Map<string, Box>([
			['w', box(-5_000, 100)],
			['n', box(100, -5_000)],
			['o', box(100, 100)]
		]);
		const index = cullIndex([{ id: 'w' }, { id: 'n' }, { id: 'o' }], [] as E[], (n: N) => spread.get(n.id), (e) => e.box);
		expect(ids(index(box(-5_100, 0, 300, 300))).nodes).toEqual(['w']);
		expect(ids(index(box(0, -5_100, 300, 300))).nodes).toEqual(['n']);
		expect(ids(index(box(-6_000, -6_000, 12_000, 12_000))).nodes).toEqual(['w', 'n', 'o']);
	});

	it('gives nothing for an empty area', () => {
		expect(ids(within(box(-50_000, -50_000, 100, 100)))).toEqual({ nodes: [], edges: [] });
	});

	it('gives everything for an area around the whole diagram', () => {
		expect(ids(within(box(-1, -1, 70_000, 10_000)))).toEqual({ nodes: ['g', 'a', 'b', 'c', 'd'], edges: ['ac', 'bd'] });
	});
});

describe('coverFor', () => {
	const view = box(1_000, 1_000, 800, 600);

	it('hands over the view with half its size again on every side', () => {
		expect(coverFor(view, null)).toEqual({ x: 600, y: 700, width: 1_600, height: 1_200 });
	});

	it('keeps the area handed over while the view stays inside it', () => {
		const covered = coverFor(view, null);
		expect(coverFor(box(700, 800, 800, 600), covered)).toBe(covered);
	});

	it('moves it once the view leaves it, and shrinks it after zooming far in', () => {
		const covered = coverFor(view, null);
		expect(coverFor(box(2_000, 1_000, 800, 600), covered)).toEqual({ x: 1_600, y: 700, width: 1_600, height: 1_200 });
		expect(coverFor(box(1_000, 1_000, 100, 60), covered)).toEqual({ x: 950, y: 970, width: 200, height: 120 });
	});
});
