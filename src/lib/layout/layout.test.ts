import { readFileSync } from 'node:fs';
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../model/load.ts';
import type { Model } from '../model/model.ts';
import { LANGS } from '../model/schema.ts';
import { absoluteBoxes, contains, onBorder, overlaps, segmentCrosses } from './geometry.ts';
import { layoutDiagram } from './layout.ts';

const elk = new ELK();

function fixtureModel(): Model {
	const text = readFileSync(new URL('../../../tests/fixtures/valid/minimal.yaml', import.meta.url), 'utf8');
	const result = loadModel([{ name: 'minimal.yaml', text }]);
	if (!result.ok) throw new Error('fixture invalid');
	return result.model;
}

describe('layoutDiagram', () => {
	const model = fixtureModel();
	const diagram = model.diagrams[0]!;

	for (const lang of LANGS) {
		it(`places every node without overlap and keeps children inside their group (${lang})`, async () => {
			const layout = await layoutDiagram(diagram, model, lang, elk);
			const boxes = absoluteBoxes(layout);
			expect([...boxes.keys()].sort()).toEqual(['alpha', 'beta', 'frame']);
			expect(contains(boxes.get('frame')!, boxes.get('beta')!)).toBe(true);
			expect(overlaps(boxes.get('alpha')!, boxes.get('frame')!)).toBe(false);
			// Parents precede children, as Svelte Flow requires.
			expect(layout.nodes.findIndex((n) => n.id === 'frame')).toBeLessThan(layout.nodes.findIndex((n) => n.id === 'beta'));
		});

		it(`routes each edge from its source's border to its target's border (${lang})`, async () => {
			const layout = await layoutDiagram(diagram, model, lang, elk);
			const boxes = absoluteBoxes(layout);
			const edge = layout.edges.find((e) => e.id === 'alpha-beta')!;
			expect(edge.points.length).toBeGreaterThanOrEqual(2);
			expect(onBorder(edge.points[0]!, boxes.get('alpha')!)).toBe(true);
			expect(onBorder(edge.points.at(-1)!, boxes.get('beta')!)).toBe(true);
			for (let i = 1; i < edge.points.length; i++) {
				const [a, b] = [edge.points[i - 1]!, edge.points[i]!];
				expect(a.x === b.x || a.y === b.y, 'orthogonal segment').toBe(true);
			}
			expect(edge.label?.text).toBe(lang === 'ja' ? '調整' : 'Coordination');
		});
	}

	it('sizes boxes from their text, so the same diagram differs between languages', async () => {
		const [ja, en] = await Promise.all(LANGS.map((lang) => layoutDiagram(diagram, model, lang, elk)));
		const height = (l: typeof ja, id: string) => l!.nodes.find((n) => n.id === id)!.height;
		expect(height(ja, 'alpha')).toBeGreaterThan(0);
		expect(ja!.nodes.find((n) => n.id === 'alpha')).toMatchObject({ type: 'body' });
		expect(height(en, 'alpha')).not.toBe(height(ja, 'alpha'));
	});
});

describe('geometry', () => {
	it('detects a segment through a box but not one along its border', () => {
		const box = { x: 0, y: 0, width: 100, height: 50 };
		expect(segmentCrosses({ x: -10, y: 25 }, { x: 110, y: 25 }, box)).toBe(true);
		expect(segmentCrosses({ x: -10, y: 0 }, { x: 110, y: 0 }, box)).toBe(false);
		expect(segmentCrosses({ x: 50, y: 60 }, { x: 50, y: 90 }, box)).toBe(false);
	});
});
