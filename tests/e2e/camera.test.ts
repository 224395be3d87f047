// A walkthrough keeps one view: the canvas is fitted once, and the player's buttons stay on screen
// at every step, however long the narration.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/lib/model/schema.ts';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();
const walks = model.walkthroughs.filter((w) => w.diagram === 'acm');

/** The counter's own step number ("Step 3 of 6", "ステップ 3 / 6"), not the total's. */
const stepShown = async (page: Page) => Number((await page.getByTestId('step-counter').innerText()).match(/\d+/)?.[0]);

const transform = (page: Page) => page.locator('.svelte-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

async function stepThrough(page: Page, steps: number, viewport: { width: number; height: number }) {
	const views: string[] = [];
	for (let i = 1; i <= steps; i++) {
		await expect.poll(() => stepShown(page)).toBe(i);
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

	test.each(LANGS)('in presentation mode at 1280×720 the camera moves to each step and back to the same view (%s)', async (lang) => {
		const walk = walks[0]!;
		const viewport = { width: 1280, height: 720 };
		await visit(
			browser(),
			`/${lang}/diagram/acm/?walk=${walk.id}&step=1&present=1`,
			async (page) => {
				const player = (await page.getByTestId('walkthrough').boundingBox())!;
				expect(player.height).toBeLessThanOrEqual(viewport.height / 3 + 1);
				const forward = await visitSteps(page, walk.steps.length, viewport, 'next');
				const back = await visitSteps(page, walk.steps.length, viewport, 'prev');
				// Each step has its own view, the same whichever way the presenter arrives at it.
				expect(back.reverse()).toEqual(forward);
				expect(new Set(forward).size).toBeGreaterThan(1);
			},
			{ viewport }
		);
	});

	for (const reduced of [false, true]) {
		test(`a step's camera move is ${reduced ? 'a cut under reduced motion' : 'smooth'}`, async () => {
			const viewport = { width: 1280, height: 720 };
			const walk = walks[0]!;
			await visit(
				browser(),
				`/en/diagram/acm/?walk=${walk.id}&step=1&present=1`,
				async (page) => {
					await settled(page);
					// Every transform painted between the click and the end of the move.
					const seen = page.evaluate(
						() =>
							new Promise<number>((resolve) => {
								const el = document.querySelector('.svelte-flow__viewport')!;
								const views = new Set([getComputedStyle(el).transform]);
								const started = performance.now();
								const sample = () => {
									views.add(getComputedStyle(el).transform);
									if (performance.now() - started < 1200) requestAnimationFrame(sample);
									else resolve(views.size);
								};
								requestAnimationFrame(sample);
							})
					);
					await page.getByTestId('next').click();
					// A cut shows the old view and the new one; a move shows the frames between them too.
					if (reduced) expect(await seen).toBe(2);
					else expect(await seen).toBeGreaterThan(3);
				},
				{ viewport, reducedMotion: reduced }
			);
		});
	}
});

/** Waits until the canvas transform stops changing, and returns it. */
async function settled(page: Page): Promise<string> {
	let last = '';
	await expect
		.poll(async () => {
			const next = await transform(page);
			const same = next === last;
			last = next;
			return same;
		}, { interval: 150 })
		.toBe(true);
	return last;
}

/** Steps through the walkthrough one way, checking the player's buttons, and returns each step's settled view. */
async function visitSteps(page: Page, steps: number, viewport: { width: number; height: number }, direction: 'next' | 'prev') {
	const views: string[] = [];
	for (let n = 1; n <= steps; n++) {
		const i = direction === 'next' ? n : steps + 1 - n;
		await expect.poll(() => stepShown(page)).toBe(i);
		views.push(await settled(page));
		for (const id of ['prev', 'play', 'next']) {
			const box = (await page.getByTestId(id).boundingBox())!;
			expect(box.y >= 0 && box.y + box.height <= viewport.height, `${id} at step ${i}`).toBe(true);
		}
		if (n < steps) await page.getByTestId(direction).click();
	}
	return views;
}

// The chosen stage shows its name in the rail; a long one must not wrap the rail, which would shrink
// the canvas and re-zoom the diagram at every stage change.
describe('choosing a stage holds the view', () => {
	const stages = model.stages.map((s) => s.id);
	for (const viewport of [
		{ width: 1366, height: 768 },
		{ width: 1024, height: 768 },
		{ width: 768, height: 1024 }
	])
		test.each(LANGS)(`every stage from the rail at ${viewport.width}×${viewport.height} (%s)`, async (lang) => {
			await visit(
				browser(),
				`/${lang}/diagram/acm/`,
				async (page) => {
					const rail = page.getByTestId('stage-rail');
					const canvas = page.getByTestId('diagram');
					const views = new Set<string>();
					const geometry = new Set<string>();
					for (const id of stages) {
						await rail.locator(`[data-stage="${id}"]`).click();
						await expect.poll(() => rail.locator('[aria-pressed="true"]').getAttribute('data-stage')).toBe(id);
						await page.waitForTimeout(150);
						const box = (await canvas.boundingBox())!;
						geometry.add(`rail ${(await rail.boundingBox())!.height} canvas ${box.y} ${box.height}`);
						views.add(await transform(page));
						const outside = await rail.evaluate((nav) => {
							const { left, right } = nav.getBoundingClientRect();
							const shown = [...nav.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
							return shown.filter((b) => b.left < left || b.right > Math.min(right, innerWidth) + 0.5).length;
						});
						expect(outside, `rail buttons cut off with stage ${id}`).toBe(0);
					}
					expect([...geometry]).toHaveLength(1);
					expect([...views]).toHaveLength(1);
				},
				{ viewport }
			);
		});
});

describe('presenting a figure in parts', () => {
	test.each(LANGS)('the stage rail and the presenter’s tools never overlap at 1280×720 (%s)', async (lang) => {
		const viewport = { width: 1280, height: 720 };
		await visit(
			browser(),
			`/${lang}/diagram/guidelines/?stage=c2&present=1`,
			async (page) => {
				const boxes = (selector: string) =>
					page.locator(selector).evaluateAll((els) =>
						els.map((el) => {
							const r = el.getBoundingClientRect();
							return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
						})
					);
				const stages = await boxes('[data-testid="stage-rail"] button');
				const tools = await boxes('[data-testid="parts"] button, [data-testid="present-stage"], [data-testid="present-exit"]');
				expect(stages.length).toBeGreaterThan(0);
				expect(tools.length).toBeGreaterThan(2);
				const overlapping = stages.flatMap((a) => tools.filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));
				expect(overlapping).toEqual([]);
				for (const b of [...stages, ...tools]) expect(b.right).toBeLessThanOrEqual(viewport.width);
			},
			{ viewport }
		);
	});
});
