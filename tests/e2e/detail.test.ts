import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { bodyCard } from '../../src/lib/layout/card.ts';
import type { Lang } from '../../src/lib/model/schema.ts';
import { downloadOf, openPage, sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();
const orgs = new Map(model.organizations.map((o) => [o.id, o]));
const bodyOf = (id: string) => model.bodies.find((b) => b.id === id)!;
// What a card draws for the participants: in full their columns, in compact one summary per side.
const PARTICIPANT_PARTS = '.text.header, .text.item, .text.summary';
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The canvas once it shows the layout of `detail`, fetched or prerendered. */
const shownAt = (page: Page, detail: string) => page.locator(`[data-testid="diagram"][data-detail="${detail}"]`).waitFor();

interface CardText {
	id: string;
	title: string;
	participants: number;
	roles: number[];
}

/** Each body's drawn name, how many participant texts it shows and the line count of each role text. */
const cards = (page: Page): Promise<CardText[]> =>
	page.$$eval(
		'.svelte-flow__node-body',
		(nodes, parts) =>
			nodes.map((node) => ({
				id: (node as HTMLElement).dataset.id!,
				title: [...node.querySelectorAll('.text.title .line')].map((l) => l.textContent).join(''),
				participants: node.querySelectorAll(parts).length,
				roles: [...node.querySelectorAll('.text.role')].map((r) => r.querySelectorAll('.line').length)
			})),
		PARTICIPANT_PARTS
	);

function expectNamesOnly(shown: CardText[], lang: Lang) {
	expect(shown.length).toBeGreaterThan(0);
	for (const card of shown) {
		const body = bodyOf(card.id);
		expect(squeeze(card.title), card.id).toBe(squeeze(bodyCard(body, lang, orgs).title));
		expect(card.participants, card.id).toBe(0);
		expect(card.roles, card.id).toEqual([]);
	}
}

const positions = (page: Page) =>
	page.$$eval('.svelte-flow__node', (nodes) => Object.fromEntries(nodes.map((n) => [(n as HTMLElement).dataset.id!, (n as HTMLElement).style.transform])));

async function exportedSvg(page: Page): Promise<string> {
	return (await downloadOf(page, 'export-svg')).bytes.toString('utf8');
}

describe('card detail', () => {
	test('?detail=title shows every body by name alone, where the default page shows participants', async () => {
		await visit(browser(), '/en/diagram/acm/', async (page) => {
			await shownAt(page, 'full');
			expect((await cards(page)).some((c) => c.participants > 0)).toBe(true);
		});
		await visit(browser(), '/en/diagram/acm/?detail=title', async (page) => {
			await shownAt(page, 'title');
			expectNamesOnly(await cards(page), 'en');
		});
	});

	test('a click on a name alone still opens the body’s full panel', async () => {
		await visit(browser(), '/en/diagram/acm/?detail=title', async (page) => {
			await shownAt(page, 'title');
			const id = (await cards(page)).map((c) => c.id).find((b) => bodyOf(b).participants.length > 0)!;
			await page.locator(`.svelte-flow__node-body[data-id="${id}"]`).click();
			const panel = page.getByTestId('detail-panel');
			await expect.poll(() => panel.getByRole('heading', { name: 'Participants' }).count()).toBe(1);
			await expect.poll(() => new URL(page.url()).searchParams.get('detail')).toBe('title');
			await shownAt(page, 'title');
		});
	});

	test('the embed shows names alone by default', async () => {
		await visit(browser(), '/ja/embed/bpm/', async (page) => {
			await shownAt(page, 'title');
			expectNamesOnly(await cards(page), 'ja');
		});
	});

	test('?detail=compact shows one line of role and a summary of participants', async () => {
		await visit(browser(), '/en/diagram/acm/?detail=compact', async (page) => {
			await shownAt(page, 'compact');
			const shown = await cards(page);
			const withRoles = shown.filter((c) => bodyOf(c.id).role.length > 0);
			expect(withRoles.length).toBeGreaterThan(0);
			for (const card of withRoles) expect(card.roles, card.id).toEqual([1]);
			expect(await page.locator('.svelte-flow__node-body .text.item').count()).toBe(0);
		});
	});

	test('stepping a walkthrough at title keeps every position', async () => {
		const walk = model.walkthroughs.find((w) => w.diagram === 'acm')!;
		expect(walk.steps.length).toBeGreaterThan(1);
		await visit(browser(), `/en/diagram/acm/?detail=title&walk=${walk.id}&step=1`, async (page) => {
			await shownAt(page, 'title');
			const before = await positions(page);
			for (let step = 2; step <= walk.steps.length; step++) {
				await page.getByTestId('next').click();
				await page.waitForURL((url) => url.searchParams.get('step') === String(step));
				expect(await positions(page), `step ${step}`).toEqual(before);
			}
			expectNamesOnly(await cards(page), 'en');
		});
	});

	test.each([
		['/en/diagram/acm/?detail=x', 'detail', 'full, compact, title'],
		['/ja/embed/bpm/?detail=x', 'detail', 'full、compact、title']
	])('an unknown level is reported, naming the parameter and its values (%s)', async (path, param, allowed) => {
		await visit(browser(), path, async (page) => {
			const notice = page.getByTestId('notice');
			await expect.poll(() => notice.textContent()).toContain(param);
			expect(await notice.textContent()).toContain(allowed);
		});
	});

	test('the select writes ?detail= and the SVG of a title view has no participants', async () => {
		await visit(browser(), '/en/diagram/acm/', async (page) => {
			expect(await exportedSvg(page)).toMatch(/data-part="item"/);
			await page.getByLabel('Card detail').selectOption('title');
			await shownAt(page, 'title');
			await expect.poll(() => new URL(page.url()).searchParams.get('detail')).toBe('title');
			const svg = await exportedSvg(page);
			expect(svg).toMatch(/data-part="title"/);
			expect(svg).not.toMatch(/data-part="(item|header|summary|role)"/);
			const names = model.diagrams.find((d) => d.id === 'acm')!.nodes.flatMap((n) => bodyCard(bodyOf(n.body), 'en', orgs).columns.flatMap((c) => c.items.map((i) => i.text)));
			expect(names.length).toBeGreaterThan(0);
			for (const name of names) expect(svg).not.toContain(`>${name}<`);
		});
	});

	test('a level that cannot be loaded leaves the diagram on screen and says so', async () => {
		const { page, close } = await openPage(browser(), '/ja/diagram/acm/', { fresh: true });
		try {
			await page.route('**/layout/compact.json', (route) => route.fulfill({ status: 404 }));
			await page.getByLabel('カードの表示').selectOption('compact');
			await expect.poll(() => page.getByTestId('notice').allTextContents()).toContainEqual(expect.stringContaining('簡略'));
			expect(await page.locator('.svelte-flow__node-body').count()).toBeGreaterThan(0);
			await shownAt(page, 'full');
		} finally {
			await close();
		}
	});
});
