// The offline file (README: Offline file): exported by the CLI and by the export menu, then opened from
// disk in a browser context where every request but the file itself is aborted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n/messages.ts';
import { encodeWalkthrough, shareFragment } from '../../src/lib/scenario/share.ts';
import { stageAt } from '../../src/lib/scenario/state.ts';
import { targetId } from '../../src/lib/scenario/targets.ts';
import { authoredAcm } from '../fixtures/authored.ts';
import { downloadOf, HYDRATED, visit, sharedBrowser } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();
const dir = mkdtempSync(join(tmpdir(), 'renkei-offline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens `file` with the network cut off; returns the page, what it asked for and what went wrong. */
async function openOffline(b: Browser, file: string, hash = '') {
	const context = await b.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
	const requests: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		requests.push(url);
		return url.startsWith('file:') ? route.continue() : route.abort();
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('dialog', (d) => (errors.push(`dialog: ${d.message()}`), d.dismiss()));
	const url = pathToFileURL(file).href;
	await page.goto(url + hash);
	await page.locator(HYDRATED).waitFor({ state: 'attached' });
	await page.locator('.svelte-flow__node').first().waitFor();
	return { page, requests, errors, url, close: () => context.close() };
}

const counter = (page: Page) => page.getByTestId('step-counter').innerText();

describe('offline file', () => {
	test('from the CLI: opens from disk without a network, steps through a walkthrough by keyboard, switches language, opens a body', async () => {
		const file = join(dir, 'acm.html');
		const run = spawnSync(process.execPath, ['scripts/export.ts', '--diagram', 'acm', '--format', 'html', '--out', file], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const walk = model.walkthroughs.find((w) => w.diagram === 'acm')!;
		const total = walk.steps.length;
		const { page, requests, errors, url, close } = await openOffline(browser(), file);
		try {
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
			await page.getByTestId('text-alternative').waitFor();
			// Started from the keyboard; focus lands on the player, and the arrows step.
			await page.locator(`button[data-walkthrough="${walk.id}"]`).focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => counter(page)).toBe(t('ja', 'stepOf', { n: '1', total: String(total) }));
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('play');
			for (let n = 2; n <= total; n++) {
				await page.keyboard.press('ArrowRight');
				await expect.poll(() => counter(page)).toBe(t('ja', 'stepOf', { n: String(n), total: String(total) }));
				await expect.poll(() => page.getByTestId('step-target').getAttribute('data-target')).toBe(targetId(walk.steps[n - 1]!.target));
			}
			await page.keyboard.press('ArrowLeft');
			await expect.poll(() => counter(page)).toBe(t('ja', 'stepOf', { n: String(total - 1), total: String(total) }));
			// The view is in the fragment, with the site's parameter names.
			expect(new URL(page.url()).hash).toBe(`#lang=ja&stage=${encodeURIComponent(stageAt(walk, total - 2))}&walk=${walk.id}&step=${total - 1}`);

			await page.getByTestId('lang-switch').click();
			await expect.poll(() => counter(page)).toBe(t('en', 'stepOf', { n: String(total - 1), total: String(total) }));
			expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', `${model.diagrams.find((d) => d.id === 'acm')!.title.en} — Renkei`]);
			expect(await page.getByTestId('walkthrough').getAttribute('aria-label')).toBe(walk.title.en);

			// A body's panel, with its citations as text: the source reader is not in the file.
			await page.keyboard.press('Escape');
			await page.getByTestId('walkthrough').waitFor({ state: 'detached' });
			await page.locator('.svelte-flow__node-body[data-id="acg"]').click();
			await page.getByTestId('detail-panel').waitFor();
			expect(await page.getByTestId('detail-panel').getByTestId('citation').count()).toBeGreaterThan(0);
			expect(await page.locator('a[href]').count()).toBe(0);
			await page.keyboard.press('Escape');
			await page.getByTestId('detail-panel').waitFor({ state: 'detached' });
			expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('acg');

			// Back retraces the reader's moves (panel closed, opened, walkthrough ended) to the walkthrough in English.
			for (let i = 0; i < 3; i++) await page.goBack();
			await expect.poll(() => counter(page)).toBe(t('en', 'stepOf', { n: String(total - 1), total: String(total) }));

			expect(requests.filter((r) => r !== url && !r.startsWith(`${url}#`))).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('from the export menu: carries the walkthrough being viewed, one the reader opened from a link', async () => {
		const mine = authoredAcm();
		const payload = await encodeWalkthrough(mine);
		let bytes: Buffer | undefined;
		await visit(browser(), `/en/diagram/acm/?walk=${mine.id}&step=2#${shareFragment(payload)}`, async (page) => {
			await page.getByTestId('walkthrough').waitFor();
			const download = await downloadOf(page, 'export-html');
			expect(download.name).toBe('renkei-acm-en-a-step2.html');
			bytes = download.bytes;
		});
		const file = join(dir, 'mine.html');
		writeFileSync(file, bytes!);
		const { page, requests, errors, url, close } = await openOffline(browser(), file);
		try {
			await expect.poll(() => counter(page)).toBe(t('en', 'stepOf', { n: '2', total: String(mine.steps.length) }));
			expect(await page.getByTestId('narration').innerText()).toBe(mine.steps[1]!.narration.en);
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => counter(page)).toBe(t('en', 'stepOf', { n: '3', total: String(mine.steps.length) }));
			await page.getByTestId('lang-switch').click();
			await expect.poll(() => counter(page)).toBe(t('ja', 'stepOf', { n: '3', total: String(mine.steps.length) }));
			expect(await page.getByTestId('narration').innerText()).toBe(mine.steps[2]!.narration.ja);
			expect(requests.filter((r) => r !== url && !r.startsWith(`${url}#`))).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});
