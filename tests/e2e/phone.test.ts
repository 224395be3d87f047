// The diagram page as a person holds it on a phone: 390×844, touch, both languages. What they see —
// boxes on the screen, the page's scroll position, the canvas' transform — rather than the CSS that
// should produce it. Two other sizes (a small phone, and one held sideways) are checked for nothing
// lost off the screen.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGS, type Lang } from '../../src/lib/model/schema.ts';
import { t } from '../../src/lib/i18n/messages.ts';
import { axe } from './axe.ts';
import { sharedBrowser, visit, type VisitOptions } from './browser.ts';
import { model } from './model.ts';
import { markedTitleSize } from './seen.ts';

const browser = sharedBrowser();

const PHONE = { width: 390, height: 844 };
const phone: VisitOptions = { viewport: PHONE, touch: true };
const walks = model.walkthroughs.filter((w) => w.diagram === 'acm');

type Box = { left: number; top: number; right: number; bottom: number };
type Point = { x: number; y: number };

const boxOf = (page: Page, selector: string): Promise<Box> =>
	page.locator(selector).first().evaluate((el) => {
		const { left, top, right, bottom } = el.getBoundingClientRect();
		return { left, top, right, bottom };
	});

const inside = (b: Box, viewport = PHONE) => b.left >= 0 && b.top >= 0 && b.right <= viewport.width && b.bottom <= viewport.height;
const show = (b: Box) => `${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`;

const transform = (page: Page) => page.locator('.svelte-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** The page's scroll position once a swipe's fling has run out. */
async function settledScroll(page: Page): Promise<number> {
	let last = -1;
	await expect
		.poll(async () => {
			const next = await scrollY(page);
			const settled = next === last;
			last = next;
			return settled;
		})
		.toBe(true);
	return last;
}

/** The canvas' transform once the fit after hydration has stopped changing it. */
async function settledTransform(page: Page): Promise<string> {
	let last = '';
	await expect
		.poll(async () => {
			const next = await transform(page);
			const settled = next === last;
			last = next;
			return settled;
		})
		.toBe(true);
	return last;
}

/** Fingers put down together at `from`, moved in steps to `to`, and lifted: real touch input, through CDP. */
async function drag(page: Page, from: Point[], to: Point[], steps = 12) {
	const cdp = await page.context().newCDPSession(page);
	const at = (f: number) => from.map((p, id) => ({ id, x: p.x + (to[id]!.x - p.x) * f, y: p.y + (to[id]!.y - p.y) * f }));
	try {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
		for (let s = 1; s <= steps; s++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	} finally {
		await cdp.detach();
	}
}

/** The text on screen that runs past its left or right edge, outside the diagram itself (which pans). */
const textOffScreen = (page: Page): Promise<string[]> =>
	page.evaluate(() => {
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || !node.textContent?.trim()) continue;
			// The diagram pans and zooms; visually hidden text (clipped away for screen readers) and text
			// cut short with an ellipsis are meant.
			if (parent.closest('.svelte-flow__viewport') || !parent.checkVisibility()) continue;
			let meant = false;
			for (let el: Element | null = parent; el; el = el.parentElement) {
				const style = getComputedStyle(el);
				if (style.textOverflow === 'ellipsis' || style.clipPath !== 'none') meant = true;
			}
			if (meant) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of range.getClientRects()) {
				if (r.width === 0) continue;
				if (r.left < -1 || r.right > innerWidth + 1) out.push(`“${node.textContent.trim().slice(0, 40)}” at ${Math.round(r.left)}–${Math.round(r.right)}`);
			}
		}
		return out;
	});

