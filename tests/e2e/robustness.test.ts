// Hostile input in URL parameters: hand-picked attacks on every kind of page, and a small seeded
// sample of the random URLs that `npm run test:fuzz` (tests/fuzz/) tries by the hundred.
import { describe, expect, inject, test } from 'vitest';
import { LANGS } from '../../src/lib/model/schema.ts';
import { sharedBrowser } from './browser.ts';
import { RANDOM, XSS_IMG, XSS_SCRIPT, fuzzPage, fuzzRun, report } from './url-fuzz.ts';

const browser = sharedBrowser();

describe('hostile and random URL parameters', () => {
	test.each(LANGS)('hand-picked attacks on every page show text, a notice, and run nothing (%s)', async (lang) => {
		const attacks = [XSS_IMG, XSS_SCRIPT, 'javascript:alert(1)', '\u202E\u0000%00', '__proto__'];
		// 10,000 characters fit one parameter of a request line Node accepts (16 KB), not several.
		const long = encodeURIComponent(`${XSS_IMG}${'A'.repeat(10_000)}`);
		const urls = [
			{ path: `/${lang}/diagram/acm/?body=${long}`, kind: 'diagram' as const, lang },
			{ path: `/${lang}/diagram/bpm/?walk=${long}`, kind: 'diagram' as const, lang },
			{ path: `/${lang}/embed/acm/?stage=${long}`, kind: 'embed' as const, lang },
			{ path: `/${lang}/catalogue/?q=${long}`, kind: 'catalogue' as const, lang },
			{ path: `/${lang}/timeline/?date=${long}`, kind: 'timeline' as const, lang },
			...attacks.flatMap((a) => {
				const v = encodeURIComponent(a);
				return [
					{ path: `/${lang}/diagram/acm/?body=${v}&stage=${v}&walk=${v}&date=${v}&step=${v}&compare=${v}&present=${v}&theme=${v}`, kind: 'diagram' as const, lang },
					{ path: `/${lang}/diagram/bpm/?body=${v}&body=acg&stage=${v}&stage=c2`, kind: 'diagram' as const, lang },
					{ path: `/${lang}/embed/acm/?stage=${v}&walk=${v}&step=${v}&date=${v}&controls=${v}&theme=${v}&fit=${v}`, kind: 'embed' as const, lang },
					{ path: `/${lang}/catalogue/?q=${v}&sort=${v}&dir=${v}&view=${v}&mechanism=${v}&who=${v}&side=${v}`, kind: 'catalogue' as const, lang },
					{ path: `/${lang}/timeline/?date=${v}&theme=${v}`, kind: 'timeline' as const, lang }
				];
			})
		];
		const { failures, notices } = await fuzzPage(browser(), urls);
		expect(report(failures)).toEqual([]);
		expect(notices).toBe(urls.filter((u) => u.kind === 'diagram' || u.kind === 'embed').length);
	});

	test('a view option the page cannot use is named in a notice; print means monochrome', async () => {
		const context = await browser().newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		try {
			for (const [path, text] of [
				['/en/diagram/acm/?theme=neon', 'theme=“neon”'],
				['/ja/diagram/acm/?theme=neon', 'theme「neon」'],
				['/en/embed/bpm/?controls=maybe', 'controls=“maybe”'],
				['/en/embed/bpm/?fit=never', 'fit=“never”']
			] as const) {
				await page.goto(new URL(path, inject('baseURL')).href);
				const notice = page.getByTestId('notice').first();
				await notice.waitFor();
				expect(await notice.innerText(), path).toContain(text);
			}
			await page.goto(new URL('/en/diagram/acm/?theme=print', inject('baseURL')).href);
			await page.waitForFunction(() => document.documentElement.dataset.theme === 'mono');
			await page.locator('.svelte-flow__node').first().waitFor();
			expect(await page.getByTestId('notice').count()).toBe(0);
		} finally {
			await context.close();
		}
	});

	test('an unknown body, stage, walkthrough or date each shows its own notice, as text', async () => {
		const context = await browser().newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		try {
			for (const [key, kind] of [
				['body', 'diagram'],
				['stage', 'diagram'],
				['walk', 'diagram'],
				['date', 'diagram'],
				['stage', 'embed'],
				['walk', 'embed'],
				['date', 'embed']
			] as const) {
				const value = `${XSS_IMG}${key}`;
				await page.goto(new URL(`/en/${kind}/acm/?${key}=${encodeURIComponent(value)}`, inject('baseURL')).href);
				const notice = page.getByTestId('notice').first();
				await notice.waitFor();
				expect(await notice.innerText(), `${kind} ${key}`).toContain(value);
				expect(await page.locator('img[src="x"]').count()).toBe(0);
			}
		} finally {
			await context.close();
		}
	});

	// A seeded sample of the random URLs `npm run test:fuzz` tries by the hundred, on seeds of its own.
	fuzzRun(browser, { name: 'random values on the diagram pages', seed: 11, count: 8, make: RANDOM.diagram });
	fuzzRun(browser, { name: 'random values on the embed', seed: 12, count: 6, make: RANDOM.embed });
	fuzzRun(browser, { name: 'random values on the catalogue and the timeline', seed: 13, count: 6, make: RANDOM.listing });
	fuzzRun(browser, { name: 'random values on the data-check page', seed: 14, count: 4, make: RANDOM.preview });
});
