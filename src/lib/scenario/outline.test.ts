import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { loadModel } from '../model/load.ts';
import { scenarioDetail } from './detail.ts';
import { scenarioOutline } from './outline.ts';

const result = loadModel(readDataFiles(new URL('../../../data', import.meta.url).pathname, process.cwd()));
if (!result.ok) throw new Error('data/ is invalid');
const model = result.model;
const acm = model.diagrams.find((d) => d.id === 'acm')!;
const full = scenarioDetail(model, acm);
const outline = scenarioOutline(full);

describe('scenarioOutline', () => {
	it('keeps every stage with its code, name and what it marks on the diagram', () => {
		expect(outline.stages.map((s) => [s.id, s.code, s.name, s.activeBodies, s.activeRelationships, s.continuedBodies])).toEqual(
			full.stages.map((s) => [s.id, s.code, s.name, s.activeBodies, s.activeRelationships, s.continuedBodies])
		);
		expect(outline.names).toEqual(full.names);
	});

	it('leaves out the texts, citations and walkthroughs, and says it is an outline', () => {
		expect(full.walkthroughs.length).toBeGreaterThan(0);
		expect(outline.walkthroughs).toEqual([]);
		for (const s of outline.stages) expect([s.note, s.measures, s.operations, s.legalNames, s.sources]).toEqual([undefined, [], [], [], []]);
		expect(outline.outline).toBe(true);
		expect(full.outline).toBeUndefined();
		// what makes the first view's page smaller
		expect(JSON.stringify(outline).length).toBeLessThan(JSON.stringify(full).length / 10);
	});
});
