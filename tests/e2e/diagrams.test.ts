import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { LANGS, type Lang } from '../../src/lib/model/schema.ts';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';
import { diagramLinks, participantText, raw, rawBody, titleText } from './raw-data.ts';

const browser = sharedBrowser();

const withPage = (path: string, run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }, ready?: string) =>
	visit(browser(), path, run, { viewport, ready });

// The rule the expectations follow, held to the figures' own text (図表Ⅱ-4-2-3, 図表Ⅱ-4-2-4).
test('expected titles and participants are worded as the figures print them', () => {
	const wording = (id: string, lang: Lang) => rawBody(id).participants!.map((p) => participantText(p, lang));
	expect(wording('jc', 'ja')).toEqual(['外務省北米局長', '在日米軍副司令官']);
	expect(wording('jc', 'en')).toEqual(['Director-General, North American Affairs Bureau, MOFA', 'Deputy Commander, USFJ']);
	expect(wording('scc', 'ja')).toEqual(['外務大臣', '防衛大臣', '国務長官', '国防長官']);
	expect(wording('acg', 'ja').slice(0, 3)).toEqual(['内閣官房', '国家安全保障局', '外務省']);
	expect(titleText(rawBody('acg'), 'ja')).toBe('同盟調整グループ（ACG）');
	expect(titleText(rawBody('acg'), 'en')).toBe('Alliance Coordination Group (ACG)');
});

describe.each(raw.diagrams.map((d) => d.id))('diagram %s', (id) => {
	const diagram = raw.diagrams.find((d) => d.id === id)!;
	const relationships = diagramLinks(diagram);

	test.each(LANGS)('shows every body, participant, edge and the legend (%s)', async (lang) => {
		await withPage(`/${lang}/diagram/${id}/`, async (page) => {
			expect(await page.title()).toContain(diagram.title[lang]);
			for (const node of diagram.nodes) {
				const body = rawBody(node.body);
				const box = page.locator(`.svelte-flow__node[data-id="${node.body}"]`);
				await expect.poll(() => box.isVisible(), { message: node.body }).toBe(true);
				// A card breaks its text into lines as the picture does: compare without the breaks.
				const flat = (s: string) => s.replace(/\s+/g, '');
				const text = flat(await box.innerText());
				expect(text).toContain(flat(titleText(body, lang)));
				for (const p of body.participants ?? []) expect(text, node.body).toContain(flat(participantText(p, lang)));
				for (const level of body.levels ?? []) expect(text, node.body).toContain(flat(level.name[lang]));
			}
			expect(await page.locator('.svelte-flow__edge').count()).toBe(relationships.length);
			for (const r of relationships.filter((r) => r.label)) {
				const label = page.locator(`[data-testid="edge-label"][data-edge="${r.id}"]`);
				expect((await label.textContent())?.replace(/\s+/g, '')).toBe(r.label![lang].replace(/\s+/g, ''));
			}
			const legend = page.getByTestId('legend');
			for (const kind of new Set(relationships.map((r) => r.kind))) {
				const item = legend.locator(`[data-kind="${kind}"]`);
				expect(await item.count(), kind).toBe(1);
				// The figure's own legend wording wins over the generic one.
				if (diagram.legend?.[kind]) expect(await item.innerText()).toBe(diagram.legend[kind][lang]);
			}
		});
	});

	test.each(LANGS)('no text overflows or is clipped in any box (%s)', async (lang) => {
		const viewports = [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }];
		// Styles follow a resize as they follow a fresh load, so one page serves both sizes.
		await withPage(
			`/${lang}/diagram/${id}/`,
			async (page) => {
				for (const viewport of viewports) {
					await page.setViewportSize(viewport);
					const overflowing = await page.evaluate(() =>
						[...document.querySelectorAll<HTMLElement>('[data-testid="body-card"]')]
							.filter((c) => c.scrollHeight > c.clientHeight + 1 || c.scrollWidth > c.clientWidth + 1)
							.map((c) => `${c.closest('.svelte-flow__node')?.getAttribute('data-id')}: ${c.scrollHeight}>${c.clientHeight}`)
					);
					expect(overflowing, `${viewport.width}×${viewport.height}`).toEqual([]);
				}
			},
			viewports[0]
		);
	});
});

