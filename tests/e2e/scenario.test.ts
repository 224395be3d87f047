import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { existsOn } from '../../src/lib/model/time.ts';
import { LANGS } from '../../src/lib/model/schema.ts';
import { openPage, sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

const withPage = (path: string, run: (page: Page) => Promise<void>, options: { reducedMotion?: boolean } = {}) =>
	visit(browser(), path, run, options);

const nodeMark = (page: Page, id: string) => page.locator(`.svelte-flow__node[data-id="${id}"] [data-testid="body-card"]`).getAttribute('data-mark');
const edgeClass = (page: Page, id: string) => page.locator(`.svelte-flow__edge[data-id="${id}"] path.routed-edge`).getAttribute('class');
const positions = (page: Page) =>
	page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.svelte-flow__node')].map((n) => `${n.dataset.id}:${n.style.transform}`));
const stepParam = (page: Page) => new URL(page.url()).searchParams.get('step');

describe.each(model.walkthroughs.map((w) => w.id))('walkthrough %s', (id) => {
	const walk = model.walkthroughs.find((w) => w.id === id)!;

	test.each(LANGS)('steps through every step with the keyboard, highlighting its target (%s)', async (lang) => {
		await withPage(`/${lang}/diagram/${walk.diagram}/?walk=${id}&step=1`, async (page) => {
			const player = page.getByTestId('walkthrough');
			await player.waitFor();
			const before = await positions(page);
			for (const [i, step] of walk.steps.entries()) {
				await expect.poll(() => stepParam(page)).toBe(String(i + 1));
				expect(await page.getByTestId('step-counter').innerText()).toContain(String(i + 1));
				expect(await page.getByTestId('narration').innerText()).toBe(step.narration[lang].trim());
				expect(await page.getByTestId('illustrative').count()).toBe(step.illustrative ? 1 : 0);
				const target = step.target;
				if ('body' in target) {
					await expect.poll(() => nodeMark(page, target.body)).toBe('focus');
				} else {
					const r = model.relationships.find((x) => x.id === target.relationship)!;
					await expect.poll(() => edgeClass(page, r.id)).toContain('mark-focus');
					expect(await nodeMark(page, r.from)).toBe('near');
				}
				await page.keyboard.press('ArrowRight');
			}
			// Past the end it stays on the last step; Home and End jump.
			await expect.poll(() => stepParam(page)).toBe(String(walk.steps.length));
			await page.keyboard.press('Home');
			await expect.poll(() => stepParam(page)).toBe('1');
			await page.keyboard.press('End');
			await expect.poll(() => stepParam(page)).toBe(String(walk.steps.length));
			await page.keyboard.press('ArrowLeft');
			await expect.poll(() => stepParam(page)).toBe(String(Math.max(1, walk.steps.length - 1)));
			// The layout never moves between steps.
			expect(await positions(page)).toEqual(before);
		});
	});
});

describe('stages', () => {
	const walk = model.walkthroughs[0]!;

	test('Play advances by itself and Pause stops it', async () => {
		// The fake clock belongs to the whole context, so this page gets a context of its own.
		const { page, errors, close } = await openPage(browser(), `/en/diagram/${walk.diagram}/?walk=${walk.id}&step=1`, { isolated: true });
		try {
			await page.getByTestId('walkthrough').waitFor();
			await page.clock.install();
			await page.getByTestId('play').click();
			await page.clock.runFor(6500);
			await expect.poll(() => stepParam(page)).toBe('2');
			await page.getByTestId('play').click();
			await page.clock.runFor(20_000);
			expect(stepParam(page)).toBe('2');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('arrows on a focused body move between bodies, not steps; Escape closes the body, then the walkthrough', async () => {
		const acmWalk = model.walkthroughs.find((w) => w.diagram === 'acm')!;
		await withPage(`/en/diagram/acm/?walk=${acmWalk.id}&step=2`, async (page) => {
			await page.getByTestId('walkthrough').waitFor();
			await page.locator('.svelte-flow__node[data-id="acg"]').focus();
			await page.keyboard.press('ArrowDown');
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('bocc');
			expect(stepParam(page)).toBe('2');
			await page.keyboard.press('Enter');
			await page.getByTestId('detail-panel').waitFor();
			await page.keyboard.press('Escape');
			await expect.poll(() => page.getByTestId('detail-panel').count()).toBe(0);
			await expect.poll(() => new URL(page.url()).searchParams.get('walk')).toBe(acmWalk.id);
			await page.keyboard.press('Escape');
			await expect.poll(() => new URL(page.url()).searchParams.has('walk')).toBe(false);
		});
	});

	test.each(LANGS)('the rail selects a stage and shows its legal names, measures and operations (%s)', async (lang) => {
		const c2 = model.stages.find((s) => s.operations.length > 0)!;
		await withPage(`/${lang}/diagram/acm/`, async (page) => {
			await page.locator(`[data-testid="stage-rail"] [data-stage="${c2.id}"]`).click();
			await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe(c2.id);
			const panel = page.getByTestId('stage-panel');
			const text = await panel.innerText();
			expect(text).toContain(c2.name[lang]);
			for (const name of c2.legalNames) expect(text).toContain(name[lang]);
			for (const m of c2.measures) expect(text).toContain(m[lang].trim());
			expect(await panel.getByTestId('operations').locator('tbody tr').count()).toBe(c2.operations.length);
			for (const b of c2.activeBodies.filter((b) => model.diagrams.find((d) => d.id === 'acm')!.nodes.some((n) => n.body === b))) {
				expect(await nodeMark(page, b)).toBe('active');
			}
		});
	});

	test('a step is drawn before the address bar is written, which then catches up; Back still works', async () => {
		const acmWalk = model.walkthroughs.find((w) => w.diagram === 'acm')!;
		await withPage(`/en/diagram/acm/?walk=${acmWalk.id}&step=2`, async (page) => {
			await page.getByTestId('walkthrough').waitFor();
			// The address bar as it was when the new step counter reached the DOM, watched from before the key.
			await page.evaluate(() => {
				(window as unknown as { seen: Promise<string> }).seen = new Promise<string>((resolve) => {
						const counter = () => document.querySelector('[data-testid="step-counter"]')?.textContent;
						const before = counter();
						new MutationObserver((_, observer) => {
							if (counter() === before) return;
							observer.disconnect();
							resolve(new URL(location.href).searchParams.get('step') ?? '');
						}).observe(document.body, { subtree: true, childList: true, characterData: true });
				});
			});
			await page.keyboard.press('ArrowRight');
			expect(await page.evaluate(() => (window as unknown as { seen: Promise<string> }).seen)).toBe('2');
			await expect.poll(() => stepParam(page)).toBe('3');
			// A body opened from there is a history entry of its own; Back closes it at the step it was on.
			await page.locator('.svelte-flow__node-body').first().click();
			await page.getByTestId('detail-panel').waitFor();
			await expect.poll(() => new URL(page.url()).searchParams.has('body')).toBe(true);
			await page.goBack();
			await expect.poll(() => page.getByTestId('detail-panel').count()).toBe(0);
			expect(stepParam(page)).toBe('3');
			expect(await page.getByTestId('step-counter').innerText()).toContain('3');
		});
	});

	test('two stages can be compared', async () => {
		const [first, second] = model.stages;
		// Chosen the later one first: the comparison still reads from the earlier stage to the later.
		await withPage(`/en/diagram/acm/?stage=${second!.id}&compare=${first!.id}`, async (page) => {
			const comparison = page.getByTestId('comparison');
			await comparison.waitFor();
			const text = await comparison.innerText();
			expect(text).toContain(`${first!.code} → ${second!.code}`);
			const onlySecond = second!.measures.filter((m) => !first!.measures.some((n) => n.ja === m.ja));
			expect(onlySecond.length).toBeGreaterThan(0);
			const added = await comparison.locator('[data-change="adds"]').innerText();
			for (const m of onlySecond) expect(added).toContain(m.en.trim());
		});
	});

	test('unknown stage and out-of-range step fall back with a notice', async () => {
		await withPage(`/en/diagram/acm/?stage=zz`, async (page) => {
			expect(await page.getByTestId('notice').innerText()).toContain('No stage “zz”');
			expect(await page.getByTestId('stage-panel').count()).toBe(0);
		});
		await withPage(`/ja/diagram/${walk.diagram}/?walk=${walk.id}&step=99`, async (page) => {
			expect(await page.getByTestId('notice').innerText()).toContain('99');
			expect(await page.getByTestId('step-counter').innerText()).toContain(String(walk.steps.length));
		});
	});

	test('the dash along the step\'s link runs for under five seconds, then rests', async () => {
		const step = walk.steps.findIndex((s) => 'relationship' in s.target);
		const target = walk.steps[step]!.target as { relationship: string };
		await withPage(`/en/diagram/${walk.diagram}/?walk=${walk.id}&step=${step + 1}`, async (page) => {
			const path = page.locator(`.svelte-flow__edge[data-id="${target.relationship}"] path.routed-edge`);
			await expect.poll(() => path.getAttribute('class')).toContain('flowing');
			// It starts in the frame after the step is drawn.
			await expect.poll(() => path.evaluate((el) => el.getAnimations().length)).toBe(1);
			const [animation] = await path.evaluate((el) => el.getAnimations().map((a) => a.effect!.getComputedTiming()));
			expect(Number(animation!.endTime)).toBeGreaterThan(0);
			expect(Number(animation!.endTime)).toBeLessThanOrEqual(5000);
		});
	});

	test('reduced motion keeps the highlight and drops the animation', async () => {
		const step = walk.steps.findIndex((s) => 'relationship' in s.target);
		const target = walk.steps[step]!.target as { relationship: string };
		await withPage(
			`/en/diagram/${walk.diagram}/?walk=${walk.id}&step=${step + 1}`,
			async (page) => {
				const path = page.locator(`.svelte-flow__edge[data-id="${target.relationship}"] path.routed-edge`);
				await expect.poll(() => path.getAttribute('class')).toContain('mark-focus');
				expect(await path.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
			},
			{ reducedMotion: true }
		);
	});
});

describe('date control and search', () => {
	test.each(model.diagrams.map((d) => d.id))('a date ghosts exactly the bodies not yet established (%s)', async (id) => {
		const diagram = model.diagrams.find((d) => d.id === id)!;
		const date = '1990';
		const bodies = diagram.nodes.map((n) => model.bodies.find((b) => b.id === n.body)!);
		await withPage(`/en/diagram/${id}/?date=${date}`, async (page) => {
			const before = await positions(page);
			for (const b of bodies) {
				expect(await nodeMark(page, b.id), b.id).toBe(existsOn(b, date) ? 'plain' : 'ghost');
			}
			expect(await positions(page)).toEqual(before);
		});
	});

	test('an invalid date is ignored with a notice', async () => {
		await withPage('/ja/diagram/bpm/?date=20XX', async (page) => {
			expect(await page.getByTestId('notice').innerText()).toContain('20XX');
			expect(await page.locator('[data-mark="ghost"]').count()).toBe(0);
		});
	});

	test.each(LANGS)('search finds a body and opens it with its neighbours highlighted (%s)', async (lang) => {
		await withPage(`/${lang}/diagram/bpm/`, async (page) => {
			await page.locator('#body-search').fill(lang === 'ja' ? '同盟調整' : 'alliance coordination g');
			const result = page.locator('[data-testid="search-result"][data-id="acg"]');
			await result.waitFor();
			await result.locator('a').first().click();
			await page.waitForURL(/\/diagram\/acm\/\?body=acg$/);
			await page.getByTestId('detail-panel').waitFor();
			expect(await nodeMark(page, 'acg')).toBe('focus');
			for (const r of model.relationships.filter((r) => r.from === 'acg' || r.to === 'acg')) {
				expect(await nodeMark(page, r.from === 'acg' ? r.to : r.from)).toBe('near');
			}
		});
	});

	test('the search index is not in the page: it is fetched once, when the reader reaches for the box', async () => {
		await visit(browser(), '/en/diagram/acm/', async (page) => {
			const asked: string[] = [];
			page.on('request', (r) => r.url().endsWith('/search-index.json') && asked.push(r.url()));
			// its normalized keys appear nowhere else
			expect(await page.evaluate(() => document.documentElement.outerHTML.includes('alliancecoordinationgroup'))).toBe(false);
			expect(asked).toHaveLength(0);
			await page.locator('#body-search').focus();
			await expect.poll(() => asked.length).toBe(1);
			await page.locator('#body-search').fill('ACG');
			await page.locator('[data-testid="search-result"][data-id="acg"]').waitFor();
			await page.locator('#body-search').fill('Joint Staff');
			await page.locator('[data-testid="search-result"]').first().waitFor();
			expect(asked).toHaveLength(1);
		}, { isolated: true });
	});

	test('a search index that cannot be fetched says so, and typing asks for it again', async () => {
		// openPage, not visit: the browser itself logs the failed request as an error
		const { page, close } = await openPage(browser(), '/ja/diagram/acm/', { isolated: true });
		try {
			await page.route('**/search-index.json', (route) => route.fulfill({ status: 503, body: '' }));
			await page.locator('#body-search').fill('ACG');
			const failed = page.getByTestId('search-failed');
			await failed.waitFor();
			expect(await failed.innerText()).toContain('HTTP 503');
			await page.unroute('**/search-index.json');
			await page.locator('#body-search').fill('ACGの');
			await page.locator('#body-search').fill('ACG');
			await page.locator('[data-testid="search-result"][data-id="acg"]').waitFor();
			expect(await failed.count()).toBe(0);
		} finally {
			await close();
		}
	});
});
