import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n/messages.ts';
import { LANGS, type Body, type Lang } from '../../src/lib/model/schema.ts';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';
import { participantText, rawBody } from './raw-data.ts';

const browser = sharedBrowser();

/** Each participant of a body as the row must print it, from the YAML. */
const participants = (body: Body, lang: Lang) => (rawBody(body.id).participants ?? []).map((p) => participantText(p, lang));
const listed = model.bodies.filter((b) => b.kind !== 'tier');
const ids = (bodies: Body[]) => bodies.map((b) => b.id);
// 図表Ⅱ-4-2-6 as data/consultation.yaml records it, cell by cell.
const FIGURE = model.tables.find((t) => t.id === 'fig-2-4-2-6')!;

const withPage = (path: string, run: (page: Page) => Promise<void>, ready = '[data-testid="catalogue-views"]') =>
	visit(browser(), path, run, { ready });

const shownRows = (page: Page) =>
	page.locator('[data-testid="catalogue-table"] tbody tr[data-body]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-body')));

const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

/** Diagram pages a body's row links to: every diagram with a box for it, and any that depicts it as a mechanism. */
function expectedLinks(body: Body, lang: Lang): string[] {
	return model.diagrams.flatMap((d) =>
		d.nodes.some((n) => n.body === body.id)
			? [`/${lang}/diagram/${d.id}/?body=${body.id}`]
			: d.mechanism === body.id
				? [`/${lang}/diagram/${d.id}/`]
				: []
	);
}

