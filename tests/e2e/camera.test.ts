// A walkthrough keeps one view: the canvas is fitted once, and the player's buttons stay on screen
// at every step, however long the narration.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/lib/model/schema.ts';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();
const walks = model.walkthroughs.filter((w) => w.diagram === 'acm');

const transform = (page: Page) => page.locator('.svelte-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

async function stepThrough(page: Page, steps: number, viewport: { width: number; height: number }) {
	const views: string[] = [];
	for (let i = 1; i <= steps; i++) {
		await expect.poll(() => page.getByTestId('step-counter').innerText()).toContain(String(i));
		views.push(await transform(page));
		for (const id of ['prev', 'play', 'next']) {
			const box = (await page.getByTestId(id).boundingBox())!;
			expect(box.y >= 0 && box.y + box.height <= viewport.height, `${id} at step ${i}: ${box.y}+${box.height}`).toBe(true);
			expect(box.x >= 0 && box.x + box.width <= viewport.width, `${id} at step ${i}`).toBe(true);
		}
		if (i < steps) await page.getByTestId('next').click();
	}
	// Wait out any refit a resize would have triggered, then compare every step's view with the first.
	await page.waitForTimeout(300);
	views.push(await transform(page));
	expect(new Set(views).size, views.join(' | ')).toBe(1);
}

describe('a walkthrough holds its view', () => {
	for (const lang of LANGS) {
		test.each(walks.map((w) => w.id))(`%s (${lang}) at 1366×768`, async (id) => {
			const walk = walks.find((w) => w.id === id)!;
			const viewport = { width: 1366, height: 768 };
			await visit(browser(), `/${lang}/diagram/acm/?walk=${id}&step=1`, (page) => stepThrough(page, walk.steps.length, viewport), { viewport });
		});
	}

	test.each(LANGS)('in presentation mode at 1280×720 the player takes at most a third of the height (%s)', async (lang) => {
		const walk = walks[0]!;
		const viewport = { width: 1280, height: 720 };
		await visit(
			browser(),
			`/${lang}/diagram/acm/?walk=${walk.id}&step=1&present=1`,
			async (page) => {
				const player = (await page.getByTestId('walkthrough').boundingBox())!;
				expect(player.height).toBeLessThanOrEqual(viewport.height / 3 + 1);
				await stepThrough(page, walk.steps.length, viewport);
			},
			{ viewport }
		);
	});
});
