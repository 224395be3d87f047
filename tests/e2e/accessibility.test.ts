import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/lib/model/schema.ts';
import { axe } from './axe.ts';
import { HYDRATED, sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

const acmWalk = model.walkthroughs.find((w) => w.diagram === 'acm')!.id;

// Every page in both languages, and every state of the diagram views. What axe checks there — roles,
// names, headings, landmarks, contrast — depends on the mode (page, body selected, stage, walkthrough
// step, date, presentation, embed), the language, the theme and the card detail level, and contrast
// on the marks a state paints (focus, near, dim, ghost). These are independent of one another, so
// rather than every product, one URL combines several: the common modes are checked in both
// languages, the rest in one each (the two languages sharing them), every theme meets every detail
// level once and every theme is seen with marked cards. Presentation and the embed default to title.
//
//            full                      compact                     title
//   light    most pages (en, ja)       ja acm stage a              embed (en, ja)
//   dark     en bpm date (ghost)       ja acm body, date           en present, walkthrough (dim)
//   mono     en acm stage a (dim)      en embed, walkthrough       ja present, stage, date
const pages = [
	'/',
	...LANGS.flatMap((lang) => [
		`/${lang}/`,
		`/${lang}/catalogue/`,
		`/${lang}/timeline/`,
		...model.diagrams.map((d) => `/${lang}/diagram/${d.id}/`),
		`/${lang}/diagram/acm/?body=acg`,
		`/${lang}/diagram/acm/?stage=c2`,
		`/${lang}/diagram/acm/?walk=${acmWalk}&step=3`,
		`/${lang}/embed/acm/`,
		`/${lang}/catalogue/?theme=dark`
	]),
	'/ja/diagram/bpm/?date=1970',
	'/en/diagram/bpm/?theme=dark&date=1970',
	'/en/diagram/acm/?theme=mono&stage=a&detail=full',
	'/ja/diagram/acm/?theme=light&detail=compact&stage=a',
	'/ja/diagram/acm/?theme=dark&detail=compact&body=acg&date=1990',
	`/en/diagram/acm/?theme=dark&present=1&walk=${acmWalk}&step=2`,
	'/ja/diagram/acm/?theme=mono&present=1&stage=c2&date=1990&detail=title',
	`/en/embed/acm/?theme=mono&detail=compact&walk=${acmWalk}&step=2`
];

describe('axe-core', () => {
	test.each(pages)('reports no WCAG A/AA violations on %s', async (path) => {
		await visit(
			browser(),
			path,
			async (page) => {
				await page.locator('main').first().waitFor();
				expect(await axe(page)).toEqual([]);
			},
			{ ready: 'main' }
		);
	});
});

type Rect = { id: string; left: number; top: number; right: number; bottom: number };

const activeBody = (page: Page) =>
	page.evaluate(() => (document.activeElement?.matches('.svelte-flow__node-body') ? document.activeElement.getAttribute('data-id') : null));

/** Every body's box as drawn, in screen pixels: the zoomed layout, so the same geometry. */
const bodyRects = (page: Page): Promise<Rect[]> =>
	page.locator('.svelte-flow__node-body').evaluateAll((nodes) =>
		nodes.map((n) => {
			const r = n.getBoundingClientRect();
			return { id: n.getAttribute('data-id')!, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		})
	);

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;

/**
 * The README's rule, worked out from the drawn boxes: the bodies wholly beyond the focused box's edge
 * that the arrow points at, each with its distance — the gap along the arrow plus twice the gap
 * across it (zero where the boxes overlap across).
 */
function beyond(from: Rect, rects: Rect[], key: (typeof ARROWS)[number]): Map<string, number> {
	const slack = 1; // screen pixels of rounding
	const out = new Map<string, number>();
	for (const r of rects) {
		if (r.id === from.id) continue;
		const along = { ArrowUp: from.top - r.bottom, ArrowDown: r.top - from.bottom, ArrowLeft: from.left - r.right, ArrowRight: r.left - from.right }[key];
		if (along < -slack) continue;
		const vertical = key === 'ArrowUp' || key === 'ArrowDown';
		const across = vertical ? Math.max(0, r.left - from.right, from.left - r.right) : Math.max(0, r.top - from.bottom, from.top - r.bottom);
		out.set(r.id, Math.max(0, along) + 2 * across);
	}
	return out;
}

describe('keyboard', () => {
	// The diagram page, and presentation mode (whose overlay covers the header) in the other language
	// on a diagram with frames, where bodies sit inside groups.
	test.each([
		['/en/diagram/acm/', 'Skip to diagram'],
		['/ja/diagram/bpm/?present=1', '図へ移動']
	])('on %s the first Tab reaches the skip link, Enter the first body, and each arrow the nearest body that way', async (path, name) => {
		await visit(browser(), path, async (page) => {
			await page.keyboard.press('Tab');
			const skip = page.getByTestId('skip-link');
			expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
			expect(await skip.innerText()).toBe(name);
			// Focused, it is on screen and on top of everything else.
			const box = (await skip.boundingBox())!;
			const centre = [box.x + box.width / 2, box.y + box.height / 2] as const;
			expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('[data-testid="skip-link"]') !== null, centre)).toBe(true);
			await page.keyboard.press('Enter');
			const first = await page.locator('[data-testid="diagram"] .svelte-flow__node-body[tabindex="0"]').first().getAttribute('data-id');
			expect(await activeBody(page)).toBe(first);
			expect(new URL(page.url()).hash).toBe('');

			// Distances are measured once: focusing a body may pan the view, which moves every box alike.
			const rects = await bodyRects(page);
			let moves = 0;
			let stays = 0;
			for (const from of rects) {
				for (const key of ARROWS) {
					await page.locator(`.svelte-flow__node[data-id="${from.id}"]`).focus();
					await page.keyboard.press(key);
					const landed = await activeBody(page);
					const distances = beyond(from, rects, key);
					if (distances.size === 0) {
						expect(landed, `${key} from ${from.id}`).toBe(from.id);
						stays++;
						continue;
					}
					moves++;
					expect(distances.has(landed!), `${key} from ${from.id} landed on ${landed}, not beyond that edge`).toBe(true);
					const nearest = Math.min(...distances.values());
					expect(distances.get(landed!)!, `${key} from ${from.id}: ${landed} is not the nearest`).toBeLessThanOrEqual(nearest + 2);
				}
			}
			// Whether a body has links plays no part (the ACM's first body has none); the outermost bodies
			// have nothing beyond some of their edges.
			expect(moves).toBeGreaterThan(0);
			expect(stays).toBeGreaterThan(0);
		});
	});

	test('the embed has no header: its first Tab stop is the first body', async () => {
		await visit(browser(), `/en/embed/acm/?walk=${acmWalk}&step=2`, async (page) => {
			await page.keyboard.press('Tab');
			const first = await page.locator('.svelte-flow__node-body[tabindex="0"]').first().getAttribute('data-id');
			expect(await activeBody(page)).toBe(first);
		});
	});

	test('Enter opens a body; Escape or × closes its panel and focus goes back to its card', async () => {
		await visit(
			browser(),
			'/en/diagram/acm/',
			async (page) => {
				await page.locator('.svelte-flow__node[data-id="jc"]').focus();
				await page.keyboard.press('Enter');
				const panel = page.getByTestId('detail-panel');
				await panel.waitFor();
				await expect.poll(() => new URL(page.url()).searchParams.get('body')).toBe('jc');
				expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
				await page.keyboard.press('Escape');
				await expect.poll(() => activeBody(page)).toBe('jc');
				expect(await panel.count()).toBe(0);
				// The panel's close button does the same, for a panel opened by clicking.
				await page.locator('.svelte-flow__node[data-id="bocc"]').click();
				await panel.getByRole('button', { name: 'Close' }).click();
				await expect.poll(() => activeBody(page)).toBe('bocc');
				// Escape pressed on another card leaves focus there.
				await page.locator('.svelte-flow__node[data-id="cccs"]').click();
				await panel.waitFor();
				await page.locator('.svelte-flow__node[data-id="acg"]').focus();
				await page.keyboard.press('Escape');
				await expect.poll(() => panel.count()).toBe(0);
				expect(await activeBody(page)).toBe('acg');
				// Every body is reachable with Tab.
				const tabbable = await page.locator('.svelte-flow__node-body[tabindex="0"]').count();
				expect(tabbable).toBe(model.diagrams.find((d) => d.id === 'acm')!.nodes.length);
			},
			{ ready: 'main' }
		);
	});

	test('leaving presentation or a walkthrough gives focus back to the control that opened it', async () => {
		const walk = model.walkthroughs.find((w) => w.id === acmWalk)!;
		await visit(
			browser(),
			`/en/diagram/acm/?stage=${walk.stage}`,
			async (page) => {
				const focused = (testId: string) => page.getByTestId(testId).evaluate((el) => el === document.activeElement);
				await page.getByTestId('present').click();
				await expect.poll(() => focused('present-exit')).toBe(true);
				await page.keyboard.press('Escape');
				await expect.poll(() => focused('present')).toBe(true);
				const start = page.locator(`button[data-walkthrough="${walk.id}"]`);
				await start.click();
				await page.getByTestId('walkthrough').waitFor();
				await page.getByTestId('walkthrough').getByRole('button', { name: 'End walkthrough' }).click();
				await expect.poll(() => start.evaluate((el) => el === document.activeElement)).toBe(true);
				await expect.poll(() => new URL(page.url()).searchParams.has('walk')).toBe(false);
			},
			{ ready: 'main' }
		);
	});

	test('the text version lists every body and relationship and follows the step', async () => {
		const walk = model.walkthroughs[0]!;
		await visit(
			browser(),
			`/ja/diagram/${walk.diagram}/?walk=${walk.id}&step=2`,
			async (page) => {
				const text = page.getByTestId('text-alternative');
				await text.locator('summary').click();
				const content = await text.innerText();
				for (const n of model.diagrams.find((d) => d.id === walk.diagram)!.nodes) {
					expect(content).toContain(model.bodies.find((b) => b.id === n.body)!.name.ja);
				}
				expect(content).toContain(walk.steps[1]!.title.ja);
			},
			{ ready: 'main' }
		);
	});

	test('the text version lists participants with the separator of its language', async () => {
		for (const [lang, separator, foreign] of [
			['ja', '、', ', '],
			['en', ', ', '、']
		] as const) {
			await visit(
				browser(),
				`/${lang}/diagram/acm/`,
				async (page) => {
					const text = page.getByTestId('text-alternative');
					await text.locator('summary').click();
					const content = await text.innerText();
					expect(content, lang).toContain(separator);
					expect(content, lang).not.toContain(foreign);
				},
				{ ready: 'main' }
			);
		}
	});
});

