import { describe, expect, it } from 'vitest';
import { LANGS } from './lang.ts';
import { DEFAULT_LANG, isLang, otherLang, preferredLang } from './lang.ts';

describe('languages', () => {
	it('switches from every language to another, reaching each one', () => {
		for (const lang of LANGS) expect(otherLang(lang)).not.toBe(lang);
		expect(new Set(LANGS.map(otherLang))).toEqual(new Set(LANGS));
	});

	it('admits only the listed languages', () => {
		for (const lang of LANGS) expect(isLang(lang)).toBe(true);
		for (const value of ['', 'JA', 'fr', 'constructor', 'ja/']) expect(isLang(value)).toBe(false);
	});

	it('prefers a remembered choice, then the browser’s languages, then the default', () => {
		expect(preferredLang('en', ['ja-JP'])).toBe('en');
		expect(preferredLang('fr', ['fr-FR', 'en-GB'])).toBe('en');
		expect(preferredLang(null, ['fr-FR'])).toBe(DEFAULT_LANG);
	});
});
