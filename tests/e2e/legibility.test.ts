// Type sizes as an audience sees them: each diagram text's font size times the canvas zoom, and the
// controls' boxes against the viewport, in presentation mode at a projector's sizes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/lib/model/schema.ts';
import { sharedBrowser, visit } from './browser.ts';

const browser = sharedBrowser();

export interface Seen {
	/** smallest body title, in screen px */
	title: number;
	/** smallest of every other text in the diagram (edge and group labels) */
	other: number;
}

/** The smallest title and other text the canvas shows, once it is fitted. */
export async function seenSizes(page: Page): Promise<Seen> {
	await page.locator('.svelte-flow__viewport').waitFor();
	// The fit runs after hydration; wait until the zoom stops changing.
	let zoom = 0;
	await expect
		.poll(async () => {
			const next = await page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.svelte-flow__viewport')!).transform).a);
			const settled = next === zoom;
			zoom = next;
			return settled;
		})
		.toBe(true);
	return page.evaluate(() => {
		const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.svelte-flow__viewport')!).transform).a;
		const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * zoom;
		const titles = [...document.querySelectorAll('.svelte-flow__node-body .text.title')].map(size);
		const others = [...document.querySelectorAll('.svelte-flow__edge text, .svelte-flow__node-group .label')].map(size);
		return { title: Math.min(...titles), other: Math.min(...others, Infinity) };
	});
}

/** Every button of the page lies wholly inside the viewport. */
export async function controlsOffScreen(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('button')]
			.filter((b) => b.getClientRects().length > 0)
			.flatMap((b) => {
				const r = b.getBoundingClientRect();
				const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
				return inside ? [] : [`${b.textContent?.trim() || b.getAttribute('aria-label')} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`];
			})
	);
}

// Targets: at 1280×720 titles ≥ 24 px and all diagram text ≥ 16 px; at 1920×1080 titles ≥ 32 px.
// The BPM reaches them at 1920×1080 only (in English its names are 22 px at 1280×720: its chains of
// command keep it wide), and the 24-body consultation diagram at neither; the README says so.
const cases = [
	{ diagram: 'acm', width: 1280, height: 720, title: 24, other: 16 },
	{ diagram: 'acm', width: 1920, height: 1080, title: 32, other: 16 },
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
