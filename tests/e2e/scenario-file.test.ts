import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { scenarioDetail } from '../../src/lib/scenario/detail.ts';
import { HYDRATED, openPage, sharedBrowser } from './browser.ts';
import { model } from './model.ts';

// A diagram page carries its scenario's outline; the stages' notes and citations and the walkthroughs
// come in a file of their own (src/lib/scenario/outline.ts).
const browser = sharedBrowser();
const acm = scenarioDetail(model, model.diagrams.find((d) => d.id === 'acm')!);
const stage = acm.stages.find((s) => s.note && s.sources.length > 0 && s.activeBodies.length > 0)!;
const FILE = '**/scenario/acm.json';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const stagePanel = (page: Page) => page.getByTestId('stage-panel');
const pick = (page: Page) => page.locator(`[data-testid="stage-rail"] [data-stage="${stage.id}"]`).click();

describe('the scenario file', () => {
	test('a plain page carries the outline, and the rest arrives after its first view', async () => {
		const html = await (await fetch(new URL('/en/diagram/acm/', inject('baseURL')))).text();
		expect(html).toContain(stage.name.en);
		expect(squash(html)).not.toContain(squash(stage.note!.en).slice(0, 40));
		expect(squash(html)).not.toContain(squash(acm.walkthroughs[0]!.steps[0]!.narration.en));

		const { page, errors, close } = await openPage(browser(), '/en/diagram/acm/', { fresh: true });
		try {
			await pick(page);
			await expect.poll(async () => squash(await stagePanel(page).innerText())).toContain(squash(stage.note!.en).slice(0, 40));
			expect(await stagePanel(page).locator('[data-testid="citation"]').count()).toBeGreaterThanOrEqual(stage.sources.length);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('an address that names a stage hydrates only once the whole scenario is in', async () => {
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		const context = await browser().newContext({ serviceWorkers: 'block' });
		try {
			const page = await context.newPage();
			await page.route(FILE, async (route: Route) => {
				await held;
				await route.continue();
			});
			const asked = page.waitForRequest((r) => r.url().endsWith('/scenario/acm.json'));
			await page.goto(new URL(`/ja/diagram/acm/?stage=${stage.id}`, inject('baseURL')).href, { waitUntil: 'commit' });
			await asked;
			// The prerendered view is on screen; the scripts wait for the file before they take it over.
			await page.locator('.svelte-flow__node').first().waitFor();
			await page.waitForTimeout(300);
			expect(await page.locator(HYDRATED).count()).toBe(0);
			release();
			await page.locator(HYDRATED).waitFor({ state: 'attached' });
			// Drawn in the hydrated page's first frame, not fetched after it.
			expect(squash(await stagePanel(page).innerText())).toContain(squash(stage.note!.ja).slice(0, 20));
		} finally {
			release();
			await context.close();
		}
	});

	test('a scenario file that cannot be fetched says so, and the stages still mark the diagram', async () => {
		const { page, close } = await openPage(browser(), '/en/diagram/acm/', {
			fresh: true,
			beforeLoad: async (p) => {
				await p.route(FILE, (route) => route.fulfill({ status: 503, body: '' }));
			}
		});
		try {
			await expect.poll(() => page.getByTestId('notice').allTextContents()).toContainEqual(expect.stringContaining('could not be loaded'));
			await pick(page);
			const marked = stage.activeBodies[0]!;
			await expect
				.poll(() => page.locator(`.svelte-flow__node[data-id="${marked}"] [data-testid="body-card"]`).getAttribute('data-mark'))
				.not.toBe('plain');
			// The controls come anyway; what they export lacks only the texts that did not arrive.
			await page.getByTestId('export-menu').waitFor();
		} finally {
			await close();
		}
	});
});
