// The Guidelines diagram (図表Ⅱ-4-2-2) by stage, its walkthrough from peacetime to contingency, the
// every-stage note of the mechanism diagrams, and two dates compared, against what the data says.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n/messages.ts';
import { LANGS, type Lang } from '../../src/lib/model/schema.ts';
import { compareAtCommonPrecision, dateBefore } from '../../src/lib/model/time.ts';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();
const diagram = model.diagrams.find((d) => d.id === 'guidelines')!;
const shown = new Set(diagram.nodes.map((n) => n.body));
const stages = model.stages;
const walk = model.walkthroughs.find((w) => w.id === 'guidelines-stages')!;

/** Body ids by the mark the page draws them with. */
const marked = (page: Page, mark: string) =>
	page.evaluate(
		(m) => [...document.querySelectorAll(`.svelte-flow__node [data-testid="body-card"][data-mark="${m}"]`)].map((el) => el.closest<HTMLElement>('.svelte-flow__node')!.dataset.id!).sort(),
		mark
	);
const railStage = (page: Page) => page.locator('[data-testid="stage-rail"] [aria-pressed="true"]').getAttribute('data-stage');
const onDiagram = (ids: readonly string[]) => ids.filter((id) => shown.has(id)).sort();

describe('the Guidelines diagram by stage', () => {
	test.each(LANGS)('every stage marks its own bodies as new and what it continues as continued, each differing from the one before (%s)', async (lang: Lang) => {
		await visit(browser(), `/${lang}/diagram/guidelines/`, async (page) => {
			let before: string | null = null;
			for (const stage of stages) {
				await page.locator(`[data-testid="stage-rail"] [data-stage="${stage.id}"]`).click();
				await expect.poll(() => railStage(page)).toBe(stage.id);
				await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe(stage.id);
				const fresh = onDiagram(stage.activeBodies);
				const continued = onDiagram(stage.continuedBodies);
				await expect.poll(() => marked(page, 'active')).toEqual(fresh);
				expect(await marked(page, 'continued')).toEqual(continued);
				expect(fresh.length).toBeGreaterThan(0);
				// The side panel and the text version say the same.
				const panelNew = await page.getByTestId('stage-new').locator('li').count();
				expect(panelNew).toBe(fresh.filter((id) => !continued.includes(id)).length);
				if (continued.length > 0) {
					expect(await page.getByTestId('stage-continued').locator('li').count()).toBe(continued.length);
					expect(await page.getByTestId('text-stage-continued').textContent()).toContain(t(lang, 'continuedHeading'));
				}
				const picture = JSON.stringify([fresh, continued]);
				expect(picture, `${stage.id} looks like the stage before it`).not.toBe(before);
				before = picture;
			}
		});
	});

	test.each(LANGS)('comparing A with B lists what B adds, keeps as continued and drops (%s)', async (lang: Lang) => {
		const [a, b] = [stages.find((s) => s.id === 'a')!, stages.find((s) => s.id === 'b')!];
		await visit(browser(), `/${lang}/diagram/guidelines/?stage=b&compare=a`, async (page) => {
			const list = (change: string) =>
				page.evaluate((c) => [...document.querySelectorAll(`[data-testid="comparison"] [data-change="${c}"] li[data-id]`)].map((li) => li.getAttribute('data-id')!).sort(), change);
			const inA = [...a.activeBodies, ...a.continuedBodies, ...a.activeRelationships].filter((id) => shown.has(id) || model.relationships.some((r) => r.id === id && shown.has(r.from) && shown.has(r.to)));
			const inB = [...b.activeBodies, ...b.continuedBodies, ...b.activeRelationships].filter((id) => inA.includes(id) || shown.has(id) || model.relationships.some((r) => r.id === id && shown.has(r.from) && shown.has(r.to)));
			await expect.poll(() => list('adds')).toEqual(inB.filter((id) => !inA.includes(id)).sort());
			expect(await list('keeps')).toEqual(inB.filter((id) => inA.includes(id)).sort());
			expect(await list('drops')).toEqual(inA.filter((id) => !inB.includes(id)).sort());
			// A's measures are kept because B continues them, and the list says so.
			for (const id of b.continuedBodies) {
				expect(await page.locator(`[data-testid="comparison"] [data-change="keeps"] li[data-id="${id}"]`).textContent()).toContain(t(lang, 'changeContinued'));
			}
		});
	});

	test.each(LANGS)('the walkthrough goes from peacetime to contingency, and the rail follows its steps (%s)', async (lang: Lang) => {
		const visited = walk.steps.map((s) => s.stage ?? walk.stage);
		expect(visited.filter((s, i) => s !== visited[i - 1])).toEqual(['a', 'b', 'c1', 'c2', 'd', 'e']);
		await visit(browser(), `/${lang}/diagram/guidelines/?walk=${walk.id}&step=1`, async (page) => {
			for (const [i, step] of walk.steps.entries()) {
				await expect.poll(() => page.getByTestId('step-counter').innerText()).toContain(String(i + 1));
				await expect.poll(() => railStage(page)).toBe(step.stage ?? walk.stage);
				// The link opened names no stage; every step after it writes its own.
				if (i > 0) await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe(step.stage ?? walk.stage);
				if (i < walk.steps.length - 1) await page.getByTestId('next').click();
			}
		});
	});
});

