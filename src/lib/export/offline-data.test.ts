import { describe, expect, it } from 'vitest';
import type { DiagramLayout } from '../layout/types.ts';
import type { SceneSource } from '../scenario/source.ts';
import { offlineData } from './offline-data.ts';

const layout = (lang: 'ja' | 'en', diagram = 'acm') => ({ diagram, lang, detail: 'full', nodes: [], edges: [] }) as unknown as DiagramLayout;
const source = { layout: layout('en'), detail: { id: 'acm' }, scenario: {}, established: {}, changes: [], events: [] } as unknown as SceneSource;

describe('offlineData', () => {
	it('keeps the records once and the layout in each language', () => {
		const data = offlineData(source, layout('ja'));
		expect(Object.keys(data.scene).sort()).toEqual(['changes', 'detail', 'established', 'events', 'scenario']);
		expect(data.layouts.en).toBe(source.layout);
		expect(data.layouts.ja.lang).toBe('ja');
	});

	it('opens in the shown language on the step asked for, counted from 1 as in the site’s links', () => {
		expect(offlineData(source, layout('ja')).start).toBe('lang=en');
		expect(offlineData(source, layout('ja'), { stage: 'e', walkthrough: 'kumamoto-2016', step: 1 }).start).toBe('lang=en&stage=e&walk=kumamoto-2016&step=2');
	});

	it('refuses a second layout that is not the other language of the same diagram', () => {
		expect(() => offlineData(source, layout('en'))).toThrow(/not the other language/);
		expect(() => offlineData(source, layout('ja', 'bpm'))).toThrow(/not the other language/);
	});
});
