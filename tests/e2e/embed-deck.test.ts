// The embed inside a slide deck: its compact player at slide size, the postMessage protocol a deck
// drives it with (src/lib/view/deck-link.ts), keys that go back to the deck after a click, and the
// README's reveal.js example run as written, with reveal.js served from node_modules.
import type { Frame, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { t } from '../../src/lib/i18n/messages.ts';
import { LANGS, type Lang } from '../../src/lib/model/schema.ts';
import { openPage, sharedBrowser, visit, type OpenedPage } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

const walk = model.walkthroughs.find((w) => w.id === 'armed-attack-c2')!;
const total = walk.steps.length;
const SLIDE = { width: 960, height: 540 };
const README = readFileSync('README.md', 'utf8');

/** The README's HTML example of a reveal.js deck, pointed at the served build in `lang`. */
function readmeDeck(lang: Lang): string {
	const block = [...README.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('Reveal.initialize'));
	if (!block) throw new Error('README.md has no reveal.js example');
	const origin = new URL(inject('baseURL')).origin;
	return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>deck</title><link rel="icon" href="data:,"></head><body>${block
		.replaceAll('https://renkei.example', origin)
		.replaceAll('/en/embed/', `/${lang}/embed/`)}</body></html>`;
}

// A page that frames the embed (?src=), recording the messages its frame sends and the keys it gets.
const HOST_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,"></head><body>
<button id="deck-button">deck</button>
<iframe width="960" height="540" style="border:0" title="embed"></iframe>
<script>
window.reports = []; window.keys = [];
const frame = document.querySelector('iframe');
addEventListener('message', (e) => { if (e.source === frame.contentWindow) reports.push(e.data); });
addEventListener('keydown', (e) => keys.push(e.key));
frame.src = new URLSearchParams(location.search).get('src');
</script></body></html>`;

// The decks live on an origin of their own, as a deck on another host does: a server of this file's,
// on another port of the loopback address, with reveal.js from node_modules (nothing is downloaded).
let deckServer: StaticServer | undefined;
let deckDir = '';
beforeAll(async () => {
	deckDir = mkdtempSync(join(tmpdir(), 'renkei-deck-'));
	writeFileSync(join(deckDir, 'host.html'), HOST_PAGE);
	for (const lang of LANGS) writeFileSync(join(deckDir, `deck-${lang}.html`), readmeDeck(lang));
	deckServer = await serveStatic(deckDir, { '/node_modules/reveal.js': resolve('node_modules/reveal.js') });
});
afterAll(async () => {
	await deckServer?.close();
	rmSync(deckDir, { recursive: true, force: true });
});
const deckURL = (path: string) => `${deckServer!.origin}/${path}`;
const counterText = (lang: Lang, n: number) => t(lang, 'stepOf', { n: String(n), total: String(total) });

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
const box = async (page: Page, testId: string): Promise<Box> => (await page.getByTestId(testId).boundingBox())!;
const inside = (b: Box, area: Box) => b.x >= area.x && b.y >= area.y && b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height;

describe('the compact player at slide size', () => {
	test.each(LANGS)('takes at most a quarter of a 960×540 frame and keeps its buttons on screen at every step (%s)', async (lang) => {
		await visit(
			browser(),
			`/${lang}/embed/acm/?walk=${walk.id}&step=1`,
			async (page) => {
				const screen = { x: 0, y: 0, ...SLIDE };
				const canvas = page.getByTestId('diagram');
				const heights = new Set<number>();
				const canvasHeights = new Set<number>();
				for (const [i, step] of walk.steps.entries()) {
					await expect.poll(() => page.getByTestId('step-counter').innerText()).toBe(counterText(lang, i + 1));
					const player = await box(page, 'walkthrough');
					heights.add(Math.round(player.height));
					canvasHeights.add(Math.round((await canvas.boundingBox())!.height));
					expect(player.height).toBeLessThanOrEqual(SLIDE.height / 4);
					expect(inside(player, screen)).toBe(true);
					for (const id of ['prev', 'play', 'next']) expect(inside(await box(page, id), player), `${id} at step ${i + 1}`).toBe(true);
					// The narration is one line on screen, and all of it is in the page.
					const narration = page.getByTestId('narration');
					const lines = await narration.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
					expect(lines).toBeLessThan(1.5);
					expect(await narration.textContent()).toBe(step.narration[lang]);
					if (i < total - 1) await page.getByTestId('next').click();
				}
				// One height for every step: the diagram is never refitted by the player.
				expect([...heights]).toHaveLength(1);
				expect([...canvasHeights]).toHaveLength(1);
			},
			{ viewport: SLIDE }
		);
	});

	test.each(LANGS)('shows the whole narration and the sources one click away, over the diagram (%s)', async (lang) => {
		await visit(
			browser(),
			`/${lang}/embed/acm/?walk=${walk.id}&step=2`,
			async (page) => {
				const step = walk.steps[1]!;
				const all = page.getByTestId('narration-all');
				expect(await all.isVisible()).toBe(false);
				const before = await box(page, 'walkthrough');
				const more = page.getByTestId('more');
				expect(await more.innerText()).toContain(t(lang, 'moreNarration'));
				await more.click();
				await all.waitFor();
				expect(await all.innerText()).toContain(step.narration[lang].trim());
				expect(await all.innerText()).toContain(`${t(lang, 'sources')} (${step.sources.length})`);
				expect(await more.getAttribute('aria-expanded')).toBe('true');
				const shown = await box(page, 'narration-all');
				expect(shown.y).toBeGreaterThanOrEqual(0);
				// It ends on the player's top border (2 px), covering the diagram rather than shrinking it.
				expect(shown.y + shown.height).toBeLessThanOrEqual(before.y + 2.5);
				// Opening it moves nothing: the player keeps its place and size.
				expect(await box(page, 'walkthrough')).toEqual(before);
				// From the keyboard, Escape closes it and leaves the walkthrough running.
				await more.focus();
				await page.keyboard.press('Escape');
				await all.waitFor({ state: 'hidden' });
				expect(await page.getByTestId('step-counter').innerText()).toBe(counterText(lang, 2));
			},
			{ viewport: SLIDE }
		);
	});

	const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	type Violation = { id: string; nodes: { target: string[] }[] };

	test.each(LANGS.flatMap((lang) => ['light', 'dark', 'mono'].map((theme) => [lang, theme] as const)))(
		'has no WCAG A/AA violation with its narration open (%s, %s)',
		async (lang, theme) => {
			await visit(
				browser(),
				`/${lang}/embed/acm/?walk=${walk.id}&step=2&theme=${theme}`,
				async (page) => {
					await page.getByTestId('more').click();
					await page.getByTestId('narration-all').waitFor();
					await page.evaluate(axeSource);
					const violations = await page.evaluate(async () => {
						const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
						return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
					});
					expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
				},
				{ viewport: SLIDE }
			);
		}
	);

	test('keeps Previous, Play and Next on screen in a small frame', async () => {
		await visit(
			browser(),
			`/en/embed/acm/?walk=${walk.id}&step=3`,
			async (page) => {
				const screen = { x: 0, y: 0, width: 480, height: 320 };
				for (const id of ['prev', 'play', 'next']) expect(inside(await box(page, id), screen), id).toBe(true);
				expect((await box(page, 'walkthrough')).height).toBeLessThanOrEqual(320 / 2);
			},
			{ viewport: { width: 480, height: 320 } }
		);
	});
});

/** The frame of `page` that shows the embed. */
const embedFrame = (page: Page): Frame => page.frames().find((f) => f.url().includes('/embed/'))!;
const frameStep = (page: Page) => new URL(embedFrame(page).url()).searchParams.get('step');

type Report = { type: string; [key: string]: unknown };

/**
 * A page on the deck's origin framing `embed`, which records every message it receives (`reports`)
 * and every key it gets (`keys`).
 */
async function hostPage(embed: string): Promise<OpenedPage> {
	const opened = await openPage(browser(), '/en/', { fresh: true, viewport: { width: 1200, height: 800 } });
	const src = new URL(embed, inject('baseURL')).href;
	await opened.page.goto(deckURL(`host.html?src=${encodeURIComponent(src)}`));
	await expect.poll(() => reports(opened.page)).toContainEqual(expect.objectContaining({ type: 'renkei:ready' }));
	return opened;
}

const reports = (page: Page): Promise<Report[]> => page.evaluate(() => (window as unknown as { reports: Report[] }).reports);
const lastReport = async (page: Page) => (await reports(page)).at(-1);
const send = (page: Page, message: unknown) =>
	page.evaluate((m) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'), message);
const hostKeys = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { keys: string[] }).keys);
const hasFocus = (frame: Frame) => frame.evaluate(() => document.hasFocus());

/** Tabs from the host's own button into the frame until the player's control `testId` has focus. */
async function tabTo(page: Page, testId: string) {
	await page.locator('#deck-button').focus();
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const focused = await embedFrame(page).evaluate(() => (document.hasFocus() ? (document.activeElement as HTMLElement | null)?.dataset.testid : undefined));
		if (focused === testId) return;
	}
	throw new Error(`Tab never reached ${testId} in the frame`);
}

