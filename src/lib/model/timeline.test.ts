import { describe, expect, it } from 'vitest';
import { loadModel } from './load.ts';
import { byYear, compareDates, timelineEntries } from './timeline.ts';

describe('timeline order', () => {
	it('orders partial dates at common precision, the less precise first', () => {
		const dates = ['2015-05', '2015-04-27', '2014-12', '2015', '2015-04'];
		expect([...dates].sort(compareDates)).toEqual(['2014-12', '2015', '2015-04', '2015-04-27', '2015-05']);
	});

	it('groups events by year in date order, keeping the data order within a date', () => {
		const events = [
			{ id: 'c', date: '1996-06-28' },
			{ id: 'a', date: '1960-01-19' },
			{ id: 'd', date: '1996' },
			{ id: 'b', date: '1960' },
			{ id: 'e', date: '1996' }
		];
		expect(byYear(events).map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([
			['1960', ['b', 'a']],
			['1996', ['d', 'e', 'c']]
		]);
		expect(byYear([])).toEqual([]);
	});
});

describe('timeline entries', () => {
	const yaml = `
sources:
  - { id: seed, file: s.txt, title: { ja: 白書, en: White Paper }, publisher: { ja: 省, en: Ministry }, year: 2018, published: 2018-08, url: https://example.org/white-paper }
bodies:
  - { id: mech, kind: mechanism, name: { ja: 機構, en: Mechanism }, sources: [{ source: seed, ref: f }] }
  - { id: alpha, name: { ja: 甲, en: Alpha }, abbr: A, memberOf: [mech], sources: [{ source: seed, ref: f }] }
diagrams:
  - { id: one, title: { ja: 一, en: One }, summary: { ja: 説明, en: Summary }, mechanism: mech, nodes: [{ body: alpha }], sources: [{ source: seed, ref: f }] }
  - { id: two, title: { ja: 二, en: Two }, summary: { ja: 説明, en: Summary }, nodes: [{ body: alpha }], sources: [{ source: seed, ref: f }] }
events:
  - id: founded
    date: "2015-11"
    title: { ja: 設置, en: Founded }
    bodies: [mech, alpha]
    sources: [{ source: seed, ref: 図表1, quote: 設置 }]
  - id: unrelated
    date: "1951"
    title: { ja: 条約, en: Treaty }
    note: { ja: 年のみ記載, en: Only the year is given }
    sources: [{ source: seed, ref: "1" }]
`;
	const result = loadModel([{ name: 'events.yaml', text: yaml }]);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	const [founded, unrelated] = timelineEntries(result.model);

	it('resolves bodies, citations and the diagrams to show the structure in, each once', () => {
		expect(founded).toMatchObject({
			id: 'founded',
			date: '2015-11',
			bodies: [
				{ id: 'mech', name: { en: 'Mechanism' }, diagrams: [{ id: 'one', node: false }] },
				{ id: 'alpha', abbr: 'A', diagrams: [{ id: 'one', node: true }, { id: 'two', node: true }] }
			],
			sources: [{ source: 'seed', title: { en: 'White Paper' }, ref: '図表1', quote: '設置' }]
		});
		expect(founded!.diagrams.map((d) => d.id)).toEqual(['one', 'two']);
		expect(unrelated).toMatchObject({ bodies: [], diagrams: [] });
	});

	it('carries an event\'s note, and none where the data gives none', () => {
		expect(unrelated!.note).toEqual({ ja: '年のみ記載', en: 'Only the year is given' });
		expect(founded).not.toHaveProperty('note');
	});
});
