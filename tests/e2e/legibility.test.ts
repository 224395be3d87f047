// Type sizes as an audience sees them: each diagram text's font size times the canvas zoom, and the
// controls' boxes against the viewport, in presentation mode at a projector's sizes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { CardDetail } from '../../src/lib/layout/card-picture.ts';
import { absoluteBoxes } from '../../src/lib/layout/geometry.ts';
import type { Box } from '../../src/lib/layout/types.ts';
import { LANGS, type Lang } from '../../src/lib/model/schema.ts';
import { defaultDetail } from '../../src/lib/view/embed-options.ts';
import { diagramParts } from '../../src/lib/layout/parts.ts';
import { layoutPath } from '../../src/lib/view/routes.ts';
import { sharedBrowser, visit } from './browser.ts';
import { controlsOffScreen, focusInView, seenSizes } from './seen.ts';
import { model } from './model.ts';

const browser = sharedBrowser();


// Targets: at 1280×720 titles ≥ 24 px and all diagram text ≥ 16 px; at 1920×1080 titles ≥ 32 px.
// The 24-body consultation diagram reaches them only part by part (see below); the README says so.
const cases = [
	{ diagram: 'acm', width: 1280, height: 720, title: 24, other: 16 },
	{ diagram: 'acm', width: 1920, height: 1080, title: 32, other: 16 },
	{ diagram: 'bpm', width: 1280, height: 720, title: 24, other: 16 },
	{ diagram: 'bpm', width: 1920, height: 1080, title: 32, other: 16 }
];

describe('presentation mode is legible from the back of the room', () => {
	for (const { diagram, width, height, title, other } of cases) {
		test.each(LANGS)(`the ${diagram} at ${width}×${height} (%s)`, async (lang) => {
			await visit(
				browser(),
				`/${lang}/diagram/${diagram}/?present=1`,
				async (page) => {
					const seen = await seenSizes(page);
					expect(seen.title).toBeGreaterThanOrEqual(title);
					expect(seen.other).toBeGreaterThanOrEqual(other);
					expect(await controlsOffScreen(page)).toEqual([]);
				},
				{ viewport: { width, height } }
			);
		});
	}
});


// With the player taking a third of the screen the whole diagram no longer fits legibly: the camera
// moves to each step's bodies and their neighbours at a legible zoom.
const walks = model.walkthroughs;
const stepSizes = [
	...walks.map((w) => ({ walk: w, width: 1280, height: 720, title: 24 })),
	{ walk: walks[0]!, width: 1920, height: 1080, title: 32 }
];

describe('a walkthrough presented is legible at every step', () => {
	for (const { walk, width, height, title } of stepSizes) {
		test.each(LANGS)(`${walk.id} at ${width}×${height} (%s)`, async (lang) => {
			await visit(
				browser(),
				`/${lang}/diagram/${walk.diagram}/?present=1&walk=${walk.id}&step=1`,
				async (page) => {
					for (let i = 1; i <= walk.steps.length; i++) {
						await expect.poll(async () => Number((await page.getByTestId('step-counter').innerText()).match(/\d+/)?.[0])).toBe(i);
						const seen = await seenSizes(page);
						expect(seen.title, `step ${i}`).toBeGreaterThanOrEqual(title);
						expect(seen.other, `step ${i}`).toBeGreaterThanOrEqual(16);
						expect(await focusInView(page), `step ${i}: the acting bodies in view`).toBe(true);
						expect(await controlsOffScreen(page), `step ${i}`).toEqual([]);
						if (i < walk.steps.length) await page.getByTestId('next').click();
					}
				},
				{ viewport: { width, height }, reducedMotion: true }
			);
		});
	}
});

/** The parts the core cuts a diagram's prerendered layout into, read from the served file. */
async function partsOf(page: Page, lang: Lang, diagram: string, detail: CardDetail): Promise<{ parts: Box[]; boxes: Map<string, Box> }> {
	const layout = await page.evaluate((url) => fetch(url).then((r) => r.json()), layoutPath(lang, diagram, detail));
	const boxes = absoluteBoxes(layout);
	return { parts: diagramParts(layout, boxes), boxes };
}