describe('catalogue', () => {
	test.each(LANGS)('lists every body but the tiers, with its participants and links to each diagram (%s)', async (lang) => {
		await withPage(`/${lang}/catalogue/`, async (page) => {
			expect(await page.title()).toContain(t(lang, 'catalogueTitle'));
			expect((await shownRows(page)).sort()).toEqual(ids(listed).sort());
			expect(await page.getByTestId('row-count').innerText()).toBe(
				t(lang, 'rowCount', { n: String(listed.length), total: String(listed.length) })
			);
			for (const body of listed) {
				const row = page.locator(`tr[data-body="${body.id}"]`);
				const text = await row.innerText();
				expect(text).toContain(body.name.ja);
				expect(text).toContain(body.name.en);
				if (body.abbr) expect(text).toContain(body.abbr);
				if (body.level) expect(text).toContain(body.level[lang]);
				if (body.basis) expect(text).toContain(body.basis[lang]);
				for (const p of participants(body, lang)) expect(text, body.id).toContain(p);
				const links = await row.getByTestId('body-in-diagram').evaluateAll((as) =>
					as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search)
				);
				expect(links, body.id).toEqual(expectedLinks(body, lang));
			}
		});
	});

	test('sorting by established orders partial dates, undated last, and flips on a second click', async () => {
		const dated = listed.filter((b) => b.established);
		const undated = ids(listed.filter((b) => !b.established));
		// YYYY, YYYY-MM and YYYY-MM-DD compare as strings at common precision, the less precise first.
		const ascending = ids([...dated].sort((a, b) => (a.established! < b.established! ? -1 : a.established! > b.established! ? 1 : 0)));
		expect(ascending.length).toBeGreaterThan(2);
		await withPage('/en/catalogue/', async (page) => {
			const header = page.locator('th:has([data-sort="established"])');
			expect(await header.getAttribute('aria-sort')).toBe('none');
			expect(await page.locator('th:has([data-sort="name"])').getAttribute('aria-sort')).toBe('ascending');

			await page.locator('[data-sort="established"]').click();
			await expect.poll(() => query(page)).toEqual({ sort: 'established' });
			expect(await shownRows(page)).toEqual([...ascending, ...undated]);
			expect(await header.getAttribute('aria-sort')).toBe('ascending');

			await page.locator('[data-sort="established"]').click();
			await expect.poll(() => query(page)).toEqual({ sort: 'established', dir: 'desc' });
			const descending = await shownRows(page);
			expect(descending.slice(0, dated.length)).toEqual(
				ids([...dated].sort((a, b) => (a.established! < b.established! ? 1 : a.established! > b.established! ? -1 : 0)))
			);
			expect(descending.slice(dated.length)).toEqual(undated);
			expect(await header.getAttribute('aria-sort')).toBe('descending');
			// The sort button keeps focus: the table re-orders under it without moving the reader.
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sort'))).toBe('established');
		});
	});

	test('filters narrow the rows, live in the URL and come back from a link', async () => {
		const named = (q: string) => ids(listed.filter((b) => [b.name.ja, b.name.en, b.abbr ?? ''].some((n) => n.toLowerCase().includes(q))));
		const inAcm = ids(listed.filter((b) => b.memberOf.includes('acm')));
		// A participant matches by what the card prints or by its organization's names (外務大臣 is of 外務省).
		const mofaOrgs = model.organizations.filter((o) => [o.name.ja, o.abbr?.ja].some((n) => n?.includes('外務省'))).map((o) => o.id);
		const withMofa = ids(
			listed.filter(
				(b) =>
					b.participants.some((p) => mofaOrgs.includes(p.org)) ||
					LANGS.some((lang) => participants(b, lang).some((p) => p.includes('外務省')))
			)
		);
		expect(named('scc')).toEqual(['scc']);
		await withPage('/ja/catalogue/', async (page) => {
			await page.getByRole('searchbox', { name: t('ja', 'filterName') }).fill('scc');
			await expect.poll(() => shownRows(page)).toEqual(['scc']);
			expect(query(page)).toEqual({ q: 'scc' });
			expect(await page.getByTestId('row-count').innerText()).toBe(t('ja', 'rowCount', { n: '1', total: String(listed.length) }));

			await page.getByRole('searchbox', { name: t('ja', 'filterName') }).fill('');
			await page.getByRole('combobox', { name: t('ja', 'filterMechanism') }).selectOption('acm');
			await expect.poll(async () => (await shownRows(page)).sort()).toEqual([...inAcm].sort());
			expect(query(page)).toEqual({ mechanism: 'acm' });

			await page.getByRole('combobox', { name: t('ja', 'filterMechanism') }).selectOption('');
			await page.getByRole('searchbox', { name: t('ja', 'filterParticipant') }).fill('外務省');
			await expect.poll(async () => (await shownRows(page)).sort()).toEqual([...withMofa].sort());

			await page.getByRole('searchbox', { name: t('ja', 'filterParticipant') }).fill('no such participant');
			await expect.poll(() => shownRows(page)).toEqual([]);
			expect(await page.locator('[data-testid="catalogue-table"] tbody').innerText()).toContain(t('ja', 'noMatchingBodies'));
			await page.getByRole('button', { name: t('ja', 'clearFilters') }).click();
			await expect.poll(async () => (await shownRows(page)).length).toBe(listed.length);
			expect(query(page)).toEqual({});
		});
		await withPage('/en/catalogue/?mechanism=acm&sort=established&dir=desc', async (page) => {
			await expect.poll(async () => (await shownRows(page)).sort()).toEqual([...inAcm].sort());
			expect(await page.getByRole('combobox', { name: t('en', 'filterMechanism') }).inputValue()).toBe('acm');
			expect(await page.locator('th:has([data-sort="established"])').getAttribute('aria-sort')).toBe('descending');
		});
	});

	test('invalid parameters fall back to the default view', async () => {
		await withPage('/en/catalogue/?sort=colour&dir=up&mechanism=nope&view=x&side=both', async (page) => {
			expect((await shownRows(page)).length).toBe(listed.length);
			expect(await page.locator('th:has([data-sort="name"])').getAttribute('aria-sort')).toBe('ascending');
			expect(await page.getByRole('combobox', { name: t('en', 'filterMechanism') }).inputValue()).toBe('');
		});
	});

	test.each(LANGS)('the 図表Ⅱ-4-2-6 view prints the figure’s rows, cells, notes and citation (%s)', async (lang) => {
		expect(FIGURE.rows.map((r) => r.body)).toEqual(['scc', 'ssc', 'sdc', 'jc']);
		const [forum, ...columns] = FIGURE.columns;
		await withPage(`/${lang}/catalogue/`, async (page) => {
			// The segmented control's radios are visually hidden inside their labels, which take the click.
			await page.getByTestId('catalogue-views').getByText(t(lang, 'viewFigure')).click();
			expect(await page.getByRole('radio', { name: t(lang, 'viewFigure') }).isChecked()).toBe(true);
			await expect.poll(() => query(page)).toEqual({ view: 'fig-2-4-2-6' });
			const figure = page.getByTestId('figure-table');
			await figure.waitFor();
			expect(await figure.locator('caption').innerText()).toBe(`図表Ⅱ-4-2-6　${FIGURE.title[lang]}`);
			expect(await figure.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-body')))).toEqual(
				FIGURE.rows.map((r) => r.body)
			);
			// The figure's header: 出席対象者 / Attendees spans the Japanese and the U.S. columns.
			const group = columns.find((c) => c.group)!.group!;
			expect(await figure.locator('thead th').allInnerTexts()).toEqual([
				forum!.label[lang],
				group[lang],
				...columns.filter((c) => !c.group).map((c) => c.label[lang]),
				...columns.filter((c) => c.group).map((c) => c.label[lang])
			]);
			expect(await figure.locator(`thead th[scope="colgroup"]`).getAttribute('colspan')).toBe('2');
			for (const row of FIGURE.rows) {
				const body = model.bodies.find((b) => b.id === row.body)!;
				const tr = figure.locator(`tr[data-body="${row.body}"]`);
				const header = await tr.locator('th').innerText();
				expect(header).toContain(body.name.ja);
				expect(header).toContain(body.name.en);
				expect(header).toContain(body.abbr!);
				for (const mark of row.cells[forum!.id] ?? []) expect(header).toContain(mark[lang]);
				const cells = await tr.locator('td').evaluateAll((tds) => tds.map((td) => [...td.querySelectorAll('p')].map((p) => p.textContent)));
				expect(cells, row.body).toEqual(columns.map((c) => (row.cells[c.id] ?? []).map((p) => p[lang])));
				const diagram = model.diagrams.find((d) => d.nodes.some((n) => n.body === row.body))!;
				const href = new URL((await tr.locator('th a').getAttribute('href'))!, page.url());
				expect(href.pathname + href.search).toBe(`/${lang}/diagram/${diagram.id}/?body=${row.body}`);
			}
			expect(await figure.getByTestId('figure-notes').locator('li').allInnerTexts()).toEqual(FIGURE.notes.map((n) => n[lang]));
			const citation = await figure.getByTestId('citation').innerText();
			expect(citation).toContain('図表Ⅱ-4-2-6');
			expect(citation).toContain(model.sources.find((s) => s.id === 'dow2018')!.title[lang]);
			expect(citation).not.toMatch(/\.txt|seed/i);
			expect(await figure.getByTestId('citation-link').first().getAttribute('href')).toMatch(/\/sources\/dow2018\/#[qs]-[0-9a-z]+$/);
			expect(await page.getByTestId('catalogue-table').count()).toBe(0);
		});
	});

	test('the figure keeps the source’s wording where the bodies’ own fields differ', async () => {
		await withPage('/ja/catalogue/?view=fig-2-4-2-6', async (page) => {
			const figure = page.getByTestId('figure-table');
			await figure.waitFor();
			const row = (id: string) => figure.locator(`tr[data-body="${id}"]`).innerText();
			expect(await row('scc')).toContain('日米両政府間の理解の促進に役立ち');
			expect(await row('ssc')).toContain('参加者は一定していない（注2）');
			expect(await row('sdc')).not.toContain('BPMの全構成要素間の調整');
			expect(await row('jc')).toContain('防衛省地方協力局長');
			expect(await row('jc')).toContain('在日米大使館公使');
		}, '[data-testid="figure-table"]');
	});

	test('a row link opens the diagram with the body’s panel', async () => {
		const scc = model.bodies.find((b) => b.id === 'scc')!;
		const first = model.diagrams.find((d) => d.nodes.some((n) => n.body === 'scc'))!;
		await withPage('/en/catalogue/', async (page) => {
			await page.locator('tr[data-body="scc"]').getByTestId('body-in-diagram').first().click();
			await page.waitForURL(new RegExp(`/en/diagram/${first.id}/\\?body=scc$`));
			const panel = page.getByTestId('detail-panel');
			await panel.waitFor();
			expect(await panel.innerText()).toContain(scc.name.en);
		});
	});
});