describe('on a phone (390×844)', () => {
	for (const lang of LANGS) {
		test.each(model.diagrams.map((d) => d.id))(`the %s canvas takes at least half the screen, and the header's parts do not overlap (${lang})`, async (diagram) => {
			await visit(
				browser(),
				`/${lang}/diagram/${diagram}/`,
				async (page) => {
					const canvas = await boxOf(page, '[data-testid="diagram"]');
					expect(canvas.bottom - canvas.top, show(canvas)).toBeGreaterThanOrEqual(PHONE.height / 2);
					expect(canvas.top).toBeLessThan(PHONE.height / 2);

					// The brand, each section and the language switch: each wholly on screen, no two sharing a pixel.
					const parts = await page.locator('header.top').evaluate((header) =>
						[...header.querySelectorAll('.brand, nav a, .lang')].map((el) => {
							const { left, top, right, bottom } = el.getBoundingClientRect();
							return { name: el.textContent!.trim(), box: { left, top, right, bottom } };
						})
					);
					expect(parts.map((p) => p.name)).toContain(t(lang, 'previewNav'));
					for (const p of parts) expect(inside(p.box), `${p.name} at ${show(p.box)}`).toBe(true);
					for (const [i, a] of parts.entries()) {
						for (const b of parts.slice(i + 1)) {
							const overlap = a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom;
							expect(overlap, `${a.name} (${show(a.box)}) and ${b.name} (${show(b.box)})`).toBe(false);
						}
					}
					expect(await textOffScreen(page)).toEqual([]);
				},
				phone
			);
		});

		test.each(walks.map((w) => w.id))(`every step of %s keeps the canvas at half the screen, the player's buttons on it and its narration readable (${lang})`, async (id) => {
			const walk = walks.find((w) => w.id === id)!;
			await visit(
				browser(),
				`/${lang}/diagram/acm/?walk=${id}&step=1`,
				async (page) => {
					for (let i = 1; i <= walk.steps.length; i++) {
						await expect.poll(() => page.getByTestId('step-counter').innerText()).toContain(String(i));
						const canvas = await boxOf(page, '[data-testid="diagram"]');
						expect(canvas.bottom - canvas.top, `step ${i}: canvas ${show(canvas)}`).toBeGreaterThanOrEqual(PHONE.height / 2);
						for (const button of ['prev', 'play', 'next']) {
							const box = await boxOf(page, `[data-testid="${button}"]`);
							expect(inside(box), `${button} at step ${i}: ${show(box)}`).toBe(true);
						}
						// The narration's type, and how much of it shows in the player before any scrolling.
						const narration = await page.getByTestId('narration').evaluate((el) => {
							const style = getComputedStyle(el);
							const text = el.getBoundingClientRect();
							const window = el.parentElement!.getBoundingClientRect();
							const shown = Math.min(text.bottom, window.bottom, innerHeight) - Math.max(text.top, window.top);
							return { size: parseFloat(style.fontSize), lines: shown / parseFloat(style.lineHeight) };
						});
						expect(narration.size).toBeGreaterThanOrEqual(14);
						expect(narration.lines, `step ${i}`).toBeGreaterThanOrEqual(2);
						// The camera follows the step: the acting body's name is read in the hand.
						expect(await markedTitleSize(page), `step ${i}: title px`).toBeGreaterThanOrEqual(16);
						if (i < walk.steps.length) await page.getByTestId('next').tap();
					}
					expect(await textOffScreen(page)).toEqual([]);
				},
				phone
			);
		});

		test(`a tapped body's panel opens as a sheet on screen, takes focus, and gives it back to the body (${lang})`, async () => {
			await visit(
				browser(),
				`/${lang}/diagram/acm/`,
				async (page) => {
					const panel = page.getByTestId('detail-panel');
					const card = (id: string) => page.locator(`.svelte-flow__node[data-id="${id}"]`);
					const focusedBody = () => page.evaluate(() => document.activeElement?.closest('.svelte-flow__node')?.getAttribute('data-id') ?? null);
					await card('acg').tap();
					await panel.waitFor();
					const box = await boxOf(page, '[data-testid="detail-panel"]');
					expect(inside(box), show(box)).toBe(true);
					expect(box.bottom - box.top).toBeLessThanOrEqual(0.6 * PHONE.height + 1);
					expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
					expect(await textOffScreen(page)).toEqual([]);
					// The sheet scrolls by itself, and its close button stays in it.
					const close = panel.getByRole('button', { name: t(lang, 'close') });
					await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
					expect(await panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
					expect(inside(await boxOf(page, `[data-testid="detail-panel"] button[aria-label="${t(lang, 'close')}"]`))).toBe(true);
					expect(await scrollY(page)).toBe(0);
					await page.keyboard.press('Escape');
					await expect.poll(() => panel.count()).toBe(0);
					expect(await focusedBody()).toBe('acg');

					await card('bocc').tap();
					await panel.waitFor();
					expect(inside(await boxOf(page, '[data-testid="detail-panel"]'))).toBe(true);
					await close.tap();
					await expect.poll(() => panel.count()).toBe(0);
					expect(await focusedBody()).toBe('bocc');
				},
				phone
			);
		});

		test(`one finger scrolls the page over the diagram; two fingers, or one with “Move diagram” on, move the diagram (${lang})`, async () => {
			await visit(
				browser(),
				`/${lang}/diagram/acm/`,
				async (page) => {
					const view = await settledTransform(page);
					const canvas = await boxOf(page, '[data-testid="diagram"]');
					const x = (canvas.left + canvas.right) / 2;
					const y = canvas.top + 0.75 * (canvas.bottom - canvas.top);

					await drag(page, [{ x, y }], [{ x, y: y - 300 }]);
					await expect.poll(() => scrollY(page)).toBeGreaterThan(100);
					expect(await transform(page)).toBe(view);

					// Two fingers spread apart zoom the diagram, and the page stays where it is.
					await settledScroll(page);
					await page.evaluate(() => window.scrollTo(0, 0));
					expect(await settledScroll(page)).toBe(0);
					await drag(page, [{ x: x - 40, y }, { x: x + 40, y }], [{ x: x - 140, y: y - 20 }, { x: x + 140, y: y - 20 }]);
					await expect.poll(() => transform(page)).not.toBe(view);
					const zoom = (matrix: string) => Number(/^matrix\(([^,]+),/.exec(matrix)![1]);
					expect(zoom(await transform(page))).toBeGreaterThan(zoom(view));
					expect(await scrollY(page)).toBe(0);

					const toggle = page.getByTestId('move-diagram');
					expect(await toggle.innerText()).toBe(t(lang, 'moveDiagram'));
					expect(await toggle.getAttribute('aria-pressed')).toBe('false');
					await toggle.tap();
					expect(await toggle.getAttribute('aria-pressed')).toBe('true');
					const zoomed = await transform(page);
					await drag(page, [{ x, y }], [{ x, y: y - 300 }]);
					await expect.poll(() => transform(page)).not.toBe(zoomed);
					expect(await scrollY(page)).toBe(0);

					// Off again, one finger is the page's once more.
					await toggle.tap();
					expect(await toggle.getAttribute('aria-pressed')).toBe('false');
					const moved = await transform(page);
					await drag(page, [{ x, y }], [{ x, y: y - 300 }]);
					await expect.poll(() => scrollY(page)).toBeGreaterThan(100);
					expect(await transform(page)).toBe(moved);
				},
				phone
			);
		});

		test(`axe reports no WCAG A/AA violation with the sheet open, nor during a walkthrough (${lang})`, async () => {
			for (const path of [`/${lang}/diagram/acm/?body=acg`, `/${lang}/diagram/acm/?walk=${walks[0]!.id}&step=2`]) {
				await visit(
					browser(),
					path,
					async (page) => {
						if (path.includes('body=')) await page.getByTestId('detail-panel').waitFor();
						await page.getByTestId('move-diagram').waitFor();
						expect(await axe(page), path).toEqual([]);
					},
					phone
				);
			}
		});
	}
});

describe('a mouse, even in a window as narrow as a phone', () => {
	test('gets no “Move diagram” switch, and its drag pans the diagram as before', async () => {
		await visit(
			browser(),
			'/en/diagram/acm/',
			async (page) => {
				const view = await settledTransform(page);
				expect(await page.getByTestId('move-diagram').count()).toBe(0);
				const canvas = await boxOf(page, '[data-testid="diagram"]');
				const x = (canvas.left + canvas.right) / 2;
				const y = canvas.top + 0.75 * (canvas.bottom - canvas.top);
				await page.mouse.move(x, y);
				await page.mouse.down();
				await page.mouse.move(x, y - 200, { steps: 8 });
				await page.mouse.up();
				await expect.poll(() => transform(page)).not.toBe(view);
			},
			{ viewport: PHONE }
		);
	});
});

// A small phone, and a phone held sideways: nothing the reader needs runs off the screen.
describe.each([
	{ width: 360, height: 740 },
	{ width: 844, height: 390 }
])('at $width×$height', (viewport) => {
	test.each(LANGS)('the walkthrough player, the header and the sheet stay on screen (%s)', async (lang: Lang) => {
		const walk = walks[0]!;
		await visit(
			browser(),
			`/${lang}/diagram/acm/?walk=${walk.id}&step=1`,
			async (page) => {
				for (let i = 1; i <= walk.steps.length; i++) {
					await expect.poll(() => page.getByTestId('step-counter').innerText()).toContain(String(i));
					for (const button of ['prev', 'play', 'next']) {
						const box = await boxOf(page, `[data-testid="${button}"]`);
						expect(inside(box, viewport), `${button} at step ${i}: ${show(box)}`).toBe(true);
					}
					if (i < walk.steps.length) await page.getByTestId('next').tap();
				}
				for (const selector of ['header.top .lang', 'header.top nav a:last-child', '[data-testid="move-diagram"]']) {
					const box = await boxOf(page, selector);
					expect(inside(box, viewport), `${selector}: ${show(box)}`).toBe(true);
				}
				expect(await textOffScreen(page)).toEqual([]);
				// On a phone the camera follows the step, so the body tapped is one the last step shows.
				await page.locator('[data-testid="diagram"][data-camera="still"]').waitFor();
				await page.locator('.svelte-flow__node-body:has([data-mark="focus"], [data-mark="near"])').first().tap();
				const sheet = await boxOf(page, '[data-testid="detail-panel"]');
				expect(inside(sheet, viewport), show(sheet)).toBe(true);
			},
			{ viewport, touch: true }
		);
	});
});
