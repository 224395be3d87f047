// Screen and SVG export draw one picture: every body's box and every text line the canvas shows at
// zoom 1 is where the exported SVG puts it, and both mark the same bodies and links the same way.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../src/lib/model/schema.ts';
import { downloadOf, sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}
interface Drawn {
	box: Rect;
	/** each text line, in drawing order: where it is anchored (its start, or its centre when centred) and its baseline */
	lines: { text: string; anchor: number; baseline: number }[];
	mark: string;
}
interface Picture {
	bodies: Record<string, Drawn>;
	edges: Record<string, string>;
}

/** The canvas at zoom 1, in layout coordinates (the flow viewport's origin). */
async function screenPicture(page: Page): Promise<Picture> {
	return page.evaluate(() => {
		const viewport = document.querySelector('.svelte-flow__viewport')!;
		const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
		if (Math.abs(m.a - 1) > 1e-6) throw new Error(`canvas is at zoom ${m.a}, not 1`);
		const origin = viewport.getBoundingClientRect();
		const rel = (r: DOMRect) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height });
		const bodies: Record<string, Drawn> = {};
		for (const node of document.querySelectorAll<HTMLElement>('.svelte-flow__node-body')) {
			const card = node.querySelector<HTMLElement>('[data-testid="body-card"]')!;
			const lines = [...card.querySelectorAll<HTMLElement>('.line')].map((line) => {
				const text = line.textContent ?? '';
				const range = document.createRange();
				range.selectNodeContents(line);
				const r = rel(range.getBoundingClientRect());
				const anchor = getComputedStyle(line).textAlign === 'center' ? r.x + r.width / 2 : r.x;
				// An empty inline-block sits on the baseline: its bottom is where the line's text stands.
				const probe = document.createElement('span');
				probe.style.cssText = 'display:inline-block;width:0;height:0';
				line.append(probe);
				const baseline = rel(probe.getBoundingClientRect()).y;
				probe.remove();
				return { text, anchor, baseline };
			});
			bodies[node.dataset.id!] = { box: rel(node.getBoundingClientRect()), lines, mark: card.dataset.mark! };
		}
		const edges: Record<string, string> = {};
		for (const path of document.querySelectorAll<SVGPathElement>('path.routed-edge')) {
			const id = path.id || path.closest('[data-id]')?.getAttribute('data-id');
			const mark = /mark-(\w+)/.exec(path.getAttribute('class') ?? '')?.[1];
			if (id && mark) edges[id] = mark;
		}
		return { bodies, edges };
	});
}

/** The exported SVG, opened in place of the page (a new page would cost a renderer), in its own layout coordinates. */
async function svgPicture(page: Page, svg: string): Promise<Picture> {
	await page.setContent(svg);
	return page.evaluate(() => {
		const inner = document.querySelector('svg > g > g')! as SVGGElement;
		const ctm = inner.getScreenCTM()!;
		const rel = (r: DOMRect) => ({ x: r.left - ctm.e, y: r.top - ctm.f, width: r.width, height: r.height });
		const bodies: Record<string, Drawn> = {};
		for (const g of document.querySelectorAll<SVGGElement>('g.body')) {
			const frame = [...g.querySelectorAll('rect')].find((r) => r.getAttribute('fill') !== 'none')!;
			// The box ends at the outer edge of its border, half the stroke outside the path.
			const half = Number(frame.getAttribute('stroke-width')) / 2;
			const r = rel(frame.getBoundingClientRect());
			const box = { x: r.x - half, y: r.y - half, width: r.width + 2 * half, height: r.height + 2 * half };
			const lines = [...g.querySelectorAll<SVGTextElement>('text')].map((t) => ({
				text: t.textContent ?? '',
				anchor: Number(t.getAttribute('x')),
				baseline: Number(t.getAttribute('y'))
			}));
			bodies[g.dataset.id!] = { box, lines, mark: g.dataset.mark! };
		}
		const edges: Record<string, string> = {};
		for (const g of document.querySelectorAll<SVGGElement>('g.edge')) edges[g.dataset.id!] = g.dataset.mark!;
		return { bodies, edges };
	});
}

