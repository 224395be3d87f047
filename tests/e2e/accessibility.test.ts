import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/lib/model/schema.ts';
import { HYDRATED, sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = sharedBrowser();

type Violation = { id: string; impact: string; nodes: { target: string[] }[] };

async function axe(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const run = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe.run;
		return (await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
	});
	return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const pages = [
	'/',
	...LANGS.flatMap((lang) => [
		`/${lang}/`,
		`/${lang}/catalogue/`,
		`/${lang}/timeline/`,
		...model.diagrams.map((d) => `/${lang}/diagram/${d.id}/`),
		`/${lang}/diagram/acm/?body=acg`,
		`/${lang}/diagram/acm/?stage=c2`,
		`/${lang}/diagram/acm/?walk=${model.walkthroughs[0]!.id}&step=3`,
		`/${lang}/diagram/bpm/?date=1970`,
		`/${lang}/embed/acm/`,
		`/${lang}/diagram/bpm/?theme=dark`,
		`/${lang}/diagram/acm/?theme=mono&stage=a`,
		`/${lang}/catalogue/?theme=dark`
	])
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

describe('keyboard', () => {
	test('Tab reaches a body, Enter opens it, arrows move along its links', async () => {
		await visit(
			browser(),
			'/en/diagram/acm/',
			async (page) => {
				await page.locator('.svelte-flow__node[data-id="acg"]').focus();
				await page.keyboard.press('ArrowDown');
				await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('bocc');
				await page.keyboard.press('ArrowUp');
				await page.keyboard.press('ArrowLeft');
				await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('jc');
				await page.keyboard.press('Enter');
				await page.getByTestId('detail-panel').waitFor();
				expect(new URL(page.url()).searchParams.get('body')).toBe('jc');
				// Every body is reachable with Tab.
				const tabbable = await page.locator('.svelte-flow__node-body[tabindex="0"]').count();
				expect(tabbable).toBe(model.diagrams.find((d) => d.id === 'acm')!.nodes.length);
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
