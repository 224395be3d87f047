import { bodyShortLabel } from '../format/labels.ts';
import type { CatalogueRow } from '../model/catalogue.ts';
import type { Lang } from '../model/schema.ts';
import { normalize } from '../model/search.ts';
import { compareDates } from '../model/timeline.ts';

export const VIEWS = ['all', 'fig-2-4-2-6'] as const;
export const SORT_KEYS = ['name', 'mechanism', 'level', 'established'] as const;
export const SIDES = ['jp', 'us'] as const;
export type CatalogueViewId = (typeof VIEWS)[number];
export type SortKey = (typeof SORT_KEYS)[number];

/** The catalogue's view state, as the URL carries it. */
export interface CatalogueQuery {
	view: CatalogueViewId;
	sort: SortKey;
	dir: 'asc' | 'desc';
	/** matched against the Japanese and English names and the abbreviation */
	q: string;
	/** a mechanism id, or null for every body */
	mechanism: string | null;
	/** matched against the participants' names and posts */
	who: string;
	/** restricts `who` to one side */
	side: (typeof SIDES)[number] | null;
}

export const DEFAULT_QUERY: CatalogueQuery = {
	view: 'all',
	sort: 'name',
	dir: 'asc',
	q: '',
	mechanism: null,
	who: '',
	side: null
};

const oneOf = <T extends string>(values: readonly T[], raw: string | null | undefined): T | undefined =>
	values.find((v) => v === raw);

/** Reads the query; any value that is missing or not allowed falls back to the default. */
export function readCatalogueQuery(params: URLSearchParams | null, mechanisms: readonly string[]): CatalogueQuery {
	if (!params) return DEFAULT_QUERY;
	const text = (key: string) => params.get(key)?.slice(0, 100) ?? '';
	return {
		view: oneOf(VIEWS, params.get('view')) ?? DEFAULT_QUERY.view,
		sort: oneOf(SORT_KEYS, params.get('sort')) ?? DEFAULT_QUERY.sort,
		dir: oneOf(['asc', 'desc'] as const, params.get('dir')) ?? DEFAULT_QUERY.dir,
		q: text('q'),
		mechanism: oneOf(mechanisms, params.get('mechanism')) ?? null,
		who: text('who'),
		side: oneOf(SIDES, params.get('side')) ?? null
	};
}

/** The query as URL parameters, defaults left out so a plain link stays plain. */
export function writeCatalogueQuery(query: CatalogueQuery): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of Object.keys(DEFAULT_QUERY) as (keyof CatalogueQuery)[]) {
		const value = query[key];
		if (value !== null && value !== '' && value !== DEFAULT_QUERY[key]) params.set(key, value);
	}
	return params;
}

/** Clicking the sorted column flips its direction; another column starts ascending. */
export function toggleSort(query: CatalogueQuery, key: SortKey): CatalogueQuery {
	return { ...query, sort: key, dir: query.sort === key && query.dir === 'asc' ? 'desc' : 'asc' };
}

export function filterRows(rows: readonly CatalogueRow[], query: CatalogueQuery): CatalogueRow[] {
	const q = normalize(query.q);
	const who = normalize(query.who);
	const sides = query.side ? [query.side] : SIDES;
	return rows.filter(
		(r) =>
			(!q || [r.name.ja, r.name.en, r.abbr ?? ''].some((k) => normalize(k).includes(q))) &&
			(!query.mechanism || r.mechanisms.some((m) => m.id === query.mechanism)) &&
			(!who || sides.some((s) => r.participants[s].some((p) => [p.name.ja, p.name.en, ...p.orgNames].some((k) => normalize(k).includes(who)))))
	);
}

/** Sorts by one column; rows without a value for it come last in either direction. */
export function sortRows(rows: readonly CatalogueRow[], key: SortKey, dir: 'asc' | 'desc', lang: Lang): CatalogueRow[] {
	const collator = new Intl.Collator(lang);
	const value = (r: CatalogueRow): string | undefined => {
		switch (key) {
			case 'name':
				return r.name[lang];
			case 'mechanism':
				// by what the column shows: the abbreviation where there is one
				return r.mechanisms[0] && bodyShortLabel(r.mechanisms[0], lang);
			case 'level':
				return r.level?.[lang];
			case 'established':
				return r.established;
		}
	};
	const compare = key === 'established' ? compareDates : (a: string, b: string) => collator.compare(a, b);
	const sign = dir === 'asc' ? 1 : -1;
	// Array.prototype.sort is stable, so rows that tie keep the data's order.
	return [...rows].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		if (va === undefined || vb === undefined) return (va === undefined ? 1 : 0) - (vb === undefined ? 1 : 0);
		return sign * compare(va, vb);
	});
}

/** What the table shows for a query: the filtered rows in the chosen order. */
export function catalogueView(rows: readonly CatalogueRow[], query: CatalogueQuery, lang: Lang): CatalogueRow[] {
	return sortRows(filterRows(rows, query), query.sort, query.dir, lang);
}
