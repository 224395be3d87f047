// Every kind of page, in both languages: it loads without a console error, declares its language in
// the served HTML and after hydration, and shows what the data says it is about.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { t } from '../../src/lib/i18n/messages.ts';
import { LANGS, type Lang } from '../../src/lib/model/schema.ts';
import { sharedBrowser, visit } from './browser.ts';
import { raw } from './raw-data.ts';

const browser = sharedBrowser();

/** The page's HTML as served, before any script: its language and the diagram boxes it draws. */
const served = (page: Page, path = page.url()) =>
	page.evaluate(async (path) => {
		const html = await (await fetch(path)).text();
		const doc = new DOMParser().parseFromString(html, 'text/html');
		return {
			lang: doc.documentElement.getAttribute('lang'),
			nodes: [...doc.querySelectorAll<HTMLElement>('.svelte-flow__node-body')].map((n) => `${n.dataset.id} ${n.style.transform}`)
		};
	}, path);

const shown = (page: Page) =>
	page.locator('.svelte-flow__node-body').evaluateAll((nodes) => nodes.map((n) => `${(n as HTMLElement).dataset.id} ${(n as HTMLElement).style.transform}`));

/** Checks that hold on every page of a language. */
async function common(page: Page, lang: Lang) {
	expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
	expect((await served(page)).lang).toBe(lang);
	expect((await page.title()).trim()).not.toBe('');
}

/** The diagram drawn is the data's, at the positions the prerendered page put it. */
async function drawsDiagram(page: Page, id: string) {
	const ids = raw.diagrams.find((d) => d.id === id)!.nodes.map((n) => n.body);
	expect(ids.length).toBeGreaterThan(0);
	const boxes = await shown(page);
	expect(boxes.map((b) => b.split(' ')[0]).sort()).toEqual([...ids].sort());
	expect(boxes).toEqual((await served(page)).nodes);
}

const h1 = (page: Page) => page.locator('h1').first().innerText();

test.each(LANGS)('the home page lists every diagram (%s)', async (lang) => {
	await visit(
		browser(),
		`/${lang}/`,
		async (page) => {
			await common(page, lang);
			expect(await h1(page)).toBe(t(lang, 'tagline'));
			const links = await page.getByTestId('diagram-link').allInnerTexts();
			expect(links).toHaveLength(raw.diagrams.length);
			for (const [i, d] of raw.diagrams.entries()) expect(links[i]).toContain(d.title[lang]);
		},
		{ ready: 'main' }
	);
});

test.each(LANGS.flatMap((lang) => raw.diagrams.map((d) => [lang, d.id] as const)))('the %s %s diagram page shows its title and boxes', async (lang, id) => {
	await visit(browser(), `/${lang}/diagram/${id}/`, async (page) => {
		await common(page, lang);
		const title = raw.diagrams.find((d) => d.id === id)!.title[lang];
		expect(await h1(page)).toBe(title);
		expect(await page.title()).toContain(title);
		await drawsDiagram(page, id);
	});
});

test.each(LANGS)('the embed shows the diagram alone (%s)', async (lang) => {
	await visit(browser(), `/${lang}/embed/acm/`, async (page) => {
		await common(page, lang);
		expect(await page.locator('header.top').count()).toBe(0);
		await drawsDiagram(page, 'acm');
	});
});

test.each(LANGS)('the catalogue, the timeline and the data check show their content (%s)', async (lang) => {
	await visit(
		browser(),
		`/${lang}/catalogue/`,
		async (page) => {
			await common(page, lang);
			expect(await h1(page)).toBe(t(lang, 'catalogueTitle'));
			expect(await page.locator('[data-testid="catalogue-table"] tbody tr[data-body]').count()).toBeGreaterThan(0);
		},
		{ ready: '[data-testid="catalogue-table"]' }
	);
	await visit(
		browser(),
		`/${lang}/timeline/`,
		async (page) => {
			await common(page, lang);
			expect(await h1(page)).toBe(t(lang, 'timelineTitle'));
			expect(await page.getByTestId('event').count()).toBe(raw.events.length);
		},
		{ ready: '[data-testid="event"]' }
	);
	await visit(browser(), `/${lang}/preview/`, async (page) => {
		await common(page, lang);
		expect(await h1(page)).toBe(t(lang, 'previewTitle'));
		await drawsDiagram(page, 'acm');
	});
});

test('/ declares the default language and forwards to the browser’s', async () => {
	await visit(
		browser(),
		'/',
		async (page) => {
			expect((await served(page, '/')).lang).toBe('ja');
			await page.waitForURL(/\/en\/$/);
			expect(await page.locator('h1').innerText()).toBe(t('en', 'tagline'));
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		},
		// A fresh context: the language remembered by earlier pages would decide the forward.
		{ ready: 'main', isolated: true }
	);
});
