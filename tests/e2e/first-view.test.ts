// The first view draws each diagram without Svelte Flow (StaticPicture), which is loaded afterwards
// to pan and zoom: the two must draw the same picture, and the reader can use the first one already.
// The scripts the page imports lazily are held back here until the test lets them through.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { LANGS } from '../../src/lib/model/schema.ts';
import { FIRST_VIEW, openPage, sharedBrowser } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();
const VIEWPORT = { width: 1366, height: 768 };

/** Scripts the prerendered page names (preloads and the inline start); everything else it imports later. */
async function firstViewScripts(path: string): Promise<Set<string>> {
	const html = await (await fetch(new URL(path, inject('baseURL')))).text();
	const named = [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g), ...html.matchAll(/import\("([^"]+)"\)/g)];
	return new Set(named.map((m) => new URL(m[1]!, new URL(path, inject('baseURL'))).pathname));
}

/** Opens `path` with every later script held until `release` is called. */
async function openFirstView(path: string) {
	const named = await firstViewScripts(path);
	const held: string[] = [];
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	const opened = await openPage(browser(), path, {
		viewport: VIEWPORT,
		fresh: true,
		firstView: true,
		beforeLoad: async (page) => {
			await page.route('**/_app/immutable/**/*.js', async (route) => {
				const script = new URL(route.request().url()).pathname;
				if (!named.has(script)) {
					held.push(script);
					await released;
				}
				await route.continue();
			});
		}
	});
	return { ...opened, held, release };
}

/** Every node's and link's box on screen, and its layer: what the reader sees. */
const picture = (page: Page) =>
	page.locator('[data-testid="diagram"]').evaluate((canvas) => {
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(',');
		};
		return {
			viewport: (canvas.querySelector('.svelte-flow__viewport') as HTMLElement).style.transform,
			nodes: [...canvas.querySelectorAll<HTMLElement>('.svelte-flow__node')].map((n) => `${n.dataset.id} ${box(n)} z${n.style.zIndex} ${n.className.replace(/svelte-\w+/g, '').trim()}`),
			cards: [...canvas.querySelectorAll('.svelte-flow__node [data-testid="body-card"], .svelte-flow__node [data-testid="group-frame"]')].map((c) => `${box(c)} ${(c as HTMLElement).innerText}`),
			edges: [...canvas.querySelectorAll<SVGPathElement>('.svelte-flow__edge-path')].map(
				(p) => {
					const look = getComputedStyle(p);
					const paint = [look.stroke, look.strokeWidth, look.strokeDasharray, look.opacity].join(' ');
					return `${p.id} ${p.getAttribute('d')} ${box(p)} ${paint} start:${!!p.getAttribute('marker-start')} end:${!!p.getAttribute('marker-end')} z${(p.closest('svg') as SVGElement).style.zIndex}`;
				}
			),
			labels: [...canvas.querySelectorAll('[data-testid="edge-label"]')].map((l) => `${box(l)} ${l.textContent}`),
			arrowheads: [...canvas.querySelectorAll('.svelte-flow__arrowhead polyline')].map((p) => p.getAttribute('style')).sort()
		};
	});

describe('the first view, before Svelte Flow', () => {
	for (const lang of LANGS)
		test.each(model.diagrams.map((d) => d.id))(`draws %s (${lang}) exactly as Svelte Flow then does`, async (diagram) => {
			const { page, errors, close, held, release } = await openFirstView(`/${lang}/diagram/${diagram}/`);
			try {
				// Hydrated and fitted by script, while Svelte Flow's code is still held back.
				await expect.poll(() => page.locator(FIRST_VIEW).count()).toBe(1);
				await expect.poll(() => page.locator('[data-testid="diagram"][data-prefit]').count()).toBe(0);
				await expect.poll(() => held.length).toBeGreaterThan(0);
				const first = await picture(page);
				expect(first.viewport).not.toBe('translate(0px, 0px) scale(1)');
				expect(first.nodes.length).toBeGreaterThan(0);
				release();
				await page.locator('[data-testid="diagram"][data-pan-zoom]').waitFor();
				await page.locator('.svelte-flow__controls').waitFor();
				expect(await picture(page)).toEqual(first);
				expect(errors).toEqual([]);
			} finally {
				release();
				await close();
			}
		});

	test('a body can be opened by click and by keyboard, and keeps the focus when Svelte Flow takes over', async () => {
		const { page, errors, close, release } = await openFirstView('/en/diagram/acm/');
		try {
			await expect.poll(() => page.locator(FIRST_VIEW).count()).toBe(1);
			await page.locator('.svelte-flow__node[data-id="acg"]').click();
			await page.getByTestId('detail-panel').waitFor();
			await expect.poll(() => new URL(page.url()).searchParams.get('body')).toBe('acg');

			const jc = page.locator('.svelte-flow__node[data-id="jc"]');
			await jc.focus();
			await page.keyboard.press('ArrowRight');
			const moved = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id);
			expect(moved).toBeTruthy();
			expect(moved).not.toBe('jc');
			await page.keyboard.press('Enter');
			await expect.poll(() => new URL(page.url()).searchParams.get('body')).toBe(moved);

			// The canvas is still the first view's; Svelte Flow arrives and the same body keeps the focus.
			expect(await page.locator(FIRST_VIEW).count()).toBe(1);
			await page.locator(`.svelte-flow__node[data-id="${moved}"]`).focus();
			release();
			await page.locator('[data-testid="diagram"][data-pan-zoom]').waitFor();
			expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(moved);
			expect(errors).toEqual([]);
		} finally {
			release();
			await close();
		}
	});

	test('the scripts the first view loads hold none of Svelte Flow nor the export code, and Svelte Flow arrives by itself', async () => {
		const path = '/ja/diagram/acm/';
		const named = await firstViewScripts(path);
		const code = await Promise.all([...named].map(async (script) => (await fetch(new URL(script, inject('baseURL')))).text()));
		// Class names only Svelte Flow's own components write.
		expect(code.filter((c) => c.includes('svelte-flow__minimap') || c.includes('svelte-flow__controls-zoomin'))).toEqual([]);
		// The SVG writer's root attribute and the PNG download's error, loaded on idle or on request.
		expect(code.filter((c) => c.includes('xml:space="preserve"') || c.includes('PNG encoding failed'))).toEqual([]);
		const { page, errors, close } = await openPage(browser(), path, { viewport: VIEWPORT, fresh: true, firstView: true });
		try {
			await page.locator('[data-testid="diagram"][data-pan-zoom] .svelte-flow__controls').waitFor();
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
