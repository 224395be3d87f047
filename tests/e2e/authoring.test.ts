import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGS, type Lang } from '../../src/lib/model/schema.ts';
import { encodeWalkthrough, shareFragment } from '../../src/lib/scenario/share.ts';
import type { Walkthrough } from '../../src/lib/model/schema.ts';
import { axe } from './axe.ts';
import { downloadOf, openPage, sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

// A passage of 3.1(1) about the ACG, as a reader would select it in the source reader.
const QUOTE = '平時から緊急事態までのあらゆる段階における、自衛隊及び米軍により実施される活動に関連した政策面及び運用面の調整を行い';
const stageA = model.stages[0]!;

/** Types into a field of the editor's step `n` (1-based). */
const stepField = (page: Page, n: number, testId: string) => page.getByTestId('editor-step').nth(n - 1).getByTestId(testId);

async function selectInReader(page: Page, text: string) {
	const found = await page.evaluate((s) => (window as unknown as { find: (s: string) => boolean }).find(s), text);
	expect(found, 'the passage is on the reader page').toBe(true);
}

/** Writes a three-step walkthrough on the ACM: cited, illustrative with a reason, cited again. */
async function author(page: Page, lang: Lang) {
	await page.getByTestId('new-walkthrough').click();
	await page.waitForURL(/\?draft=mine-\d+$/);
	const editor = page.getByTestId('walkthrough-editor');
	await editor.waitFor();
	expect(await axe(page)).toEqual([]);
	await editor.getByTestId(`walk-title-${lang}`).fill(lang === 'ja' ? '私のACM' : 'My ACM');

	// Step 1: the body selected on the canvas, with a passage cited from the source reader.
	await page.locator('.svelte-flow__node[data-id="acg"]').click();
	await editor.getByTestId('add-step-selected').click();
	await stepField(page, 1, `step-title-${lang}`).fill(lang === 'ja' ? '調整' : 'Coordination');
	await stepField(page, 1, `step-narration-${lang}`).fill(lang === 'ja' ? 'ACGが政策面を調整する。' : 'The ACG coordinates policy.');
	await stepField(page, 1, 'cite-from-sources').click();
	await page.waitForURL(/\/sources\/\?cite=mine-\d+&step=1$/);
	await page.locator('[data-testid="source-entry"] h2 a').first().click();
	await page.waitForURL(/\/sources\/dow2018\/\?cite=mine-\d+&step=1$/);
	await page.getByTestId('cite-bar').waitFor();
	await selectInReader(page, QUOTE);
	await page.getByTestId('cite-selection').click();
	expect(await page.getByTestId('cite-status').innerText()).toContain('3.1(1)');
	await page.getByTestId('back-to-walkthrough').click();
	await page.waitForURL(/\/diagram\/acm\/\?draft=mine-\d+$/);
	await expect.poll(() => stepField(page, 1, 'editor-citation').count()).toBe(1);
	expect(await stepField(page, 1, 'editor-citation').innerText()).toContain(QUOTE);

	// Step 2: a link chosen from the list, illustrative, with its reason.
	await page.getByTestId('add-step').click();
	await stepField(page, 2, 'step-target-select').selectOption('acg-bocc');
	await stepField(page, 2, `step-title-${lang}`).fill(lang === 'ja' ? '運用面へ' : 'To operations');
	await stepField(page, 2, `step-narration-${lang}`).fill(lang === 'ja' ? 'ACGからBOCCへ伝える。' : 'The ACG passes it to the BOCC.');
	await stepField(page, 2, 'step-illustrative').check();
	await stepField(page, 2, `step-reason-${lang}`).fill(lang === 'ja' ? '資料は順序を述べていない。' : 'The sources give no order.');

	// Step 3: a copy of step 1, moved to the end and retitled.
	await stepField(page, 1, 'step-duplicate').click();
	await stepField(page, 2, 'step-down').click();
	await stepField(page, 3, `step-title-${lang}`).fill(lang === 'ja' ? 'まとめ' : 'Summing up');
	// …with a second body acting in it, picked on the canvas.
	await page.locator('.svelte-flow__node[data-id="bocc"]').click();
	await stepField(page, 3, 'step-also-selected').click();
	expect(await stepField(page, 3, 'step-also').count()).toBe(1);
	await expect.poll(() => page.getByTestId('authoring-problems').count()).toBe(0);
}

const titles = (lang: Lang) => (lang === 'ja' ? ['調整', '運用面へ', 'まとめ'] : ['Coordination', 'To operations', 'Summing up']);

async function playedTitles(page: Page, steps: number): Promise<string[]> {
	const seen: string[] = [];
	for (let i = 1; i <= steps; i++) {
		await expect.poll(() => page.getByTestId('step-counter').innerText()).toContain(String(i));
		seen.push(await page.locator('[data-testid="walkthrough"] h3').first().innerText());
		if (i < steps) await page.getByTestId('next').click();
	}
	return seen;
}

describe('writing a walkthrough', () => {
	test.each(LANGS)('author, reload, share, download, check and export (%s)', async (lang: Lang) => {
		const dir = mkdtempSync(join(tmpdir(), 'renkei-walk-'));
		try {
			let link = '';
			await visit(
				browser(),
				`/${lang}/diagram/acm/`,
				async (page) => {
					await author(page, lang);
					// every control of the editor, now holding three steps, labelled and usable without a mouse
					expect(await axe(page)).toEqual([]);
					// Nothing is lost: the draft is back after a reload.
					await page.reload();
					await page.getByTestId('walkthrough-editor').waitFor();
					await expect.poll(() => page.getByTestId('editor-step').count()).toBe(3);
					expect(await stepField(page, 2, `step-reason-${lang}`).inputValue()).not.toBe('');

					await page.getByTestId('preview-walkthrough').click();
					expect(await playedTitles(page, 3)).toEqual(titles(lang));
					// the last step draws both bodies that act in it as the focus
					const mark = (id: string) => page.locator(`.svelte-flow__node[data-id="${id}"] [data-mark]`).first().getAttribute('data-mark');
					await expect.poll(() => Promise.all([mark('acg'), mark('bocc'), mark('jc')])).toEqual(['focus', 'focus', 'dim']);

					await page.getByTestId('share-walkthrough').click();
					link = await page.getByTestId('share-link').inputValue();
					expect(link).toMatch(/#walk-data=[A-Za-z0-9_-]+$/);

					const file = await downloadOf(page, 'download-walkthrough');
					expect(file.name).toMatch(/^mine-\d+\.yaml$/);
					writeFileSync(join(dir, file.name), file.bytes);
					const check = spawnSync(process.execPath, ['scripts/check-data.ts', join(dir, file.name)], { encoding: 'utf8' });
					expect(check.stderr).toBe('');
					expect(check.status).toBe(0);

					// Exported like a built-in walkthrough: a slide per step.
					const url = new URL(page.url());
					expect(url.searchParams.get('walk')).toMatch(/^mine-\d+$/);
					const { bytes } = await downloadOf(page, 'export-pptx');
					const { default: JSZip } = await import('jszip');
					const zip = await JSZip.loadAsync(bytes);
					const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
					expect(slides.length).toBe(3 + (stageA.operations.length > 0 ? 1 : 0));
				},
				{ isolated: true }
			);

			// Anyone with the link sees the same steps, in a browser that never saw the draft.
			const shared = new URL(link);
			await visit(
				browser(),
				shared.pathname + shared.search + shared.hash,
				async (page) => {
					await page.getByTestId('walkthrough').waitFor();
					expect(await playedTitles(page, 3)).toEqual(titles(lang));
					expect(await page.getByTestId('illustrative-reason').count()).toBe(0);
					await page.getByTestId('prev').click();
					await expect.poll(() => page.getByTestId('illustrative-reason').count()).toBe(1);
				},
				{ isolated: true }
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('a link cut short or altered says so and keeps the diagram', async () => {
		await visit(browser(), '/en/diagram/acm/?walk=mine-1&step=1#walk-data=AAAA%21%21broken', async (page) => {
			await expect.poll(() => page.getByTestId('notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('cut short or altered')]));
			expect(await page.locator('.svelte-flow__node').count()).toBeGreaterThan(0);
		});
	});

	const sharedWith = (change: (w: Walkthrough) => Walkthrough): Walkthrough =>
		change({
			id: 'mine-7',
			diagram: 'acm',
			stage: stageA.id,
			title: { ja: '検査', en: 'Check' },
			steps: [{ id: 'step-1', target: { body: 'acg' }, title: { ja: '一', en: 'One' }, narration: { ja: '説明', en: 'Told' }, illustrative: false, sources: [{ source: 'dow2018', ref: '3.1(1)', quote: QUOTE }] }],
			sources: [{ source: 'dow2018', ref: '3.1(1)', quote: QUOTE }]
		});

	test.each([
		['a quote its document does not have', (w: Walkthrough) => ({ ...w, steps: [{ ...w.steps[0]!, sources: [{ source: 'dow2018', ref: '3.1(1)', quote: '同盟調整メカニズムは存在しない' }] }] }), '同盟調整メカニズムは存在しない'],
		['a body that is not on the diagram', (w: Walkthrough) => ({ ...w, steps: [{ ...w.steps[0]!, target: { body: 'no-such-body' } }] }), 'no-such-body']
	] as const)('a shared walkthrough with %s is refused with a notice naming it', async (_, change, named) => {
		const payload = await encodeWalkthrough(sharedWith(change));
		await visit(browser(), `/en/diagram/acm/#${shareFragment(payload)}`, async (page) => {
			await expect.poll(() => page.getByTestId('notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(named)]));
			expect(await page.getByTestId('walkthrough').count()).toBe(0);
		});
	});

	test('a valid shared walkthrough opens in the player', async () => {
		const payload = await encodeWalkthrough(sharedWith((w) => w));
		await visit(browser(), `/ja/diagram/acm/#${shareFragment(payload)}`, async (page) => {
			await page.getByTestId('walkthrough').waitFor();
			await page.waitForURL((u) => u.searchParams.get('walk') === 'mine-7' && u.hash.startsWith('#walk-data='));
			expect(await page.locator('[data-testid="walkthrough"] h3').first().innerText()).toBe('一');
		});
	});

	test('a draft can be discarded, and is gone from the list', async () => {
		const { page, close } = await openPage(browser(), '/ja/diagram/acm/', { isolated: true });
		try {
			await page.locator('.svelte-flow__node').first().waitFor();
			await page.getByTestId('new-walkthrough').click();
			await page.getByTestId('walkthrough-editor').waitFor();
			await page.getByTestId('walk-title-ja').fill('捨てる下書き');
			await page.getByTestId('discard-draft').click();
			await page.waitForURL((u) => !u.searchParams.has('draft'));
			expect(await page.getByTestId('draft-entry').count()).toBe(0);
			expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('renkei.draft.')))).toEqual([]);
		} finally {
			await close();
		}
	});
});