async function exportedSvg(page: Page): Promise<string> {
	return (await downloadOf(page, 'export-svg')).bytes.toString('utf8');
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1;

function expectSamePlaces(screen: Picture, svg: Picture, where: string) {
	expect(Object.keys(screen.bodies).sort(), where).toEqual(Object.keys(svg.bodies).sort());
	for (const [id, drawn] of Object.entries(screen.bodies)) {
		const exported = svg.bodies[id]!;
		for (const k of ['x', 'y', 'width', 'height'] as const) {
			expect(near(drawn.box[k], exported.box[k]), `${where} ${id} box ${k}: screen ${drawn.box[k]}, SVG ${exported.box[k]}`).toBe(true);
		}
		expect(drawn.lines.map((l) => l.text.trimEnd()), `${where} ${id} lines`).toEqual(exported.lines.map((l) => l.text.trimEnd()));
		drawn.lines.forEach((line, i) => {
			const other = exported.lines[i]!;
			for (const [k, a, b] of [
				['anchor', line.anchor, other.anchor],
				['baseline', line.baseline, other.baseline]
			] as const) {
				expect(near(a, b), `${where} ${id} line ${i + 1} "${line.text}" ${k}: screen ${a.toFixed(2)}, SVG ${b.toFixed(2)}`).toBe(true);
			}
		});
	}
}

const diagrams = model.diagrams.map((d) => d.id);

describe('the screen and the SVG export draw one picture', () => {
	for (const lang of LANGS) {
		test.each(diagrams)(`%s (${lang}): every box and text line in the same place`, async (id) => {
			let svg = '';
			await visit(browser(), `/${lang}/diagram/${id}/`, async (page) => {
				svg = await exportedSvg(page);
			});
			// The embed names bodies alone by default; the page's export is at full detail.
			await visit(browser(), `/${lang}/embed/${id}/?fit=0&controls=0&detail=full`, async (page) => {
				const screen = await screenPicture(page);
				expect(Object.keys(screen.bodies).length).toBeGreaterThan(0);
				expectSamePlaces(screen, await svgPicture(page, svg), `${id} ${lang}`);
			}, { viewport: { width: 1600, height: 1000 }, ready: '[data-testid="diagram"][data-detail="full"] .svelte-flow__node' });
		});
	}

	const walk = model.walkthroughs.find((w) => w.diagram === 'acm')!;
	// Every stage activates the whole ACM (the source says it serves all of them): marks are all 'active'.
	const views = [
		{ name: 'a stage', diagram: 'acm', query: 'stage=c2', expected: 'active' },
		{ name: 'a walkthrough step', diagram: 'acm', query: `walk=${walk.id}&step=${walk.steps.length}`, expected: 'focus' },
		{ name: 'a date', diagram: 'consultation', query: 'date=1990', expected: 'ghost' }
	];
	test.each(views)('marks the same bodies and links the same way for $name', async ({ diagram, query, expected }) => {
		let svg = '';
		await visit(browser(), `/en/diagram/${diagram}/?${query}`, async (page) => {
			svg = await exportedSvg(page);
		});
		await visit(browser(), `/en/embed/${diagram}/?fit=0&controls=0&${query}`, async (page) => {
			const screen = await screenPicture(page);
			const exported = await svgPicture(page, svg);
			const marks = (p: Picture) => Object.fromEntries(Object.entries(p.bodies).map(([id, b]) => [id, b.mark]));
			expect(marks(screen)).toEqual(marks(exported));
			expect(screen.edges).toEqual(exported.edges);
			// The view marks something: a comparison of two all-plain pictures would prove nothing.
			expect(Object.values(marks(screen))).toContain(expected);
		});
	});
});