/** Every body the part holds lies wholly inside the canvas. */
async function partInView(page: Page, part: Box, boxes: Map<string, Box>): Promise<string[]> {
	const inside = [...boxes].filter(([, b]) => b.x >= part.x && b.y >= part.y && b.x + b.width <= part.x + part.width && b.y + b.height <= part.y + part.height).map(([id]) => id);
	expect(inside.length, 'the part holds bodies').toBeGreaterThan(0);
	return page.evaluate((ids) => {
		const pane = document.querySelector('.svelte-flow')!.getBoundingClientRect();
		return ids.filter((id) => {
			const node = document.querySelector(`.svelte-flow__node[data-id="${CSS.escape(id)}"]`);
			if (!node) return true;
			const r = node.getBoundingClientRect();
			return !(r.left >= pane.left - 1 && r.top >= pane.top - 1 && r.right <= pane.right + 1 && r.bottom <= pane.bottom + 1);
		});
	}, inside);
}

// The consultation diagram's 24 bodies cannot be legible whole on a projector: it is shown part by part.
describe('a diagram too large for the room is legible part by part', () => {
	test.each(LANGS)('presented at 1280×720, every part (%s)', async (lang) => {
		await visit(
			browser(),
			`/${lang}/diagram/consultation/?present=1`,
			async (page) => {
				const { parts, boxes } = await partsOf(page, lang, 'consultation', defaultDetail('page', true));
				expect(parts.length).toBeGreaterThan(1);
				await expect.poll(() => page.getByTestId('parts').locator('[data-part]').count()).toBe(parts.length);
				for (const [i, part] of parts.entries()) {
					await page.getByTestId('parts').locator(`[data-part="${i + 1}"]`).click();
					await expect.poll(() => new URL(page.url()).searchParams.get('part')).toBe(String(i + 1));
					const seen = await seenSizes(page);
					expect(seen.title, `part ${i + 1}`).toBeGreaterThanOrEqual(24);
					expect(seen.other, `part ${i + 1}`).toBeGreaterThanOrEqual(16);
					expect(await partInView(page, part, boxes), `part ${i + 1}: bodies outside the canvas`).toEqual([]);
					expect(await controlsOffScreen(page), `part ${i + 1}`).toEqual([]);
				}
			},
			{ viewport: { width: 1280, height: 720 }, reducedMotion: true }
		);
	});

	test.each(LANGS)('embedded in a 960×540 frame, every part and every whole diagram (%s)', async (lang) => {
		await visit(
			browser(),
			`/${lang}/embed/acm/`,
			async (page) => {
				for (const diagram of ['acm', 'bpm']) {
					await page.goto(new URL(`/${lang}/embed/${diagram}/`, page.url()).href);
					const seen = await seenSizes(page);
					expect(Math.min(seen.title, seen.other), diagram).toBeGreaterThanOrEqual(12);
				}
				const { parts, boxes } = await partsOf(page, lang, 'consultation', defaultDetail('embed', false));
				for (const [i, part] of parts.entries()) {
					await page.goto(new URL(`/${lang}/embed/consultation/?part=${i + 1}`, page.url()).href);
					const seen = await seenSizes(page);
					expect(Math.min(seen.title, seen.other), `part ${i + 1}`).toBeGreaterThanOrEqual(12);
					expect(await partInView(page, part, boxes), `part ${i + 1}: bodies outside the frame`).toEqual([]);
				}
			},
			{ viewport: { width: 960, height: 540 } }
		);
	});

	test('a part the diagram does not have is named in a notice, and the whole diagram shown', async () => {
		await visit(browser(), '/en/diagram/consultation/?present=1&part=99', async (page) => {
			await expect.poll(() => page.getByTestId('notice').allTextContents()).toContainEqual(expect.stringContaining('No part “99”'));
			await expect.poll(() => page.getByTestId('parts').locator('[aria-pressed="true"]').innerText()).toBe('Whole');
		});
		await visit(browser(), '/ja/diagram/acm/?present=1&part=2', async (page) => {
			await expect.poll(() => page.getByTestId('notice').allTextContents()).toContainEqual(expect.stringContaining('部分「2」は無視しました'));
		});
	});
});