describe('the mechanisms that serve every stage', () => {
	for (const id of ['acm', 'bpm', 'consultation']) {
		test.each(LANGS)(`on ${id}, a stage shows the cited note and links to the Guidelines diagram at that stage (%s)`, async (lang: Lang) => {
			const everyStage = model.diagrams.find((d) => d.id === id)!.everyStage!;
			await visit(browser(), `/${lang}/diagram/${id}/?stage=c2`, async (page) => {
				const note = page.getByTestId('every-stage');
				expect(await note.textContent()).toContain(everyStage.note[lang]);
				expect(await note.locator('.citation, [data-testid="citation"]').count()).toBeGreaterThan(0);
				await note.locator('a[href*="/diagram/guidelines/"]').click();
				await page.waitForURL((url) => url.pathname === `/${lang}/diagram/guidelines/` && url.searchParams.get('stage') === 'c2');
				await expect.poll(() => railStage(page)).toBe('c2');
			});
		});
	}
});

describe('two dates compared', () => {
	const consultation = model.diagrams.find((d) => d.id === 'consultation')!;
	const onMap = new Set(consultation.nodes.map((n) => n.body));
	const between = (date: string | undefined) => !!date && compareAtCommonPrecision(date, '2012-12-31') > 0 && compareAtCommonPrecision(date, '2015-04-27') <= 0;

	test.each(LANGS)('the consultation map from the end of 2012 to the 2015 Guidelines lists and outlines what was set up, citing the events (%s)', async (lang: Lang) => {
		const added = model.bodies.filter((b) => onMap.has(b.id) && between(b.established)).map((b) => b.id).sort();
		const events = model.events.filter((e) => between(e.date) && e.bodies.some((b) => onMap.has(b)));
		expect(added.length).toBeGreaterThan(0);
		await visit(browser(), `/${lang}/diagram/consultation/?date=2015-04-27&compare-date=2012-12-31`, async (page) => {
			const changes = page.getByTestId('date-changes');
			const ids = () => changes.locator('[data-change="added"] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')!).sort());
			await expect.poll(ids).toEqual(added);
			expect(await changes.locator('[data-change="events"] li').count()).toBe(events.length);
			await expect.poll(() => marked(page, 'active')).toEqual(expect.arrayContaining(added));
			// Each added body that an event concerns cites it.
			for (const id of added) {
				const about = events.filter((e) => e.bodies.includes(id));
				if (about.length > 0) expect(await changes.locator(`[data-change="added"] > li[data-id="${id}"]`).textContent()).toContain(about[0]!.title[lang]);
			}
		});
	});

	test('a malformed date to compare with is named in a notice, and the diagram stays', async () => {
		await visit(browser(), `/en/diagram/acm/?date=2020&compare-date=20x0`, async (page) => {
			await expect.poll(() => page.locator('[aria-live="polite"]').first().textContent()).toContain('20x0');
			expect(await page.getByTestId('date-changes').count()).toBe(0);
		});
	});

	test.each(LANGS)('the timeline links each event to its diagrams then, compared with just before (%s)', async (lang: Lang) => {
		await visit(
			browser(),
			`/${lang}/timeline/`,
			async (page) => {
				const links = await page.getByTestId('event-structure').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
				expect(links.length).toBeGreaterThan(0);
				for (const link of links) {
					const url = new URL(link, 'http://x');
					const date = url.searchParams.get('date')!;
					expect(url.searchParams.get('compare-date')).toBe(dateBefore(date));
				}
			},
			{ ready: '[data-testid="event"]' }
		);
	});
});
