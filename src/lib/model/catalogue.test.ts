import { describe, expect, it } from 'vitest';
import { catalogueRows, diagramsShowing, figureHeader, figureTable, mechanismsOf } from './catalogue.ts';
import { participantName } from './participants.ts';
import { loadModel } from './load.ts';

// A mechanism with a tier, two bodies (one with posts), and a diagram of the mechanism.
const yaml = `
sources:
  - { id: seed, file: s.txt, title: { ja: 白書, en: White Paper }, publisher: { ja: 省, en: Ministry }, year: 2018, published: 2018-08, url: https://example.org/white-paper }
organizations:
  - { id: mofa, side: jp, name: { ja: 外務省, en: Ministry of Foreign Affairs }, abbr: { ja: 外務省, en: MOFA }, sources: [{ source: seed, ref: f }] }
  - { id: usfj, side: us, name: { ja: 在日米軍, en: U.S. Forces Japan }, sources: [{ source: seed, ref: f }] }
bodies:
  - { id: mech, kind: mechanism, name: { ja: 機構, en: Mechanism }, abbr: M, sources: [{ source: seed, ref: f }] }
  - { id: upper, kind: tier, name: { ja: 上位, en: Upper }, memberOf: [mech], sources: [{ source: seed, ref: f }] }
  - id: alpha
    name: { ja: 甲委員会, en: Alpha Committee }
    abbr: AC
    memberOf: [mech]
    level: { ja: 局長級, en: Director-General level }
    basis: { ja: 条約, en: Treaty }
    established: "2015-11"
    reorganized: [{ date: "2020", what: { ja: 改組, en: Reorganized }, sources: [{ source: seed, ref: f }] }]
    participants:
      - { side: jp, org: mofa, post: { ja: 北米局長, en: Director-General }, representative: true }
      - { side: jp, org: mofa, post: { ja: 外務大臣, en: Minister for Foreign Affairs }, postAlone: true }
      - { side: us, org: usfj, asNeeded: true }
    sources: [{ source: seed, ref: f }]
  - { id: beta, name: { ja: 乙会合, en: Beta Meeting }, sources: [{ source: seed, ref: f }] }
diagrams:
  - id: demo
    title: { ja: 図, en: Diagram }
    summary: { ja: 説明, en: Summary }
    mechanism: mech
    nodes: [{ body: upper }, { body: alpha }]
    sources: [{ source: seed, ref: f }]
tables:
  - id: fig
    title: { ja: 表, en: Table }
    columns:
      - { id: forum, label: { ja: 場, en: Forum } }
      - { id: jp, label: { ja: 日本側, en: Japan }, group: { ja: 出席者, en: Attendees } }
      - { id: us, label: { ja: 米側, en: U.S. }, group: { ja: 出席者, en: Attendees } }
      - { id: purpose, label: { ja: 目的, en: Purpose } }
    rows:
      - body: beta
        cells:
          jp: [{ ja: 一定しない（注1）, en: Not fixed (Note 1) }]
          purpose: [{ ja: 意見交換, en: Exchange of views }]
      - body: alpha
        cells:
          forum: [{ ja: （注2）, en: (Note 2) }]
          jp: [{ ja: 局長, en: Director-General }, { ja: など, en: and others }]
    notes: [{ ja: （注1）注記, en: (Note 1) A note }]
    sources: [{ source: seed, ref: 図表1, quote: 表 }]
`;
const result = loadModel([{ name: 'catalogue.yaml', text: yaml }]);
if (!result.ok) throw new Error(JSON.stringify(result.errors));
const model = result.model;
const rows = catalogueRows(model);

