import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n/messages.ts';
import { LANGS, type Lang } from '../../src/lib/model/schema.ts';
import { citationsIn } from '../../src/lib/sources/citers.ts';
import { passageId, sectionAnchor } from '../../src/lib/sources/passage.ts';
import { withoutSpaces } from '../../src/lib/sources/quote.ts';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();
const TEXT = '[data-testid="source-text"]';

const allCitations = [model.organizations, model.bodies, model.relationships, model.diagrams, model.tables, model.stages, model.walkthroughs, model.events].flatMap((r) => citationsIn(r));

/** The text of the passage the page marks as the one a link points to, spaces removed. */
const markedPassage = (page: Page) => page.locator(`${TEXT} .cited.current`).evaluateAll((els) => els.map((e) => e.textContent).join('').replace(/\s+/g, ''));

describe('source reader', () => {
	test('every quote in the data has its passage in the reader, and every ref its section', async () => {
		for (const source of model.sources) {
			await visit(browser(), `/en/sources/${source.id}/`, async (page) => {
				const ids = new Set(await page.locator(`${TEXT} [id]`).evaluateAll((els) => els.map((e) => e.id)));
				const mine = allCitations.filter((c) => c.source === source.id);
				expect(mine.length, source.id).toBeGreaterThan(0);
				for (const c of mine) {
					if (c.quote) expect(ids.has(passageId(c.quote)), `${source.id} ${c.ref} 「${c.quote}」`).toBe(true);
				}
				for (const s of source.sections) expect(ids.has(sectionAnchor(s.ref)), `${source.id} ${s.ref}`).toBe(true);
			}, { ready: TEXT });
		}
	});

	test.each(LANGS)('a citation in the detail panel opens the document at the quoted passage, marked, with what cites it (%s)', async (lang: Lang) => {
		const body = model.bodies.find((b) => b.id === 'acg')!;
		const quote = body.sources.find((c) => c.quote)!;
		await visit(browser(), `/${lang}/diagram/acm/?body=acg`, async (page) => {
			const panel = page.getByTestId('detail-panel');
			await panel.waitFor();
			const cite = panel.getByTestId('citation').filter({ hasText: quote.quote! }).first();
			expect(await cite.innerText()).toContain(model.sources.find((s) => s.id === quote.source)!.title[lang]);
			expect(await panel.innerText()).not.toMatch(/\.txt|seed/i);
			await cite.getByTestId('citation-link').click();
			await page.waitForURL(new RegExp(`/${lang}/sources/${quote.source}/#${passageId(quote.quote!)}$`));
			await page.locator(`${TEXT} .cited.current`).first().waitFor();
			expect(await markedPassage(page)).toBe(withoutSpaces(quote.quote!));
			// scrolled into view
			const box = (await page.locator(`${TEXT} .cited.current`).first().boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y).toBeLessThan(page.viewportSize()!.height);
			// what cites the passage, in the page's language, linking to where it is shown
			const citedBy = page.getByTestId('cited-by');
			expect(await citedBy.locator('h2').innerText()).toBe(t(lang, 'citedBy'));
			const link = citedBy.getByRole('link', { name: body.name[lang], exact: true });
			expect(await link.getAttribute('href')).toMatch(new RegExp(`/${lang}/diagram/acm/\\?body=acg$`));
			// the UI speaks the page's language; the document stays Japanese
			expect(await page.locator('h1').innerText()).toBe(model.sources.find((s) => s.id === quote.source)!.title[lang]);
			expect(await page.locator(TEXT).getAttribute('lang')).toBe('ja');
			expect(await page.getByTestId('official-link').getAttribute('href')).toBe(model.sources.find((s) => s.id === quote.source)!.url);
		}, { ready: '.svelte-flow__node' });
	});

	test('a walkthrough step’s citation leads to its passage, and the passage lists the step', async () => {
		const walk = model.walkthroughs.find((w) => w.id === 'guidelines-stages')!;
		const n = 3;
		const step = walk.steps[n - 1]!;
		const quote = step.sources.find((c) => c.quote)!;
		await visit(browser(), `/en/sources/${quote.source}/#${passageId(quote.quote!)}`, async (page) => {
			await page.getByTestId('cited-by').waitFor();
			expect(await markedPassage(page)).toBe(withoutSpaces(quote.quote!));
			const link = page.getByTestId('cited-by').getByRole('link', { name: `${walk.title.en}: ${step.title.en}` });
			expect(await link.getAttribute('href')).toMatch(new RegExp(`/en/diagram/${walk.diagram}/\\?(stage=[a-z0-9-]+&)?walk=${walk.id}&step=${n}$`));
		}, { ready: TEXT });
	});

	test('a link to a passage the document does not have says so and shows the whole text', async () => {
		await visit(browser(), '/ja/sources/scc2024/#q-notthere', async (page) => {
			await page.getByTestId('passage-missing').waitFor();
			expect(await page.getByTestId('passage-missing').innerText()).toBe(t('ja', 'passageNotFound'));
			expect((await page.locator(TEXT).innerText()).length).toBeGreaterThan(3000);
		}, { ready: TEXT });
	});

	test('search finds and counts every occurrence, and paints them', async () => {
		await visit(browser(), '/en/sources/dow2018/', async (page) => {
			const text = await page.locator(TEXT).innerText();
			const expected = text.split('同盟調整メカニズム').length - 1;
			expect(expected).toBeGreaterThan(5);
			await page.getByTestId('source-search').fill('同盟調整メカニズム');
			await expect.poll(() => page.getByTestId('source-search-count').innerText()).toBe(`1 / ${t('en', 'searchMatches', { n: String(expected) })}`);
			expect(await page.evaluate(() => (CSS.highlights.get('source-search') as Highlight | undefined)?.size)).toBe(expected);
			await page.getByTestId('source-search').press('Enter');
			expect(await page.getByTestId('source-search-count').innerText()).toMatch(/^2 \//);
			await page.getByTestId('source-search').fill('存在しない語句');
			expect(await page.getByTestId('source-search-count').innerText()).toBe(t('en', 'noMatches'));
		}, { ready: TEXT });
	});

	test('reads on a phone: body text at 16 px or more, nothing wider than the screen', async () => {
		await visit(browser(), `/ja/sources/dow2018/#${passageId(model.bodies.find((b) => b.id === 'acm')!.sources.find((c) => c.quote)!.quote!)}`, async (page) => {
			await page.locator(`${TEXT} .cited.current`).first().waitFor();
			const size = await page.locator(`${TEXT} p`).first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
			expect(size).toBeGreaterThanOrEqual(16);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			const box = (await page.locator(`${TEXT} .cited.current`).first().boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + 10).toBeLessThan(844);
		}, { ready: TEXT, viewport: { width: 390, height: 844 }, touch: true });
	});

	test.each(LANGS)('the list of sources links each document and its publisher (%s)', async (lang) => {
		await visit(browser(), `/${lang}/sources/`, async (page) => {
			const entries = page.getByTestId('source-entry');
			expect(await entries.count()).toBe(model.sources.length);
			for (const [i, s] of model.sources.entries()) {
				const entry = entries.nth(i);
				expect(await entry.locator('h2 a').innerText()).toBe(s.title[lang]);
				expect(await entry.locator('h2 a').getAttribute('href')).toMatch(new RegExp(`/${lang}/sources/${s.id}/$`));
				expect(await entry.innerText()).toContain(s.publisher[lang]);
			}
		}, { ready: '[data-testid="source-entry"]' });
	});
});
