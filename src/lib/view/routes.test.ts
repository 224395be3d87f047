import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang.ts';
import { EMPTY, writeScenario, type ScenarioState } from '../scenario/state.ts';
import {
	bodyAnchor,
	bodyInDiagramPath,
	cataloguePath,
	diagramPath,
	embedPath,
	eventAnchor,
	homePath,
	inLanguage,
	layoutPath,
	previewPath,
	scenarioQuery,
	timelinePath
} from './routes.ts';

describe('page paths', () => {
	it('end every page in the slash of its folder, in each language', () => {
		for (const lang of LANGS) {
			expect(homePath(lang)).toBe(`/${lang}/`);
			expect(diagramPath(lang, 'acm')).toBe(`/${lang}/diagram/acm/`);
			expect(embedPath(lang, 'acm')).toBe(`/${lang}/embed/acm/`);
			expect(cataloguePath(lang)).toBe(`/${lang}/catalogue/`);
			expect(timelinePath(lang)).toBe(`/${lang}/timeline/`);
			expect(previewPath(lang)).toBe(`/${lang}/preview/`);
		}
	});

	it('names each level’s layout file beside its diagram, and keeps a chosen level in links', () => {
		expect(layoutPath('en', 'acm', 'title')).toBe('/en/diagram/acm/layout/title.json');
		expect(layoutPath('ja', '../x', 'compact')).toBe('/ja/diagram/..%2Fx/layout/compact.json');
		expect(embedPath('en', 'acm', { theme: 'dark', detail: 'compact' })).toBe('/en/embed/acm/?theme=dark&detail=compact');
	});

	it('writes the diagram view’s parameters in one order, leaving out the absent ones', () => {
		expect(diagramPath('en', 'acm', { body: 'acg' })).toBe('/en/diagram/acm/?body=acg');
		expect(diagramPath('ja', 'bpm', { date: '2015-11', body: null, stage: '' })).toBe('/ja/diagram/bpm/?date=2015-11');
		expect(
			diagramPath('en', 'acm', { theme: 'dark', compare: 'c1', step: 3, walk: 'w', stage: 'c2', date: '2015', body: 'jc' })
		).toBe('/en/diagram/acm/?body=jc&date=2015&stage=c2&walk=w&step=3&compare=c1&theme=dark');
	});

	it('encodes every value, so a parameter cannot add another or break out of the path', () => {
		expect(diagramPath('en', 'acm', { body: 'a&stage=x#y' })).toBe('/en/diagram/acm/?body=a%26stage%3Dx%23y');
		expect(diagramPath('en', '../x', { body: '<script>' })).toBe('/en/diagram/..%2Fx/?body=%3Cscript%3E');
		expect(new URL(diagramPath('ja', 'acm', { body: '同盟 調整' }), 'http://h').searchParams.get('body')).toBe('同盟 調整');
	});

	it('selects a body only in diagrams that have a box for it', () => {
		expect(bodyInDiagramPath('ja', { id: 'acm', title: { ja: '', en: '' }, node: true }, 'acg')).toBe('/ja/diagram/acm/?body=acg');
		expect(bodyInDiagramPath('ja', { id: 'acm', title: { ja: '', en: '' }, node: false }, 'acm')).toBe('/ja/diagram/acm/');
	});

	it('writes the catalogue’s non-default parameters and anchors a row', () => {
		expect(cataloguePath('en', { query: { mechanism: 'acm', sort: 'established', dir: 'desc' } })).toBe(
			'/en/catalogue/?sort=established&dir=desc&mechanism=acm'
		);
		expect(cataloguePath('ja', { query: { q: '', sort: 'name', dir: 'asc' } })).toBe('/ja/catalogue/');
		expect(cataloguePath('ja', { body: 'scc' })).toBe(`/ja/catalogue/#${bodyAnchor('scc')}`);
	});

	it('anchors a timeline event and names the preview’s diagram', () => {
		expect(timelinePath('en', { event: 'guidelines-2015' })).toBe(`/en/timeline/#${eventAnchor('guidelines-2015')}`);
		expect(eventAnchor('guidelines-2015')).toBe('event-guidelines-2015');
		expect(previewPath('ja', { diagram: 'bpm' })).toBe('/ja/preview/?diagram=bpm');
		expect(previewPath('en', { diagram: 'synthetic', deadline: 500 })).toBe('/en/preview/?diagram=synthetic&deadline=500');
	});
});

describe('scenario parameters', () => {
	it('are the ones the scenario state writes, steps counted from 1', () => {
		const states: ScenarioState[] = [
			EMPTY,
			{ stage: 'c2', walkthrough: null, step: 0, compare: 'c1' },
			{ stage: 'c2', walkthrough: 'armed-attack-c2', step: 2, compare: null }
		];
		for (const state of states) {
			const built = new URL(embedPath('en', 'acm', scenarioQuery(state)), 'http://h').searchParams;
			expect(built.toString()).toBe(writeScenario(state, new URLSearchParams()).toString());
		}
	});
});

describe('the same page in another language', () => {
	it('swaps the language segment and keeps the folder, the page and its query', () => {
		expect(inLanguage('en', '/ja/diagram/acm/', new URLSearchParams('body=jc'))).toBe('/en/diagram/acm/?body=jc');
		expect(inLanguage('ja', '/en/', null)).toBe('/ja/');
		expect(inLanguage('en', '/hosted/ja/catalogue/', new URLSearchParams())).toBe('/en/catalogue/');
	});

	it('leads to the home page from a path without a language', () => {
		expect(inLanguage('en', '/')).toBe('/en/');
	});
});
