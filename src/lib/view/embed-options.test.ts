import { describe, expect, it } from 'vitest';
import { defaultDetail, readDetail, readEmbedOptions, readTheme, rejectedOptions } from './embed-options.ts';

const params = (query: string) => new URLSearchParams(query);

describe('readEmbedOptions', () => {
	it('defaults to controls, the system theme and fit', () => {
		expect(readEmbedOptions(null)).toEqual({ controls: true, theme: null, fit: true });
	});

	it('reads the options and ignores nonsense', () => {
		expect(readEmbedOptions(params('controls=0&theme=dark&fit=false'))).toEqual({ controls: false, theme: 'dark', fit: false });
		expect(readEmbedOptions(params('controls=<x>&theme=neon&fit=maybe'))).toEqual({ controls: true, theme: null, fit: true });
	});
});

describe('readTheme', () => {
	it('takes print and monochrome as the monochrome theme, in any case', () => {
		expect(readTheme(params('theme=print'))).toBe('mono');
		expect(readTheme(params('theme=Monochrome'))).toBe('mono');
		expect(readTheme(params('theme=%20DARK%20'))).toBe('dark');
		expect(readTheme(params('theme=constructor'))).toBeNull();
	});
});

describe('rejectedOptions', () => {
	it('reports only the values it could not read, cut to a readable length', () => {
		expect(rejectedOptions(params('theme=print&controls=0&fit=1'), ['theme', 'controls', 'fit'])).toEqual([]);
		expect(rejectedOptions(params('theme=neon&controls=maybe&fit='), ['theme', 'controls', 'fit'])).toEqual([
			{ param: 'theme', value: 'neon', allowed: ['light', 'dark', 'mono'] },
			{ param: 'controls', value: 'maybe', allowed: ['1', '0'] }
		]);
		expect(rejectedOptions(params(`theme=${'x'.repeat(100)}`), ['theme'])[0]?.value).toHaveLength(40);
	});

	it('looks only at the options the page has', () => {
		expect(rejectedOptions(params('controls=maybe'), ['theme'])).toEqual([]);
		expect(rejectedOptions(null, ['theme', 'controls', 'fit'])).toEqual([]);
	});
});

describe('card detail', () => {
	it('shows everything on the page, and names alone in embeds and presentations', () => {
		expect(defaultDetail('page', false)).toBe('full');
		expect(defaultDetail('page', true)).toBe('title');
		expect(defaultDetail('embed', false)).toBe('title');
		expect(defaultDetail('embed', true)).toBe('title');
		expect(defaultDetail('slides', false)).toBe('title');
	});

	it('reads ?detail= in any case, and keeps the default otherwise', () => {
		expect(readDetail(params('detail=compact'), 'full')).toBe('compact');
		expect(readDetail(params('detail=%20TITLE%20'), 'full')).toBe('title');
		expect(readDetail(params('detail=full'), 'title')).toBe('full');
		expect(readDetail(params('detail=x'), 'title')).toBe('title');
		expect(readDetail(params('detail=constructor'), 'full')).toBe('full');
		expect(readDetail(params(''), 'compact')).toBe('compact');
		expect(readDetail(null, 'full')).toBe('full');
	});

	it('names the parameter and its accepted values when the value is unknown', () => {
		expect(rejectedOptions(params('detail=Compact'), ['detail'])).toEqual([]);
		expect(rejectedOptions(params('detail=x'), ['detail'])).toEqual([{ param: 'detail', value: 'x', allowed: ['full', 'compact', 'title'] }]);
	});
});