async function withHost(embed: string, run: (page: Page) => Promise<void>) {
	const { page, errors, close } = await hostPage(embed);
	try {
		await run(page);
		expect(errors).toEqual([]);
	} finally {
		await close();
	}
}

describe('the postMessage protocol', () => {
	test('reports where it is when ready and after every change, and follows the deck’s commands', async () => {
		await withHost(`/en/embed/acm/?walk=${walk.id}&step=2`, async (page) => {
			expect((await reports(page))[0]).toEqual({ type: 'renkei:ready', version: 1, diagram: 'acm', walkthrough: walk.id, step: 2, total, playing: false });
			const frame = page.frameLocator('iframe');
			const cases: [unknown, number][] = [
				[{ type: 'renkei:goto', step: 4 }, 4],
				[{ type: 'renkei:next' }, 5],
				[{ type: 'renkei:prev' }, 4],
				[{ type: 'renkei:last' }, total],
				[{ type: 'renkei:first' }, 1],
				[{ type: 'renkei:goto', step: '3' }, 3],
				[{ type: 'renkei:goto', step: 99 }, total]
			];
			for (const [message, step] of cases) {
				await send(page, message);
				await expect.poll(() => frame.getByTestId('step-counter').innerText(), { message: JSON.stringify(message) }).toBe(counterText('en', step));
				// The address is written once the step is painted.
				await expect.poll(() => frameStep(page)).toBe(String(step));
				await expect.poll(() => lastReport(page)).toEqual({ type: 'renkei:step', diagram: 'acm', walkthrough: walk.id, step, total, playing: false });
			}
			// A change the frame makes itself is reported too.
			await frame.getByTestId('prev').click();
			await expect.poll(() => lastReport(page)).toEqual(expect.objectContaining({ type: 'renkei:step', step: total - 1 }));
			await send(page, { type: 'renkei:play' });
			await expect.poll(() => lastReport(page)).toEqual(expect.objectContaining({ step: total - 1, playing: true }));
			expect(await frame.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
			await send(page, { type: 'renkei:pause' });
			await expect.poll(() => lastReport(page)).toEqual(expect.objectContaining({ playing: false }));
			// No report without a change; an answer when asked.
			const count = (await reports(page)).length;
			await send(page, { type: 'renkei:goto', step: total - 1 });
			await send(page, { type: 'renkei:status' });
			await expect.poll(async () => (await reports(page)).length).toBe(count + 1);
			expect(await lastReport(page)).toEqual(expect.objectContaining({ type: 'renkei:step', step: total - 1 }));
		});
	});

	test('ignores what is not its own, answers unusable commands with an error, and keeps showing the diagram', async () => {
		await withHost(`/ja/embed/acm/?walk=${walk.id}&step=2`, async (page) => {
			const foreign = [null, 0, 'renkei:next', ['renkei:next'], { type: 'next' }, { method: 'slide', args: [2] }, JSON.stringify({ type: 'renkei:last' }), { type: 'renkei:step', step: 5 }, { type: { toString: 'renkei:next' } }];
			const unusable = [{ type: 'renkei:goto' }, { type: 'renkei:goto', step: 'two' }, { type: 'renkei:goto', step: 0 }, { type: 'renkei:goto', step: -2 }, { type: 'renkei:goto', step: 2.5 }, { type: 'renkei:jump', step: 3 }, { type: `renkei:${'<img src=x onerror=alert(1)>'.repeat(500)}` }];
			for (const m of [...foreign, ...unusable]) await send(page, m);
			await send(page, { type: 'renkei:status' });
			await expect.poll(async () => (await lastReport(page))?.type).toBe('renkei:step');
			const received = await reports(page);
			const errors = received.filter((r) => r.type === 'renkei:error');
			expect(errors).toHaveLength(unusable.length);
			expect(errors[1]).toEqual({ type: 'renkei:error', received: 'renkei:goto', error: 'step must be a whole number from 1' });
			expect(received.filter((r) => r.type === 'renkei:step')).toEqual([expect.objectContaining({ step: 2 })]);
			const frame = page.frameLocator('iframe');
			expect(await frame.getByTestId('step-counter').innerText()).toBe(counterText('ja', 2));
			expect(await frame.locator('.svelte-flow__node').count()).toBeGreaterThan(3);
			expect(await frame.getByTestId('notice').count()).toBe(0);
			expect(await frame.locator('img').count()).toBe(0);
		});
	});

	test('steps a frame that shows no player (controls=0)', async () => {
		await withHost(`/en/embed/acm/?walk=${walk.id}&controls=0`, async (page) => {
			expect(await page.frameLocator('iframe').getByTestId('walkthrough').count()).toBe(0);
			await send(page, { type: 'renkei:goto', step: 3 });
			await expect.poll(() => frameStep(page)).toBe('3');
			const target = walk.steps[2]!.target;
			const selector = 'body' in target ? `.svelte-flow__node[data-id="${target.body}"] [data-mark]` : `.svelte-flow__edge[data-id="${target.relationship}"] path.routed-edge`;
			const mark = page.frameLocator('iframe').locator(selector);
			await expect.poll(async () => (await mark.getAttribute('data-mark')) ?? (await mark.getAttribute('class'))).toContain('focus');
			expect(await lastReport(page)).toEqual(expect.objectContaining({ type: 'renkei:step', step: 3 }));
		});
	});
});

describe('keys in a frame', () => {
	test('a click in the frame gives the keys back to the page around it', async () => {
		await withHost(`/en/embed/acm/?walk=${walk.id}&step=2`, async (page) => {
			const frame = page.frameLocator('iframe');
			await frame.getByTestId('next').click();
			await expect.poll(() => frameStep(page)).toBe('3');
			expect(await hasFocus(embedFrame(page))).toBe(false);
			expect(await page.evaluate(() => document.hasFocus())).toBe(true);
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => hostKeys(page)).toEqual(['ArrowRight', 'ArrowRight']);
			expect(frameStep(page)).toBe('3');
			// A drag on the diagram (panning) gives them back as well.
			const pane = frame.locator('.svelte-flow__pane');
			const area = (await pane.boundingBox())!;
			await page.mouse.move(area.x + 40, area.y + 40);
			await page.mouse.down();
			await page.mouse.move(area.x + 90, area.y + 70);
			await page.mouse.up();
			await page.keyboard.press('PageDown');
			await expect.poll(() => hostKeys(page)).toEqual(['ArrowRight', 'ArrowRight', 'PageDown']);
			expect(frameStep(page)).toBe('3');
		});
	});

	test('a keyboard user keeps the frame’s keys until Escape, which hands them back', async () => {
		await withHost(`/en/embed/acm/?walk=${walk.id}&step=2`, async (page) => {
			const frame = page.frameLocator('iframe');
			await tabTo(page, 'next');
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => frameStep(page)).toBe('3');
			await page.keyboard.press('Escape');
			await expect.poll(() => page.evaluate(() => document.hasFocus() && document.activeElement?.tagName !== 'IFRAME')).toBe(true);
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => hostKeys(page)).toContain('ArrowRight');
			expect(frameStep(page)).toBe('3');
			// Escape in a frame does not end the walkthrough.
			expect(await frame.getByTestId('walkthrough').count()).toBe(1);
		});
	});

	test('the frame never acts on a key while its document does not have focus', async () => {
		await withHost(`/en/embed/acm/?walk=${walk.id}&step=2`, async (page) => {
			const press = () => embedFrame(page).evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
			await page.locator('#deck-button').focus();
			expect(await hasFocus(embedFrame(page))).toBe(false);
			await press();
			await send(page, { type: 'renkei:status' });
			await expect.poll(async () => (await lastReport(page))?.type).toBe('renkei:step');
			expect(frameStep(page)).toBe('2');
			// The same key, once the frame has focus, steps it: the check above could have failed.
			await tabTo(page, 'play');
			expect(await hasFocus(embedFrame(page))).toBe(true);
			await press();
			await expect.poll(() => frameStep(page)).toBe('3');
		});
	});
});

