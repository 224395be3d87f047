// The benches' in-page probes: checks run once an animation frame inside the page, and the
// timestamps of the first frame where each held, read from outside (bench/browser.ts and
// bench/profile-first-view.ts wait for the same moments).
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';

/** The viewport every browser figure is measured at: a common laptop screen. */
export const VIEWPORT = { width: 1366, height: 768 };

export type Check =
	| { name: 'ours' | 'oursScripted' | 'oursPanZoom'; bodies: number; edges: number }
	| { name: 'mermaid'; bodies: number }
	| { name: 'preview'; diagram: string; valid?: string };

/**
 * Installed before any page script, outside the reach of the site's Content-Security-Policy (which
 * forbids eval): `__watch(check)` tests the check once an animation frame and stores
 * performance.now() of the first frame where it holds in `__times[check.name]`.
 */
export function installProbe(initial: Check[]) {
	const visible = (el: Element | null | undefined) => !!el && getComputedStyle(el).visibility === 'visible';
	const layoutNotice = () => !!document.querySelector('[data-testid="notice"][data-kind="layout"]');
	// Our diagram is visible when every body and link is drawn and the view is fitted.
	const ours = (c: { bodies: number; edges: number }) => {
		const nodes = document.querySelectorAll('[data-testid="diagram"] .svelte-flow__node-body');
		if (nodes.length < c.bodies || ![...nodes].every(visible)) return false;
		if (document.querySelectorAll('[data-testid="diagram"] .svelte-flow__edge path').length < c.edges) return false;
		// Fitted by the prerendered CSS or by the script: either way, what the screen shows.
		const viewport = document.querySelector('[data-testid="diagram"] .svelte-flow__viewport');
		const transform = viewport ? getComputedStyle(viewport).transform : 'none';
		return transform !== 'none' && transform !== 'matrix(1, 0, 0, 1, 0, 0)';
	};
	const checks = {
		ours,
		// …and once the scripts have hydrated the page and fitted the view themselves.
		oursScripted: (c: { bodies: number; edges: number }) => {
			const viewport = document.querySelector<HTMLElement>('[data-testid="diagram"] .svelte-flow__viewport');
			return ours(c) && !!viewport && viewport.style.transform !== 'translate(0px, 0px) scale(1)';
		},
		// …and once Svelte Flow, loaded after the first view, has taken the canvas over to pan and zoom it.
		oursPanZoom: (c: { bodies: number; edges: number }) =>
			!!document.querySelector('[data-testid="diagram"][data-pan-zoom]') && checks.oursScripted(c),
		mermaid: (c: { bodies: number }) => {
			const svg = document.querySelector('#graph svg');
			const done = (window as unknown as { __mermaidDone?: boolean }).__mermaidDone === true;
			return !!svg && done && svg.querySelectorAll('g.node').length >= c.bodies;
		},
		// The data-check page: the diagram drawn with no layout running, or a layout stopped or failed.
		preview: (c: { diagram: string; valid?: string }) => {
			if (layoutNotice()) return true;
			if (document.querySelector('.busy')) return false;
			// Another file drawn before: this one's counts must be in.
			if (c.valid && !document.querySelector('[data-testid="data-valid"]')?.textContent?.includes(c.valid)) return false;
			const canvas = document.querySelector(`[data-testid="diagram"][data-diagram="${c.diagram}"]`);
			// A large layout reaches the canvas in slices; it is drawn once the last one is in.
			if (!canvas || canvas.hasAttribute('data-handing')) return false;
			return visible(canvas.querySelector('.svelte-flow__node-body')) && !!canvas.querySelector('.svelte-flow__edge path');
		}
	};
	const w = window as unknown as { __times: Record<string, number>; __watch: (check: Check) => void };
	w.__times = {};
	w.__watch = (check) => {
		delete w.__times[check.name];
		const tick = () => {
			if ((checks[check.name] as (c: Check) => boolean)(check)) w.__times[check.name] = performance.now();
			else requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	};
	for (const check of initial) w.__watch(check);
}

export async function newPage(browser: Browser, initial: Check[] = []): Promise<Page> {
	// A first visit, measured without the service worker's background copy of the site competing for the CPU.
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	await context.addInitScript(installProbe, initial);
	return context.newPage();
}

/** performance.now() of the frame where the watched check first held, polled from outside the page. */
export async function readyAt(page: Page, name: Check['name'], timeoutMs = 300_000): Promise<number> {
	const until = performance.now() + timeoutMs;
	for (;;) {
		const at = await page
			.evaluate((key) => (window as unknown as { __times: Record<string, number> }).__times[key], name)
			.catch(() => undefined);
		if (at !== undefined) return at;
		if (performance.now() > until) throw new Error(`not visible within ${timeoutMs / 1000} s: ${page.url()}`);
		await new Promise((r) => setTimeout(r, 20));
	}
}
