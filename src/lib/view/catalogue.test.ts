import { describe, expect, it } from 'vitest';
import type { CatalogueRow } from '../model/catalogue.ts';
import {
	catalogueView,
	DEFAULT_QUERY,
	filterRows,
	readCatalogueQuery,
	sortRows,
	toggleSort,
	writeCatalogueQuery
} from './catalogue.ts';

const row = (id: string, fields: Partial<CatalogueRow> = {}): CatalogueRow => ({
	id,
	name: { ja: id, en: id },
	mechanisms: [],
	participants: { jp: [], us: [] },
	role: [],
	reorganized: [],
	diagrams: [],
	...fields
});
const person = (ja: string, en: string, orgNames: string[] = []) => ({ name: { ja, en }, orgNames, asNeeded: false, representative: false });
const acm = { id: 'acm', name: { ja: '同盟調整メカニズム', en: 'Alliance Coordination Mechanism' }, abbr: 'ACM' };
const bpm = { id: 'bpm', name: { ja: '共同計画策定メカニズム', en: 'Bilateral Planning Mechanism' }, abbr: 'BPM' };

const rows = [
	row('acg', {
		name: { ja: '同盟調整グループ', en: 'Alliance Coordination Group' },
		abbr: 'ACG',
		mechanisms: [acm],
		participants: { jp: [person('外務省', 'Ministry of Foreign Affairs')], us: [person('在日米軍司令部', 'Headquarters, USFJ')] }
	}),
	row('scc', {
		name: { ja: '日米安全保障協議委員会', en: 'Security Consultative Committee' },
		abbr: 'SCC',
		mechanisms: [bpm],
		level: { ja: '閣僚級', en: 'Ministerial' },
		established: '1960',
		participants: {
			jp: [person('外務大臣', 'Minister for Foreign Affairs', ['外務省', 'MOFA'])],
			us: [person('国務長官', 'Secretary of State')]
		}
	}),
	row('sdc', { name: { ja: '防衛協力小委員会', en: 'Subcommittee for Defense Cooperation' }, established: '1976-07-08' }),
	row('edd', { name: { ja: '日米拡大抑止協議', en: 'Extended Deterrence Dialogue' }, established: '1960-01-19' })
];
const ids = (list: CatalogueRow[]) => list.map((r) => r.id);

describe('catalogue query in the URL', () => {
	it('reads every parameter, and falls back to the default for anything not allowed', () => {
		const params = new URLSearchParams('view=fig-2-4-2-6&sort=established&dir=desc&q=SCC&mechanism=bpm&who=%E5%A4%96%E5%8B%99&side=jp');
		expect(readCatalogueQuery(params, ['acm', 'bpm'])).toEqual({
			view: 'fig-2-4-2-6',
			sort: 'established',
			dir: 'desc',
			q: 'SCC',
			mechanism: 'bpm',
			who: '外務',
			side: 'jp'
		});
		const bad = new URLSearchParams('view=x&sort=colour&dir=up&mechanism=nope&side=both');
		expect(readCatalogueQuery(bad, ['acm'])).toEqual(DEFAULT_QUERY);
		expect(readCatalogueQuery(null, ['acm'])).toEqual(DEFAULT_QUERY);
	});

	it('writes only what differs from the default, and reads back what it wrote', () => {
		expect(writeCatalogueQuery(DEFAULT_QUERY).toString()).toBe('');
		const query = { ...DEFAULT_QUERY, sort: 'established' as const, q: 'a b', side: 'us' as const };
		const written = writeCatalogueQuery(query);
		expect(written.toString()).toBe('sort=established&q=a+b&side=us');
		expect(readCatalogueQuery(written, [])).toEqual(query);
	});

	it('flips the direction of the sorted column and starts another ascending', () => {
		expect(toggleSort(DEFAULT_QUERY, 'name')).toMatchObject({ sort: 'name', dir: 'desc' });
		expect(toggleSort({ ...DEFAULT_QUERY, dir: 'desc' }, 'name')).toMatchObject({ sort: 'name', dir: 'asc' });
		expect(toggleSort({ ...DEFAULT_QUERY, dir: 'desc' }, 'level')).toMatchObject({ sort: 'level', dir: 'asc' });
	});
});

describe('catalogue filters', () => {
	it('matches names in either language and abbreviations, ignoring case and width', () => {
		expect(ids(filterRows(rows, { ...DEFAULT_QUERY, q: 'ｓｃｃ' }))).toEqual(['scc']);
		expect(ids(filterRows(rows, { ...DEFAULT_QUERY, q: '調整' }))).toEqual(['acg']);
		expect(ids(filterRows(rows, { ...DEFAULT_QUERY, q: 'DETERRENCE' }))).toEqual(['edd']);
	});

	it('keeps the members of one mechanism', () => {
		expect(ids(filterRows(rows, { ...DEFAULT_QUERY, mechanism: 'acm' }))).toEqual(['acg']);
	});

	it('matches participants on either side, or on the side chosen', () => {
		expect(ids(filterRows(rows, { ...DEFAULT_QUERY, who: '外務' }))).toEqual(['acg', 'scc']);
		// by the organization, where the post alone is shown
		expect(ids(filterRows(rows, { ...DEFAULT_QUERY, who: 'mofa' }))).toEqual(['scc']);
		expect(ids(filterRows(rows, { ...DEFAULT_QUERY, who: 'usfj', side: 'jp' }))).toEqual([]);
		expect(ids(filterRows(rows, { ...DEFAULT_QUERY, who: 'usfj', side: 'us' }))).toEqual(['acg']);
	});
});

describe('catalogue sorting', () => {
	it('sorts partial dates at common precision, undated last in both directions', () => {
		expect(ids(sortRows(rows, 'established', 'asc', 'en'))).toEqual(['scc', 'edd', 'sdc', 'acg']);
		expect(ids(sortRows(rows, 'established', 'desc', 'en'))).toEqual(['sdc', 'edd', 'scc', 'acg']);
	});

	it('sorts names in the reader’s language, and by mechanism and level with missing values last', () => {
		expect(ids(sortRows(rows, 'name', 'asc', 'en'))).toEqual(['acg', 'edd', 'scc', 'sdc']);
		expect(ids(sortRows(rows, 'mechanism', 'asc', 'en'))).toEqual(['acg', 'scc', 'sdc', 'edd']);
		expect(ids(sortRows(rows, 'mechanism', 'desc', 'en'))).toEqual(['scc', 'acg', 'sdc', 'edd']);
		expect(ids(sortRows(rows, 'level', 'desc', 'ja'))).toEqual(['scc', 'acg', 'sdc', 'edd']);
	});

	it('filters, then sorts', () => {
		expect(ids(catalogueView(rows, { ...DEFAULT_QUERY, q: 'c', sort: 'established', dir: 'desc' }, 'en'))).toEqual(['sdc', 'edd', 'scc', 'acg']);
	});
});
