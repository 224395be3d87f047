import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n/messages.ts';
import { LANGS, type Event, type Lang } from '../../src/lib/model/schema.ts';
import { dateBefore } from '../../src/lib/model/time.ts';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

const withPage = (path: string, run: (page: Page) => Promise<void>, ready = '[data-testid="event"]') =>
	visit(browser(), path, run, { ready });

// Partial dates of one format order as strings: "2015" < "2015-04" < "2015-04-27" < "2015-05". Sort is stable,
// so events of the same date keep the data's order.
const ordered = [...model.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** Diagrams that show one of the event's bodies as a box, or depict it as a mechanism. */
const structureLinks = (e: Event, lang: Lang) =>
	model.diagrams
		.filter((d) => e.bodies.some((id) => d.mechanism === id || d.nodes.some((n) => n.body === id)))
		.map((d) => `/${lang}/diagram/${d.id}/?date=${e.date}&compare-date=${dateBefore(e.date)}`)
		.sort();

describe('timeline', () => {
	test.each(LANGS)('lists every event in date order, grouped by year, with citations and links (%s)', async (lang) => {
		expect(ordered.length).toBeGreaterThan(0);
		await withPage(`/${lang}/timeline/`, async (page) => {
			expect(await page.title()).toContain(t(lang, 'timelineTitle'));
			expect(await page.getByTestId('event').evaluateAll((es) => es.map((e) => e.getAttribute('data-event')))).toEqual(
				ordered.map((e) => e.id)
			);
			const years = [...new Set(ordered.map((e) => e.date.slice(0, 4)))];
			expect(await page.locator('section.year').evaluateAll((s) => s.map((e) => e.querySelector('h2')?.id))).toEqual(
				years.map((y) => `year-${y}`)
			);
			for (const year of years) {
				const inYear = await page
					.locator(`section.year:has(#year-${year}) [data-testid="event"]`)
					.evaluateAll((es) => es.map((e) => e.getAttribute('data-event')));
				expect(inYear).toEqual(ordered.filter((e) => e.date.startsWith(year)).map((e) => e.id));
			}
			// Read every event in one round trip; the checks below are per event.
			const shown = new Map(
				await page.getByTestId('event').evaluateAll((items) =>
					items.map((item) => {
						const all = (testId: string) => [...item.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
						return [
							item.id,
							{
								text: (item as HTMLElement).innerText,
								datetime: item.querySelector('time')?.getAttribute('datetime'),
								citations: all('citation').map((c) => c.innerText),
								bodies: all('event-body').length,
								structure: all('event-structure').map((a) => new URL((a as HTMLAnchorElement).href)).map((u) => u.pathname + u.search)
							}
						] as const;
					})
				)
			);
			for (const e of ordered) {
				const item = shown.get(`event-${e.id}`);
				expect(item, e.id).toBeDefined();
				expect(item!.text).toContain(e.title[lang]);
				expect(item!.datetime).toBe(e.date);
				expect(item!.citations.length, e.id).toBe(e.sources.length);
				for (const [i, c] of e.sources.entries()) expect(item!.citations[i]).toContain(c.ref);
				expect(item!.bodies, e.id).toBe(e.bodies.length);
				expect(item!.structure.sort(), e.id).toEqual(structureLinks(e, lang));
			}
		});
	});

	test('an #event- link opens the page at that event', async () => {
		const last = ordered.at(-1)!;
		await withPage(`/en/timeline/#event-${last.id}`, async (page) => {
			const box = await page.locator(`#event-${last.id}`).boundingBox();
			const viewport = page.viewportSize()!;
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y).toBeLessThan(viewport.height);
			expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		});
	});

	test('a body link opens its panel, and "show the structure" opens the diagram on that date', async () => {
		const event = ordered.find((e) => e.bodies.includes('sdc'))!;
		const diagram = model.diagrams.find((d) => d.nodes.some((n) => n.body === 'sdc'))!;
		await withPage('/ja/timeline/', async (page) => {
			await page.locator(`#event-${event.id} [data-testid="event-body"]`, { hasText: 'SDC' }).click();
			await page.waitForURL(new RegExp(`/ja/diagram/${diagram.id}/\\?body=sdc$`));
			await page.getByTestId('detail-panel').waitFor();
			expect(await page.getByTestId('detail-panel').innerText()).toContain('防衛協力小委員会');

			await page.goBack();
			await page.waitForURL(/\/ja\/timeline\/$/);
			await page.locator(`#event-${event.id} [data-testid="event-structure"]`).first().click();
			await page.waitForURL(new RegExp(`/ja/diagram/[a-z-]+/\\?date=${event.date}&compare-date=${dateBefore(event.date)}$`));
			await page.locator('.svelte-flow__node').first().waitFor();
			expect(await page.getByTestId('date-value').innerText()).toBe(event.date);
			// compared with just before it: the change list lists the event itself
			expect(await page.locator(`[data-testid="date-changes"] [data-event="${event.id}"]`).count()).toBe(1);
		});
	});
});