describe('header navigation', () => {
	const sections = [
		{ path: '', label: 'navDiagrams' },
		{ path: 'catalogue/', label: 'catalogue' },
		{ path: 'timeline/', label: 'timeline' },
		{ path: 'sources/', label: 'sourcesNav' },
		{ path: 'preview/', label: 'previewNav' }
	] as const;

	test.each(LANGS)('links to the diagrams, the catalogue, the timeline, the sources and the data check, and marks the current page (%s)', async (lang) => {
		for (const current of sections) {
			await withPage(
				`/${lang}/${current.path}`,
				async (page) => {
					const nav = page.getByRole('navigation', { name: t(lang, 'mainNav') });
					const links = nav.getByRole('link');
					expect(await links.allInnerTexts()).toEqual(sections.map((s) => t(lang, s.label)));
					for (const s of sections) {
						const link = nav.getByRole('link', { name: t(lang, s.label) });
						expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toMatch(new RegExp(`^/${lang}/${s.path}?$`));
						expect(await link.getAttribute('aria-current'), `${current.path} → ${s.path}`).toBe(s === current ? 'page' : null);
					}
				},
				'[data-testid="nav-link"]'
			);
		}
	});

	test.each(LANGS)('the home page introduces the catalogue and the timeline (%s)', async (lang) => {
		await withPage(
			`/${lang}/`,
			async (page) => {
				for (const [id, title, path] of [
					['catalogue-link', 'catalogueTitle', 'catalogue'],
					['timeline-link', 'timelineTitle', 'timeline']
				] as const) {
					const card = page.getByTestId(id);
					expect(await card.innerText()).toContain(t(lang, title));
					expect(new URL((await card.getAttribute('href'))!, page.url()).pathname).toBe(`/${lang}/${path}/`);
				}
			},
			'[data-testid="catalogue-link"]'
		);
	});

	test('a diagram page marks the diagrams section, and the links navigate', async () => {
		await withPage(
			'/en/diagram/acm/',
			async (page) => {
				const nav = page.getByRole('navigation', { name: t('en', 'mainNav') });
				expect(await nav.getByRole('link', { name: t('en', 'navDiagrams') }).getAttribute('aria-current')).toBe('true');
				await nav.getByRole('link', { name: t('en', 'timeline') }).click();
				await page.waitForURL(/\/en\/timeline\/$/);
				await page.getByTestId('event').first().waitFor();
				await nav.getByRole('link', { name: t('en', 'catalogue') }).click();
				await page.waitForURL(/\/en\/catalogue\/$/);
				expect(await nav.getByRole('link', { name: t('en', 'catalogue') }).getAttribute('aria-current')).toBe('page');
			},
			'.svelte-flow__node'
		);
	});
});
