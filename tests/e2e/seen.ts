// What a person sees of the diagram: text sizes times the zoom, and boxes against the screen.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Seen {
	/** smallest body title, in screen px */
	title: number;
	/** smallest of every other text in the diagram (edge and group labels) */
	other: number;
}

/** The smallest title and other text the canvas shows, once it is fitted. */
export async function seenSizes(page: Page): Promise<Seen> {
	// The fit runs after hydration, and again when the presentation's own layout arrives: wait until the
	// camera has taken over from the prerendered fit and stands still, and the zoom stops changing.
	await page.locator('[data-testid="diagram"]:not([data-prefit])[data-camera="still"] .svelte-flow__viewport').waitFor();
	let zoom = 0;
	await expect
		.poll(async () => {
			const next = await page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.svelte-flow__viewport')!).transform).a);
			const settled = next === zoom;
			zoom = next;
			return settled;
		})
		.toBe(true);
	return page.evaluate(() => {
		const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.svelte-flow__viewport')!).transform).a;
		const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * zoom;
		const titles = [...document.querySelectorAll('.svelte-flow__node-body .text.title')].map(size);
		const others = [...document.querySelectorAll('.svelte-flow__edge text, .svelte-flow__node-group .label')].map(size);
		return { title: Math.min(...titles), other: Math.min(...others, Infinity) };
	});
}

/** Every button of the page lies wholly inside the viewport. */
export async function controlsOffScreen(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('button')]
			.filter((b) => b.getClientRects().length > 0)
			.flatMap((b) => {
				const r = b.getBoundingClientRect();
				const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
				return inside ? [] : [`${b.textContent?.trim() || b.getAttribute('aria-label')} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`];
			})
	);
}

/** The focused body's box, or both ends of a focused link, lie inside the canvas. */
export async function focusInView(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const pane = document.querySelector('.svelte-flow')!.getBoundingClientRect();
		const marked = [...document.querySelectorAll('.svelte-flow__node-body')].filter((n) => /\b(focus|near)\b/.test(n.querySelector('[data-mark]')?.getAttribute('data-mark') ?? ''));
		return (
			marked.length > 0 &&
			marked.every((n) => {
				const r = n.getBoundingClientRect();
				return r.left >= pane.left - 1 && r.top >= pane.top - 1 && r.right <= pane.right + 1 && r.bottom <= pane.bottom + 1;
			})
		);
	});
}

/** The smallest title of the bodies a walkthrough step marks (focus or near), in screen px. */
export async function markedTitleSize(page: Page): Promise<number> {
	await page.locator('[data-testid="diagram"]:not([data-prefit])[data-camera="still"]').waitFor();
	return page.evaluate(() => {
		const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.svelte-flow__viewport')!).transform).a;
		const marked = [...document.querySelectorAll('.svelte-flow__node-body')].filter((n) => /^(focus|near)$/.test(n.querySelector('[data-mark]')?.getAttribute('data-mark') ?? ''));
		return Math.min(...marked.flatMap((n) => [...n.querySelectorAll('.text.title')].map((t) => parseFloat(getComputedStyle(t).fontSize) * zoom)));
	});
}