describe('catalogue rows', () => {
	it('lists every body but the tiers, in file order', () => {
		expect(rows.map((r) => r.id)).toEqual(['mech', 'alpha', 'beta']);
	});

	it('resolves mechanisms, participants by side and the diagrams a body is in', () => {
		const mofa = ['外務省', 'Ministry of Foreign Affairs', 'MOFA'];
		const alpha = rows.find((r) => r.id === 'alpha')!;
		expect(alpha).toMatchObject({
			name: { en: 'Alpha Committee' },
			abbr: 'AC',
			mechanisms: [{ id: 'mech', name: { ja: '機構', en: 'Mechanism' }, abbr: 'M' }],
			level: { en: 'Director-General level' },
			basis: { en: 'Treaty' },
			established: '2015-11',
			reorganized: [{ date: '2020', what: { en: 'Reorganized' } }],
			diagrams: [{ id: 'demo', title: { en: 'Diagram' }, node: true }]
		});
		expect(alpha.participants.jp).toEqual([
			{ name: { ja: '外務省北米局長', en: 'Director-General, MOFA' }, orgNames: mofa, asNeeded: false, representative: true },
			{ name: { ja: '外務大臣', en: 'Minister for Foreign Affairs' }, orgNames: mofa, asNeeded: false, representative: false }
		]);
		expect(alpha.participants.us).toEqual([
			{ name: { ja: '在日米軍', en: 'U.S. Forces Japan' }, orgNames: ['在日米軍', 'U.S. Forces Japan'], asNeeded: true, representative: false }
		]);
		expect(rows.find((r) => r.id === 'beta')).toMatchObject({ mechanisms: [], diagrams: [], participants: { jp: [], us: [] } });
	});

	it('links a mechanism to the diagram that depicts it as a whole', () => {
		expect(diagramsShowing(model, 'mech')).toEqual([{ id: 'demo', title: { ja: '図', en: 'Diagram' }, node: false }]);
	});

	it('names a participant without a post by its organization', () => {
		expect(participantName({ side: 'us', org: 'usfj', postAlone: false, asNeeded: false, representative: false }, undefined)).toEqual({
			ja: 'usfj',
			en: 'usfj'
		});
	});

	it("prints a figure table's cells as the data gives them, rows headed by the body and linked to its diagram", () => {
		const figure = figureTable(model, 'fig')!;
		expect(figure.title).toEqual({ ja: '表', en: 'Table' });
		expect(figure.rows.map((r) => [r.body.id, r.body.abbr, r.diagram?.id])).toEqual([
			['beta', undefined, undefined],
			['alpha', 'AC', 'demo']
		]);
		expect(figure.rows[0]!.body.name).toEqual({ ja: '乙会合', en: 'Beta Meeting' });
		// One list of paragraphs per column, in column order; a cell the data omits is empty.
		expect(figure.rows[0]!.cells).toEqual([[], [{ ja: '一定しない（注1）', en: 'Not fixed (Note 1)' }], [], [{ ja: '意見交換', en: 'Exchange of views' }]]);
		expect(figure.rows[1]!.cells.map((c) => c.map((p) => p.ja))).toEqual([['（注2）'], ['局長', 'など'], [], []]);
		expect(figure.notes).toEqual([{ ja: '（注1）注記', en: '(Note 1) A note' }]);
		expect(figure.sources).toEqual([{ source: 'seed', title: { ja: '白書', en: 'White Paper' }, ref: '図表1', quote: '表' }]);
		expect(figureTable(model, 'missing')).toBeUndefined();
	});

	it('spans a group label over its consecutive columns and the others over both header rows', () => {
		const header = figureTable(model, 'fig')!.header;
		expect(header.map((row) => row.map((c) => [c.label.en, c.colspan, c.rowspan, c.group]))).toEqual([
			[
				['Forum', 1, 2, false],
				['Attendees', 2, 1, true],
				['Purpose', 1, 2, false]
			],
			[
				['Japan', 1, 1, false],
				['U.S.', 1, 1, false]
			]
		]);
		const label = (en: string) => ({ ja: en, en });
		expect(figureHeader([{ id: 'a', label: label('A') }, { id: 'b', label: label('B') }])).toEqual([
			[
				{ label: label('A'), colspan: 1, rowspan: 1, group: false },
				{ label: label('B'), colspan: 1, rowspan: 1, group: false }
			]
		]);
	});

	it('lists each mechanism once', () => {
		expect(mechanismsOf([...rows, ...rows]).map((m) => m.id)).toEqual(['mech']);
	});
});
