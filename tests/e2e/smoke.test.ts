import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, openPage } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
});

test('home page has a title and no console errors', async () => {
	const { page, errors } = await openPage(browser, '/');
	try {
		expect((await page.title()).trim()).not.toBe('');
		expect(errors).toEqual([]);
	} finally {
		await page.context().close();
	}
});
