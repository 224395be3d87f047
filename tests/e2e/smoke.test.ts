import { expect, test } from 'vitest';
import { sharedBrowser, visit } from './browser.ts';

const browser = sharedBrowser();

test('home page has a title and no console errors', async () => {
	await visit(browser(), '/', async (page) => expect((await page.title()).trim()).not.toBe(''), { ready: 'main' });
});
