// Browser helpers for the e2e tests. The run has one Chromium, started by global-setup.ts; each test
// file connects to it and opens its pages in one browser context of its own, whose HTTP and code
// caches make every page after the first cheap to load. A closed page goes back to the file's pool
// blank and is navigated again by the next test: a new page costs a renderer process and its fonts,
// about three times the load itself on a 2-core machine. Pages record every console error and
// uncaught exception they produce.
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Dialog, type Page } from 'playwright-core';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, expect, inject } from 'vitest';

const VIEWPORT = { width: 1400, height: 900 };

export interface OpenOptions {
	viewport?: { width: number; height: number };
	reducedMotion?: boolean;
	/**
	 * A browser context for this page alone, for tests that change what a context holds: a fake
	 * clock, permissions, or the language in localStorage that the home page redirects by.
	 */
	isolated?: boolean;
	/** Runs before the page navigates: listeners and init scripts that must see the page load. */
	beforeLoad?: (page: Page) => Promise<void>;
	/**
	 * A new page, closed afterwards rather than reused: for tests that leave something on the page
	 * itself, such as a fake clock or routes.
	 */
	fresh?: boolean;
	/**
	 * A phone: touch events, a coarse pointer and the mobile viewport. Such pages come from a second
	 * context of the file's, since a context is a phone or not for all its pages.
	 */
	touch?: boolean;
	/**
	 * Lets the site's service worker run (an isolated page only). Blocked otherwise: it caches the whole
	 * build, about 15 MB, in every fresh context, which would only slow the other tests down.
	 */
	serviceWorker?: boolean;
	/** Returns as soon as the page is hydrated, before Svelte Flow has taken its diagrams over. */
	firstView?: boolean;
}

export interface OpenedPage {
	page: Page;
	/** Console errors, uncaught page errors and dialogs, in the order they happened. */
	errors: string[];
	close(): Promise<void>;
}

const fileContexts = { desktop: new WeakMap<Browser, Promise<BrowserContext>>(), touch: new WeakMap<Browser, Promise<BrowserContext>>() };
const idlePages = new WeakMap<BrowserContext, Page[]>();

const PHONE = { hasTouch: true, isMobile: true };

function fileContext(browser: Browser, touch = false): Promise<BrowserContext> {
	const contexts = fileContexts[touch ? 'touch' : 'desktop'];
	let context = contexts.get(browser);
	if (!context) contexts.set(browser, (context = browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', ...(touch ? PHONE : {}) })));
	return context;
}

/** The prerendered HTML already shows the page; this attribute says its scripts have taken it over. */
export const HYDRATED = 'html[data-hydrated]';
/** A diagram drawn, but not yet by Svelte Flow, which pans and zooms it (loaded after the first view). */
export const FIRST_VIEW = '[data-testid="diagram"]:not([data-pan-zoom])';

/** Opens `path` (relative to the served build) and waits until the app has hydrated it. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
	const viewport = options.viewport ?? VIEWPORT;
	const context = options.isolated
		? await browser.newContext({ viewport, serviceWorkers: options.serviceWorker ? 'allow' : 'block', ...(options.touch ? PHONE : {}) })
		: await fileContext(browser, options.touch);
	const reusable = !options.isolated && !options.fresh && !options.beforeLoad;
	const idle = idlePages.get(context) ?? [];
	idlePages.set(context, idle);
	const page = (reusable && idle.pop()) || (await context.newPage());
	const errors: string[] = [];
	const onPageError = (error: Error) => errors.push(`pageerror: ${error.message}`);
	const onConsole = (message: ConsoleMessage) => {
		if (message.type() !== 'error') return;
		const { url, lineNumber } = message.location();
		errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
	};
	// The app never opens a dialog; one means some text ran as script.
	const onDialog = async (dialog: Dialog) => {
		errors.push(`dialog ${dialog.type()}: ${dialog.message()}`);
		await dialog.dismiss();
	};
	page.on('pageerror', onPageError);
	page.on('console', onConsole);
	page.on('dialog', onDialog);
	const close = async () => {
		if (options.isolated) return context.close();
		if (!reusable) return page.close();
		page.off('pageerror', onPageError);
		page.off('console', onConsole);
		page.off('dialog', onDialog);
		// Blank stops the last page's timers; the emulation goes back to the context's defaults.
		await page.goto('about:blank');
		await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference' });
		idle.push(page);
	};
	try {
		if (!options.isolated) await page.setViewportSize(viewport);
		if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
		await options.beforeLoad?.(page);
		await page.goto(new URL(path, inject('baseURL')).href);
		await page.locator(HYDRATED).waitFor({ state: 'attached' });
		if (!options.firstView) await page.locator(FIRST_VIEW).first().waitFor({ state: 'detached' });
	} catch (error) {
		await (options.isolated ? context.close() : page.close());
		throw error;
	}
	return { page, errors, close };
}

/** The run's Chromium, connected before the file's tests and disconnected (closing its contexts) after. */
export function sharedBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.connect(inject('chromiumEndpoint'));
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('the browser is connected in beforeAll');
		return browser;
	};
}

export interface VisitOptions extends OpenOptions {
	/** selector that shows the page is ready */
	ready?: string;
}

/** Open a page, wait until it is ready, run the checks, and require that it logged no errors. */
export async function visit(browser: Browser, path: string, run: (page: Page) => Promise<void>, options: VisitOptions = {}) {
	const { page, errors, close } = await openPage(browser, path, options);
	try {
		await page.locator(options.ready ?? '.svelte-flow__node').first().waitFor();
		await run(page);
		expect(errors).toEqual([]);
	} finally {
		await close();
	}
}

/** Clicks the control with `testId` and returns the file it downloads. */
export async function downloadOf(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
	// A browser connected over a WebSocket streams its downloads rather than leaving a local file.
	return { name: download.suggestedFilename(), bytes: await buffer(await download.createReadStream()) };
}
