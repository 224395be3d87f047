// The prerendered files themselves, before any script runs: each page names its language in <html lang>.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_LANG, isLang } from '../../src/lib/i18n/lang.ts';
import { LANGS } from '../../src/lib/i18n/lang.ts';

const build = join(import.meta.dirname, '../../build');
const pages = readdirSync(build, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.html'))
	.map((file) => ({ file, html: readFileSync(join(build, file), 'utf8') }));

/** A page under a language's folder is in that language; the bilingual root page takes the default. */
const expected = (file: string) => {
	const first = file.split(sep)[0] ?? '';
	return isLang(first) ? first : DEFAULT_LANG;
};

describe('prerendered HTML', () => {
	test('covers the root page and every language', () => {
		expect(pages.map((p) => p.file)).toContain('index.html');
		for (const lang of LANGS) expect(pages.some((p) => p.file === join(lang, 'diagram', 'acm', 'index.html')), lang).toBe(true);
	});

	test('ships the language of each page in <html lang>, never the template placeholder', () => {
		const wrong = pages
			.map(({ file, html }) => ({ file, lang: /<html lang="([^"]*)"/.exec(html)?.[1] ?? null, placeholder: html.includes('%lang%') }))
			.filter((p) => p.lang !== expected(p.file) || p.placeholder);
		expect(wrong).toEqual([]);
	});
});