describe('themes', () => {
	test('follows the system colour scheme, and ?theme= overrides it', async () => {
		await visit(
			browser(),
			'/en/diagram/acm/',
			async (page) => {
				const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
				await page.emulateMedia({ colorScheme: 'dark' });
				const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
				expect(dark).not.toBe(light);
				await page.goto(new URL('/en/diagram/acm/?theme=light', page.url()).href);
				await page.locator(HYDRATED).waitFor({ state: 'attached' });
				expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(light);
			},
			{ ready: 'main' }
		);
	});

	test('monochrome tells the sides apart by border style', async () => {
		await visit(
			browser(),
			'/en/diagram/bpm/?theme=mono',
			async (page) => {
				await page.locator('.svelte-flow__node').first().waitFor();
				const style = (id: string) =>
					page.locator(`.svelte-flow__node[data-id="${id}"] [data-testid="body-card"]`).evaluate((el) => getComputedStyle(el, '::before').borderTopStyle);
				expect(await style('prime-minister')).toBe('solid');
				expect(await style('president')).toBe('double');
				// The minimap (shown once zoomed in) follows the theme too: no hue anywhere.
				await page.locator('.svelte-flow__controls-zoomin').click();
				await page.locator('.svelte-flow__controls-zoomin').click();
				await page.locator('.svelte-flow__minimap-node').first().waitFor();
				const fills = await page.locator('.svelte-flow__minimap-node').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
				expect(fills.length).toBeGreaterThan(0);
				for (const fill of fills) {
					const [r, g, b] = fill.match(/\d+/g)!.map(Number);
					if (fill !== 'none' && !fill.endsWith(', 0)')) expect([r, g], fill).toEqual([b, b]);
				}
			},
			{ ready: 'main' }
		);
	});
});
