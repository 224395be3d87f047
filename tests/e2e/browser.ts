// Browser helpers for the e2e tests: a headless system Chromium, and pages that
// record every console error and uncaught exception they produce.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';

export interface OpenOptions {
	viewport?: { width: number; height: number };
	/** 'load' where a request is cut off on purpose (a stopped worker) and the network never idles */
	waitUntil?: 'load' | 'networkidle';
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
		await page.goto(new URL(path, inject('baseURL')).href, { waitUntil: options.waitUntil ?? 'networkidle' });
	} catch (error) {
		await context.close();
		throw error;
	}
	return { page, errors };
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('the browser is launched in beforeAll');
		return browser;
	};
}

export interface VisitOptions extends OpenOptions {
	/** selector that shows the page is ready */
	ready?: string;
	reducedMotion?: boolean;
}

/** Open a page, wait until it is ready, run the checks, and require that it logged no errors. */
export async function visit(browser: Browser, path: string, run: (page: Page) => Promise<void>, options: VisitOptions = {}) {
	const { page, errors } = await openPage(browser, path, options);
	try {
		if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.locator(options.ready ?? '.svelte-flow__node').first().waitFor();
		await run(page);
		expect(errors).toEqual([]);
	} finally {
		await page.context().close();
	}
}
