import { describe, expect, it } from 'vitest';
import { absoluteBoxes } from '../layout/geometry.ts';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDiagram } from '../layout/layout.ts';
import type { DiagramLayout } from '../layout/types.ts';
import { loadModel } from '../model/load.ts';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { diagramParts, partWindow } from '../layout/parts.ts';
import { readPart } from './parts.ts';

const card = { kind: 'body' } as never;
const grid = (columns: number, rows: number): DiagramLayout => ({
	diagram: 'grid',
	lang: 'en',
	detail: 'title',
	width: columns * 300,
	height: rows * 200,
	nodes: Array.from({ length: columns * rows }, (_, i) => ({
		id: `n${i}`,
		type: 'body' as const,
		x: (i % columns) * 300,
		y: Math.floor(i / columns) * 200,
		width: 250,
		height: 100,
		card
	})),
	edges: []
});

describe('diagramParts', () => {
	it('has no parts for a diagram legible whole', () => {
		const layout = grid(2, 2);
		expect(diagramParts(layout, absoluteBoxes(layout), { width: 600, height: 400 })).toEqual([]);
	});

	it('cuts bands no taller and pieces no wider than the window, in reading order, every body in one part', () => {
		const layout = grid(6, 4);
		const window = { width: 600, height: 300 };
		const parts = diagramParts(layout, absoluteBoxes(layout), window);
		expect(parts).toHaveLength(6);
		for (const p of parts) {
			expect(p.width).toBeLessThanOrEqual(window.width);
			expect(p.height).toBeLessThanOrEqual(window.height);
		}
		expect(parts[0]).toEqual({ x: 0, y: 0, width: 550, height: 300 });
		expect(parts[1]!.x).toBe(600);
		expect(parts[3]!.y).toBe(400);
		const inside = (b: { x: number; y: number }) => parts.filter((p) => b.x >= p.x && b.y >= p.y && b.x < p.x + p.width && b.y < p.y + p.height).length;
		for (const n of layout.nodes) expect(inside(n)).toBe(1);
	});

	it('cuts the consultation map, and leaves the ACM and BPM whole', async () => {
		const result = loadModel(readDataFiles('data'));
		if (!result.ok) throw new Error('data/ is invalid');
		const model = result.model;
		const elk = new ELK();
		const prebuiltLayout = (diagram: (typeof model.diagrams)[number], lang: 'en', detail: 'title') => layoutDiagram(diagram, model, lang, elk, detail);
		for (const [id, expected] of [['acm', 0], ['bpm', 0]] as const) {
			const layout = await prebuiltLayout(result.model.diagrams.find((d) => d.id === id)!, 'en', 'title');
			expect(diagramParts(layout, absoluteBoxes(layout)), id).toHaveLength(expected);
		}
		const consultation = await prebuiltLayout(result.model.diagrams.find((d) => d.id === 'consultation')!, 'en', 'title');
		const parts = diagramParts(consultation, absoluteBoxes(consultation));
		expect(parts.length).toBeGreaterThan(1);
		const window = partWindow('title');
		for (const p of parts) expect(p.width <= window.width && p.height <= window.height).toBe(true);
	});
});

describe('readPart', () => {
	const params = (q: string) => new URLSearchParams(q);
	it('reads a part by its number', () => {
		expect(readPart(params('part=2'), 4)).toEqual({ part: 2, rejected: null });
		expect(readPart(params(''), 4)).toEqual({ part: null, rejected: null });
	});
	it('rejects what names no part', () => {
		for (const bad of ['0', '5', '1.5', 'x', '-1']) expect(readPart(params(`part=${bad}`), 4)).toEqual({ part: null, rejected: bad });
		expect(readPart(params('part=1'), 0).rejected).toBe('1');
	});
});
