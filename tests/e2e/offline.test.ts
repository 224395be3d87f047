import { describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n/messages.ts';
import { openPage, sharedBrowser } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

describe('offline after one visit', () => {
	test('once the service worker has the site, pages never visited open with the network off, and a walkthrough steps', async () => {
		const { page, errors, close } = await openPage(browser(), '/en/', { isolated: true, serviceWorker: true });
		try {
			// ready: installed (the whole build copied) and active
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			await page.reload();
			await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
			expect(await page.getByTestId('offline').count()).toBe(0);

			await page.context().setOffline(true);
			const walk = model.walkthroughs.find((w) => w.diagram === 'acm')!;
			await page.goto(new URL(`/ja/diagram/acm/?walk=${walk.id}&step=1`, page.url()).href);
			await page.locator('.svelte-flow__node').first().waitFor();
			await page.getByTestId('offline').waitFor();
			expect(await page.getByTestId('offline').getAttribute('title')).toBe(t('ja', 'offlineNotice'));
			expect(await page.getByTestId('offline').textContent()).toBe(t('ja', 'offlineShort') + t('ja', 'offlineNotice'));
			for (let i = 2; i <= walk.steps.length; i++) {
				await page.getByTestId('next').click();
				await expect.poll(() => page.getByTestId('step-counter').innerText()).toContain(String(i));
			}
			// client-side navigation too: its data comes from the copy
			await page.getByTestId('nav-link').nth(3).click();
			await page.waitForURL(/\/ja\/sources\/$/);
			expect(await page.getByTestId('source-entry').count()).toBe(model.sources.length);

			// Back online, the next page that comes from the network clears the mark.
			await page.context().setOffline(false);
			await page.getByTestId('nav-link').nth(2).click();
			await page.waitForURL(/\/ja\/timeline\/$/);
			await expect.poll(() => page.getByTestId('offline').count()).toBe(0);
			expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
		} finally {
			await close();
		}
	});
});
