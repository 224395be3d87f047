import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { loadModel } from '../model/load.ts';
import { compareStages, scenarioDetail, type StageDetail } from './detail.ts';

const stage = (id: string, bodies: string[], measures: string[]): StageDetail => ({
	id,
	code: id.toUpperCase(),
	track: 'main',
	name: { ja: id, en: id },
	legalNames: [],
	measures: measures.map((m) => ({ ja: m, en: m })),
	operations: [],
	activeBodies: bodies,
	activeRelationships: [],
	continuedBodies: [],
	sources: []
});

describe('compareStages', () => {
	it('lists what only one of two stages activates or lists', () => {
		const c = compareStages(stage('a', ['acg', 'jc'], ['ISR', 'BMD']), stage('b', ['acg', 'bocc'], ['BMD', 'NEO']));
		expect(c.onlyFirst.bodies).toEqual(['jc']);
		expect(c.onlySecond.bodies).toEqual(['bocc']);
		expect(c.both.bodies).toEqual(['acg']);
		expect(c.onlyFirst.measures.map((m) => m.en)).toEqual(['ISR']);
		expect(c.onlySecond.measures.map((m) => m.en)).toEqual(['NEO']);
	});
});

describe('scenarioDetail on the real data', () => {
	const result = loadModel(readDataFiles(new URL('../../../data', import.meta.url).pathname, process.cwd()));
	if (!result.ok) throw new Error('data/ is invalid');
	const model = result.model;

	it('gives the ACM its stages and walkthroughs with resolved citations', () => {
		const acm = model.diagrams.find((d) => d.id === 'acm')!;
		const detail = scenarioDetail(model, acm);
		expect(detail.walkthroughs.length).toBe(model.walkthroughs.filter((w) => w.diagram === 'acm').length);
		expect(detail.walkthroughs.length).toBeGreaterThan(0);
		for (const w of detail.walkthroughs) {
			expect(detail.stages.map((s) => s.id)).toContain(w.stage);
			for (const step of w.steps) expect(step.sources[0]?.file).toMatch(/\.txt$/);
		}
	});
});