// ---- The README's reveal.js example, run as written ----

const deckFragments = (page: Page) => page.evaluate(() => document.querySelectorAll('.present .fragment.visible').length);

describe('a reveal.js deck', () => {
	test.each(LANGS)('steps the embed with its fragments, hears its reports, and keeps its keys after a click in the frame (%s)', async (lang) => {
		const { page, errors, close } = await openPage(browser(), `/${lang}/`, { fresh: true, viewport: { width: 1280, height: 800 } });
		try {
			// The test listens as a deck would: to the frame's reports.
			await page.addInitScript(() => {
				if (window !== window.top) return;
				const seen: unknown[] = [];
				Object.assign(window, { seen });
				addEventListener('message', (e) => seen.push(e.data));
			});
			await page.goto(deckURL(`deck-${lang}.html`));
			await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
			const seen = () => page.evaluate(() => (window as unknown as { seen: Report[] }).seen);
			await expect.poll(seen).toContainEqual(expect.objectContaining({ type: 'renkei:ready', walkthrough: walk.id, step: 1, total }));
			const frame = page.frameLocator('#acm');
			const counter = () => frame.getByTestId('step-counter').innerText();
			const reported = async () => (await seen()).filter((m) => m.type === 'renkei:step').at(-1)?.step;

			// The title slide, then the embed's slide at step 1, then one step per fragment.
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(1);
			expect(await counter()).toBe(counterText(lang, 1));
			for (const n of [2, 3]) {
				await page.keyboard.press('ArrowRight');
				await expect.poll(counter).toBe(counterText(lang, n));
				await expect.poll(reported).toBe(n);
			}
			expect(await deckFragments(page)).toBe(2);

			// A click in the frame (its own Previous) moves the frame and is reported back …
			await frame.getByTestId('prev').click();
			await expect.poll(counter).toBe(counterText(lang, 2));
			await expect.poll(reported).toBe(2);
			// … and the deck's arrows still drive the deck: its next fragment is step 4. Had the frame
			// kept the key, it would have stepped itself from 2 to 3 and the deck would not have moved.
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => deckFragments(page)).toBe(3);
			await expect.poll(counter).toBe(counterText(lang, 4));
			await expect.poll(reported).toBe(4);
			await page.keyboard.press('ArrowLeft');
			await expect.poll(counter).toBe(counterText(lang, 3));
			await expect.poll(reported).toBe(3);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
