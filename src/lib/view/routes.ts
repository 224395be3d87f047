import type { CardDetail } from '../layout/card-picture.ts';
import type { DiagramLink } from '../model/catalogue.ts';
import { isLang } from '../i18n/lang.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ScenarioState } from '../scenario/state.ts';
import type { ThemeName } from '../theme/theme.ts';
import { DEFAULT_QUERY, writeCatalogueQuery, type CatalogueQuery } from './catalogue.ts';

/**
 * A page's address from the app's root, such as `/en/diagram/acm/?body=acg`. It becomes a link only
 * through `href` in components/links.ts, which puts the app's base in front.
 */
export type AppPath = `/${string}`;

/** The scenario's URL parameters; `step` counts from 1, as readers do. */
export interface ScenarioQuery {
	stage?: string | null;
	walk?: string | null;
	step?: number | null;
	compare?: string | null;
}

export interface DiagramQuery extends ScenarioQuery {
	/** the selected body */
	body?: string | null;
	/** a partial date: the structure as it stood then */
	date?: string | null;
	/** a second date to compare `date` with */
	compareDate?: string | null;
	theme?: ThemeName | null;
	/** how much of each card is drawn, where the reader chose it */
	detail?: CardDetail | null;
}

/** Parameters in the order given, the absent and empty ones left out. */
function queryOf(params: Record<string, string | number | null | undefined>): URLSearchParams {
	const query = new URLSearchParams();
	for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
	return query;
}

/** Pages of the static build are folders (`/ja/diagram/acm/`), which every static host serves. */
function page(segments: readonly string[], query = new URLSearchParams(), anchor?: string): AppPath {
	const search = query.size > 0 ? `?${query}` : '';
	const hash = anchor ? `#${encodeURIComponent(anchor)}` : '';
	return `/${segments.map((s) => `${encodeURIComponent(s)}/`).join('')}${search}${hash}`;
}

// One order for every link, so that one view always has one address.
const diagramQuery = (q: DiagramQuery) =>
	queryOf({ body: q.body, date: q.date, 'compare-date': q.compareDate, stage: q.stage, walk: q.walk, step: q.step, compare: q.compare, theme: q.theme, detail: q.detail });

export function homePath(lang: Lang): AppPath {
	return page([lang]);
}

export function diagramPath(lang: Lang, diagram: string, query: DiagramQuery = {}): AppPath {
	return page([lang, 'diagram', diagram], diagramQuery(query));
}

/**
 * A diagram's layout at one card detail, a prerendered file beside the diagram's page (a file, so no
 * trailing slash).
 */
export function layoutPath(lang: Lang, diagram: string, detail: CardDetail): AppPath {
	return `/${[lang, 'diagram', diagram, 'layout', `${detail}.json`].map(encodeURIComponent).join('/')}`;
}

/**
 * A diagram's whole scenario (stage texts and citations, walkthroughs), one file for both languages;
 * its page carries only the outline (src/lib/scenario/outline.ts).
 */
export function scenarioPath(diagram: string): AppPath {
	return `/scenario/${encodeURIComponent(diagram)}.json`;
}

/** The bodies and organizations the search box looks through, one file for both languages. */
export const SEARCH_INDEX_PATH: AppPath = '/search-index.json';

/**
 * A body in a diagram that lists it: selected where the diagram has a box for it, and the diagram
 * alone where it depicts the body (a mechanism) as a whole, with no box to select.
 */
export function bodyInDiagramPath(lang: Lang, diagram: DiagramLink, body: string): AppPath {
	return diagramPath(lang, diagram.id, { body: diagram.node ? body : null });
}

/** The frame other sites embed: the diagram without the page around it. */
export function embedPath(lang: Lang, diagram: string, query: Omit<DiagramQuery, 'body'> = {}): AppPath {
	return page([lang, 'embed', diagram], diagramQuery(query));
}

/** The catalogue, filtered and sorted as `query` says, scrolled to a body's row when one is given. */
export function cataloguePath(lang: Lang, { query = {}, body }: { query?: Partial<CatalogueQuery>; body?: string } = {}): AppPath {
	return page([lang, 'catalogue'], writeCatalogueQuery({ ...DEFAULT_QUERY, ...query }), body && bodyAnchor(body));
}

/** The timeline, scrolled to an event when one is given. */
export function timelinePath(lang: Lang, { event }: { event?: string } = {}): AppPath {
	return page([lang, 'timeline'], undefined, event && eventAnchor(event));
}

/** The list of source documents. */
export function sourcesPath(lang: Lang): AppPath {
	return page([lang, 'sources']);
}

/** A source document in the reader, scrolled to a cited passage or a section when one is given. */
export function sourcePath(lang: Lang, source: string, anchor?: string): AppPath {
	return page([lang, 'sources', source], undefined, anchor);
}

/** The data check, showing one diagram, its relayouts stopped after `deadline` ms. */
export function previewPath(lang: Lang, { diagram, deadline }: { diagram?: string; deadline?: number } = {}): AppPath {
	return page([lang, 'preview'], queryOf({ diagram, deadline }));
}

/** The id of a body's row in the catalogue, which links scroll to. */
export function bodyAnchor(body: string): string {
	return `body-${body}`;
}

/** The id of an event on the timeline, which links scroll to. */
export function eventAnchor(event: string): string {
	return `event-${event}`;
}

/** The URL parameters of a scenario state. */
export function scenarioQuery(state: ScenarioState): ScenarioQuery {
	return {
		stage: state.stage,
		walk: state.walkthrough,
		step: state.walkthrough ? state.step + 1 : null,
		compare: state.compare
	};
}

/**
 * The page at `pathname` in another language, its query kept. Everything before the language segment
 * is the host's folder, which `href` adds back; a path with no language leads to the home page.
 */
export function inLanguage(lang: Lang, pathname: string, query: URLSearchParams | null = null): AppPath {
	const segments = pathname.split('/');
	const at = segments.findIndex(isLang);
	if (at < 0) return homePath(lang);
	const search = query && query.size > 0 ? `?${query}` : '';
	return `/${[lang, ...segments.slice(at + 1)].join('/')}${search}`;
}