describe('first paint', () => {
	/** Every body's box on screen, relative to the canvas. */
	const boxes = (page: Page) =>
		page.evaluate(() => {
			const canvas = document.querySelector('[data-testid="diagram"]')!.getBoundingClientRect();
			return [...document.querySelectorAll('.svelte-flow__node-body')].map((n) => {
				const r = n.getBoundingClientRect();
				return { id: n.getAttribute('data-id'), x: r.x - canvas.x, y: r.y - canvas.y, right: r.right - canvas.x, bottom: r.bottom - canvas.y, cw: canvas.width, ch: canvas.height };
			});
		});

	test.each(model.diagrams.map((d) => d.id))('the prerendered %s diagram is fitted before any script runs, where the script fits it', async (id) => {
		const viewport = { width: 1366, height: 768 };
		const noScript = await browser().newContext({ viewport, javaScriptEnabled: false });
		try {
			const page = await noScript.newPage();
			await page.goto(new URL(`/en/diagram/${id}/`, inject('baseURL')).href);
			const before = await boxes(page);
			expect(before.length).toBe(model.diagrams.find((d) => d.id === id)!.nodes.length);
			for (const b of before) {
				expect(b.x, b.id!).toBeGreaterThanOrEqual(0);
				expect(b.y, b.id!).toBeGreaterThanOrEqual(0);
				expect(b.right, b.id!).toBeLessThanOrEqual(b.cw);
				expect(b.bottom, b.id!).toBeLessThanOrEqual(b.ch);
			}
			await withPage(
				`/en/diagram/${id}/`,
				async (hydrated) => {
					const after = await boxes(hydrated);
					for (const [i, b] of after.entries()) {
						expect(Math.abs(b.x - before[i]!.x), b.id!).toBeLessThan(2);
						expect(Math.abs(b.y - before[i]!.y), b.id!).toBeLessThan(2);
					}
				},
				viewport
			);
		} finally {
			await noScript.close();
		}
	});
});

describe('detail panel and URL state', () => {
	test('clicking a body opens its panel, puts it in the URL, and Escape closes it', async () => {
		await withPage('/en/diagram/acm/', async (page) => {
			await page.locator('.svelte-flow__node[data-id="acg"]').click();
			const panel = page.getByTestId('detail-panel');
			await panel.waitFor();
			await expect.poll(() => new URL(page.url()).searchParams.get('body')).toBe('acg');
			const text = await panel.innerText();
			expect(text).toContain('Alliance Coordination Group');
			expect(text).toContain('同盟調整グループ');
			expect(text).toContain('Director-General level');
			expect(text).toContain('Alliance Coordination Mechanism');
			expect(text).toContain('Defense of Japan 2018');
			expect(text).not.toMatch(/\.txt|seed/i);
			expect(text).toContain('図表Ⅱ-4-2-3');
			expect(await panel.getByTestId('relationship').count()).toBe(
				model.relationships.filter((r) => r.from === 'acg' || r.to === 'acg').length
			);
			await page.keyboard.press('Escape');
			await expect.poll(() => panel.count()).toBe(0);
			await expect.poll(() => new URL(page.url()).searchParams.has('body')).toBe(false);
		});
	});

	test('a link with ?body= opens the panel directly, in either language', async () => {
		await withPage('/ja/diagram/bpm/?body=sdc', async (page) => {
			const panel = page.getByTestId('detail-panel');
			await panel.waitFor();
			expect(await panel.innerText()).toContain('防衛協力小委員会');
			expect(await page.locator('.svelte-flow__node[data-id="sdc"] [data-mark="focus"]').count()).toBe(1);
		});
	});

	test('an unknown body in the URL shows a notice and the diagram, not an error', async () => {
		await withPage('/en/diagram/acm/?body=%3Cscript%3Ealert(1)%3C/script%3E', async (page) => {
			const notice = page.getByTestId('notice');
			await notice.waitFor();
			expect(await notice.innerText()).toContain('<script>alert(1)</script>');
			expect(await page.locator('.svelte-flow__node').count()).toBeGreaterThan(0);
		});
	});

	test('the language switch keeps the view and is remembered', async () => {
		await withPage('/ja/diagram/acm/?body=jc', async (page) => {
			await page.getByTestId('detail-panel').waitFor();
			await page.getByTestId('lang-switch').click();
			await page.waitForURL(/\/en\/diagram\/acm\/\?body=jc$/);
			expect(await page.getByTestId('detail-panel').innerText()).toContain('Joint Committee');
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
			await page.goto(new URL('/', page.url()).href);
			await page.waitForURL(/\/en\/$/);
			expect(await page.locator('h1').innerText()).toContain('US–Japan alliance');
		});
	});

	test('the home page lists every diagram and links to it', async () => {
		await withPage(
			'/ja/',
			async (page) => {
				const links = page.getByTestId('diagram-link');
				expect(await links.count()).toBe(model.diagrams.length);
				await links.first().click();
				await page.waitForURL(/\/ja\/diagram\/[a-z-]+\/$/);
				await page.locator('.svelte-flow__node').first().waitFor();
			},
			undefined,
			'[data-testid="diagram-link"]'
		);
	});
});

describe('minimap', () => {
	test.each(LANGS)('appears only once part of the diagram is off-screen (%s)', async (lang) => {
		await withPage(
			`/${lang}/diagram/acm/`,
			async (page) => {
				await page.locator('[data-testid="diagram"]:not([data-prefit])').waitFor();
				await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
				expect(await page.locator('.svelte-flow__minimap').count()).toBe(0);
				await page.locator('.svelte-flow__controls-zoomin').click();
				await page.locator('.svelte-flow__controls-zoomin').click();
				const minimap = page.locator('.svelte-flow__minimap');
				await minimap.waitFor();
				expect(await page.getByRole('img', { name: lang === 'ja' ? 'ミニマップ' : 'Mini map' }).count()).toBe(1);
				await page.locator('.svelte-flow__controls-fitview').click();
				await minimap.waitFor({ state: 'detached' });
			},
			{ width: 1366, height: 768 }
		);
	});
});
