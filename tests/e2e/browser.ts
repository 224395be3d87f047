// Browser helpers for the e2e tests: a headless system Chromium, and pages that
// record every console error and uncaught exception they produce.
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
}

export interface OpenOptions {
	viewport?: { width: number; height: number };
}

export interface OpenedPage {
	page: Page;
	/** Console errors and uncaught page errors, in the order they happened. */
	errors: string[];
}

/**
 * Opens `path` (relative to the served build) in a fresh context and waits for the
 * network to go idle. Close it with `page.context().close()`.
 */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const { url, lineNumber } = message.location();
		errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
	});
	try {
		await page.goto(new URL(path, inject('baseURL')).href, { waitUntil: 'networkidle' });
	} catch (error) {
		await context.close();
		throw error;
	}
	return { page, errors };
}
