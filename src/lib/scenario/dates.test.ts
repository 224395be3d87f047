import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { loadModel } from '../model/load.ts';
import { compareAtCommonPrecision } from '../model/time.ts';
import { compareDates, eventsAbout, type DiagramHistory } from './dates.ts';
import { sceneSource } from './source.ts';
import type { DiagramLayout } from '../layout/types.ts';

const cite = [{ source: 'x', title: { ja: 'x', en: 'x' }, ref: '1' }];
const text = (s: string) => ({ ja: s, en: s });
const history: DiagramHistory = {
	established: { old: '1976-07-08', acm: '2015-11', wg: '2024-07-28' },
	changes: [
		{ body: 'old', date: '1996-06-28', what: text('reorganized'), sources: cite },
		{ body: 'old', date: '2016-01', what: text('renamed'), sources: cite },
		{ body: 'wg', date: '2024-07-28', what: text('set up'), sources: cite }
	],
	events: [
		{ id: 'guidelines', date: '2015-04-27', title: text('Guidelines'), bodies: ['acm'], sources: cite },
		{ id: 'acm-set-up', date: '2015-11-03', title: text('ACM set up'), bodies: ['acm'], sources: cite },
		{ id: 'scc-2024', date: '2024-07-28', title: text('2+2'), bodies: ['wg', 'old'], sources: cite }
	]
};
const edges = [
	{ id: 'old-acm', source: 'old', target: 'acm' },
	{ id: 'old-keep', source: 'old', target: 'always' }
];

describe('compareDates', () => {
	it('lists what was set up and changed between two dates, with the events between them', () => {
		const c = compareDates(history, edges, '2024-07-28', '2015-04-27');
		expect([c.earlier, c.later]).toEqual(['2015-04-27', '2024-07-28']);
		expect(c.added).toEqual(['acm', 'wg']);
		expect(c.addedLinks).toEqual(['old-acm']);
		// A change to a body set up in between is its setting up, not a change of something that was there.
		expect(c.changed.map((x) => x.what.en)).toEqual(['renamed']);
		expect(c.events.map((e) => e.id)).toEqual(['acm-set-up', 'scc-2024']);
		expect(eventsAbout(c, 'acm').map((e) => e.id)).toEqual(['acm-set-up']);
	});

	it('finds nothing between a date and itself, and reads the dates in either order', () => {
		const same = compareDates(history, edges, '2016', '2016');
		expect([same.added, same.changed, same.events]).toEqual([[], [], []]);
		expect(compareDates(history, edges, '1990', '2015-12')).toEqual(compareDates(history, edges, '2015-12', '1990'));
	});
});

describe('compareDates on the real data', () => {
	const result = loadModel(readDataFiles(new URL('../../../data', import.meta.url).pathname, process.cwd()));
	if (!result.ok) throw new Error('data/ is invalid');
	const model = result.model;
	const empty = { nodes: [], edges: [] } as unknown as DiagramLayout;

	it('on every diagram, everything listed between the Guidelines and the 2024 "2+2" lies between them and is on the diagram', () => {
		for (const diagram of model.diagrams) {
			const source = sceneSource(model, diagram, empty);
			const shown = new Set(diagram.nodes.map((n) => n.body));
			const c = compareDates(source, [], '2024-07-28', '2015-04-27');
			for (const id of c.added) {
				expect(shown.has(id), id).toBe(true);
				const founded = model.bodies.find((b) => b.id === id)!.established!;
				expect(compareAtCommonPrecision(founded, '2015-04-27'), `${id} ${founded}`).toBeGreaterThan(0);
				expect(compareAtCommonPrecision(founded, '2024-07-28'), `${id} ${founded}`).toBeLessThanOrEqual(0);
			}
			for (const e of c.events) {
				expect(e.bodies.every((b) => shown.has(b)), e.id).toBe(true);
				expect(model.events.find((x) => x.id === e.id)!.bodies.some((b) => shown.has(b) || b === diagram.mechanism), e.id).toBe(true);
				expect(compareAtCommonPrecision(e.date, '2015-04-27') > 0 && compareAtCommonPrecision(e.date, '2024-07-28') <= 0, e.id).toBe(true);
			}
		}
	});

	it('on the consultation map, lists each body the data dates between the two, and the ACM’s events on the ACM', () => {
		for (const id of ['consultation', 'acm']) {
			const diagram = model.diagrams.find((d) => d.id === id)!;
			const c = compareDates(sceneSource(model, diagram, empty), [], '2024-07-28', '2015-04-27');
			const dated = model.bodies.filter((b) => diagram.nodes.some((n) => n.body === b.id) && b.established && compareAtCommonPrecision(b.established, '2015-04-27') > 0 && compareAtCommonPrecision(b.established, '2024-07-28') <= 0);
			expect(c.added.sort(), id).toEqual(dated.map((b) => b.id).sort());
			expect(c.events.length, id).toBeGreaterThan(0);
			for (const e of c.events) expect(e.sources.length).toBeGreaterThan(0);
		}
		const acm = model.diagrams.find((d) => d.id === 'acm')!;
		const events = compareDates(sceneSource(model, acm, empty), [], '2015-12', '2015-04-27').events;
		expect(events.map((e) => e.id)).toEqual(model.events.filter((e) => e.bodies.includes('acm') && compareAtCommonPrecision(e.date, '2015-04-27') > 0 && compareAtCommonPrecision(e.date, '2015-12') <= 0).map((e) => e.id));
		expect(events.length).toBeGreaterThan(0);
	});
});
