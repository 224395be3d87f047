import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { loadModel } from '../model/load.ts';
import { compareStages, scenarioDetail, type StageDetail } from './detail.ts';

const stage = (id: string, bodies: string[], measures: string[], continued: string[] = []): StageDetail => ({
	id,
	code: id.toUpperCase(),
	track: 'main',
	name: { ja: id, en: id },
	legalNames: [],
	measures: measures.map((m) => ({ ja: m, en: m })),
	operations: [],
	activeBodies: bodies,
	activeRelationships: [],
	continuedBodies: continued,
	sources: []
});

describe('compareStages', () => {
	const order = [{ id: 'a' }, { id: 'b' }];

	it('lists what the later stage adds, keeps and drops, and which measures differ', () => {
		const c = compareStages(stage('a', ['acg', 'jc'], ['ISR', 'BMD']), stage('b', ['acg', 'bocc'], ['BMD', 'NEO']), order);
		expect([c.from.id, c.to.id]).toEqual(['a', 'b']);
		expect(c.adds).toEqual(['bocc']);
		expect(c.keeps).toEqual(['acg']);
		expect(c.drops).toEqual(['jc']);
		expect(c.measures.adds.map((m) => m.en)).toEqual(['NEO']);
		expect(c.measures.drops.map((m) => m.en)).toEqual(['ISR']);
	});

	it('reads from the earlier stage to the later whichever is chosen first', () => {
		const c = compareStages(stage('b', ['x'], []), stage('a', ['y'], []), order);
		expect([c.from.id, c.to.id, ...c.adds, ...c.drops]).toEqual(['a', 'b', 'x', 'y']);
	});

	it('counts what the later stage continues as kept, and says it is continued', () => {
		const c = compareStages(stage('a', ['isr', 'acm'], []), stage('b', ['acm', 'neo'], [], ['isr']), order);
		expect(c.adds).toEqual(['neo']);
		expect(c.keeps.sort()).toEqual(['acm', 'isr']);
		expect(c.continued).toEqual(['isr']);
		expect(c.drops).toEqual([]);
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
			for (const step of w.steps) expect(model.sources.map((s) => s.id)).toContain(step.sources[0]?.source);
		}
	});
});
