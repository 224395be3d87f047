// npm run bench:browser (after npm run build): figures measured in headless Debian Chromium against the
// static build. Prints figures; asserts nothing.
//  1. every built-in diagram: time from navigation to the diagram visible (cold cache), gzipped
//     JavaScript loaded for that first view, frame times while panning;
//  2. Mermaid's ELK render of the same ACM and BPM graphs in the same browser, and our time as a ratio;
//  3. the data-check page with generated models of 200, 2,000 and 10,000 bodies, validated and laid
//     out in workers: time from choosing the file to the diagram visible, the longest main-thread
//     stall meanwhile, frame times while panning; and a 2,000-body relayout stopped by its deadline;
//     each figure three times, reported as its median and range;
//  4. the time from a key press to the first painted frame that shows the next walkthrough step or
//     stage, on the diagram page and in presentation mode.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Browser, Page } from 'playwright-core';
import { diagramPath, previewPath } from '../src/lib/view/routes.ts';
import { layoutDiagram } from '../src/lib/layout/layout.ts';
import { LANGS, type Lang } from '../src/lib/model/schema.ts';
import { launchChromium } from '../scripts/chromium.ts';
import { loadDataModel } from '../scripts/scene-source.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { seededRandom } from '../scripts/seeded-random.ts';
import { machine } from './machine.ts';
import { newPage, readyAt, VIEWPORT, type Check } from './page-probe.ts';
import { mermaidFlowchart } from './mermaid-graph.ts';
import { SYNTHETIC_SHAPE, syntheticYaml } from './synthetic.ts';

const RUNS = 5;
/** pans of each built-in diagram, each in a fresh page */
const PAN_RUNS = 3;
// BENCH_SIZES=200,2000 measures only those sizes (section 3); BENCH_BUILD=dir serves another build, to compare two.
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [200, 2_000, 10_000];
const LARGE_DEADLINE_MS = 120_000;
const SHORT_DEADLINE_MS = 1_000;
/** How long the pointer rests on the file button before a file is chosen: a file dialog takes longer. */
const READER_REACH_MS = 2_000;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const f0 = (x: number) => x.toFixed(0);
/** the range of a figure over its runs, printed beside its median */
const spread = (xs: number[], f: (x: number) => string = f0) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
const f1 = (x: number) => x.toFixed(1);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(header: string[], rows: string[][]) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
	console.log('');
}

/** Animation-frame timestamps and main-thread long tasks, recorded until stopRecording. */
async function startRecording(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __long: number[]; __recording: boolean; __observer?: PerformanceObserver };
		w.__frames = [];
		w.__long = [];
		w.__recording = true;
		const frame = (t: number) => {
			w.__frames.push(t);
			if (w.__recording) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
		w.__observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__long.push(entry.duration);
		});
		w.__observer.observe({ type: 'longtask' });
	});
}

interface Recording {
	frames: number[];
	longTasks: number[];
}
async function stopRecording(page: Page): Promise<Recording> {
	return page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __long: number[]; __recording: boolean; __observer?: PerformanceObserver };
		w.__recording = false;
		w.__observer?.disconnect();
		return { frames: w.__frames, longTasks: w.__long };
	});
}

const gaps = (frames: number[]) => frames.slice(1).map((t, i) => t - frames[i]!);

/** A point on the empty pane of the canvas, so the drag pans instead of pressing a body. */
async function panePoint(page: Page): Promise<{ x: number; y: number }> {
	const point = await page.evaluate(() => {
		const pane = document.querySelector('[data-testid="diagram"] .svelte-flow__pane');
		if (!pane) return null;
		const r = pane.getBoundingClientRect();
		for (let fy = 0.5; fy < 0.95; fy += 0.05)
			for (let fx = 0.5; fx < 0.95; fx += 0.05) {
				const x = r.left + fx * r.width;
				const y = r.top + fy * r.height;
				if (document.elementFromPoint(x, y) === pane) return { x, y };
			}
		return null;
	});
	if (!point) throw new Error('no empty spot on the canvas to pan from');
	return point;
}

interface PanFigures {
	medianMs: number;
	p95Ms: number;
	maxMs: number;
	fps: number;
	moved: boolean;
}

/** Drag the canvas 360 px left in 120 mouse moves and read the frame intervals meanwhile. */
async function pan(page: Page): Promise<PanFigures> {
	const start = await panePoint(page);
	const transform = () => page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="diagram"] .svelte-flow__viewport')?.style.transform);
	const before = await transform();
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await startRecording(page);
	for (let i = 1; i <= 120; i++) await page.mouse.move(start.x - i * 3, start.y - i * 1.5);
	const { frames } = await stopRecording(page);
	await page.mouse.up();
	const moved = (await transform()) !== before;
	const intervals = gaps(frames);
	return {
		medianMs: median(intervals),
		p95Ms: quantile(intervals, 0.95),
		maxMs: Math.max(...intervals),
		fps: (1000 * intervals.length) / (frames.at(-1)! - frames[0]!),
		moved
	};
}

// ------------------------------------------------------------------ measurements

interface FirstView {
	/** per check, in the order given: ms from navigation start, one per load */
	times: number[][];
	/** every script the page loads until the network is idle */
	jsGzip: number;
	jsFiles: number;
	/** the scripts requested before the first check's time, when `firstViewUntil` names that check */
	firstViewGzip: number;
	firstViewFiles: number;
	elkLoaded: boolean;
}

/**
 * Cold loads of `url` in fresh contexts: when each check first held, over RUNS loads; the JS of one
 * more load before them, in all and (`firstViewUntil`) what was requested before that check held, the
 * first view's own. That load's times are not counted: reading each script's body over the DevTools
 * protocol costs the page time, and the first load after the browser starts also pays for its start.
 */
async function firstView(browser: Browser, url: string, checks: Check[], firstViewUntil?: Check['name']): Promise<FirstView> {
	const result: FirstView = { times: checks.map(() => []), jsGzip: 0, jsFiles: 0, firstViewGzip: 0, firstViewFiles: 0, elkLoaded: false };
	for (let run = -1; run < RUNS; run++) {
		const counting = run < 0;
		const page = await newPage(browser, checks);
		const scripts: Promise<{ url: string; gzip: number }>[] = [];
		if (counting)
			page.on('response', (response) => {
				const type = response.request().resourceType();
				if (type !== 'script' && type !== 'worker') return;
				scripts.push(
					response.body().then((body) => {
						if (body.includes('org.eclipse.elk')) result.elkLoaded = true;
						return { url: response.url(), gzip: gzipSync(body).length };
					})
				);
			});
		await page.goto(url, { waitUntil: 'commit' });
		const times: number[] = [];
		for (const check of checks) times.push(await readyAt(page, check.name));
		if (counting) {
			// The picture can come before the scripts; count everything the page loads until it is idle.
			await page.waitForLoadState('networkidle');
			const loaded = await Promise.all(scripts);
			result.jsGzip = loaded.reduce((sum, s) => sum + s.gzip, 0);
			result.jsFiles = loaded.length;
			if (firstViewUntil) {
				const until = times[checks.findIndex((c) => c.name === firstViewUntil)]!;
				const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ url: e.name, at: e.startTime })));
				const early = new Set(requested.filter((r) => r.at <= until).map((r) => r.url));
				const first = loaded.filter((s) => early.has(s.url));
				result.firstViewGzip = first.reduce((sum, s) => sum + s.gzip, 0);
				result.firstViewFiles = first.length;
			}
		} else times.forEach((t, i) => result.times[i]!.push(t));
		await page.context().close();
	}
	return result;
}

async function builtInDiagrams(browser: Browser, origin: string) {
	const model = loadDataModel();
	const elk = new ELK();
	console.log(`1. Built-in diagrams — ${VIEWPORT.width}×${VIEWPORT.height}, cold cache, median of ${RUNS} loads after one that counts the scripts (pans: median of ${PAN_RUNS} pages)`);
	console.log('   visible = first frame with every body and link drawn and the view fitted, from navigation start');
	console.log('   (the prerendered page is fitted by CSS before its scripts run); scripted = the same once hydrated and fitted by script;');
	console.log('   pan/zoom = once Svelte Flow, loaded after the first view, has taken the canvas over; first-view JS = scripts requested');
	console.log('   before the scripted time; all JS = every script until the network is idle');
	const rows: string[][] = [];
	const ours = new Map<string, { visible: number; scripted: number }>();
	for (const diagram of model.diagrams)
		for (const lang of LANGS) {
			const layout = await layoutDiagram(diagram, model, lang, elk);
			const bodies = layout.nodes.filter((n) => n.type === 'body').length;
			const url = `${origin}${diagramPath(lang, diagram.id)}`;
			const visible: Check = { name: 'ours', bodies, edges: layout.edges.length };
			const view = await firstView(browser, url, [visible, { ...visible, name: 'oursScripted' }, { ...visible, name: 'oursPanZoom' }], 'oursScripted');
			const [visibleMs, scriptedMs, panZoomMs] = view.times as [number[], number[], number[]];
			const pans: PanFigures[] = [];
			for (let run = 0; run < PAN_RUNS; run++) {
				const page = await newPage(browser, [{ ...visible, name: 'oursPanZoom' }]);
				await page.goto(url);
				await readyAt(page, 'oursPanZoom');
				pans.push(await pan(page));
				await page.context().close();
			}
			const p95s = pans.map((p) => p.p95Ms);
			ours.set(`${diagram.id}:${lang}`, { visible: median(visibleMs), scripted: median(scriptedMs) });
			rows.push([
				`${diagram.id} (${lang})`,
				String(bodies),
				String(layout.edges.length),
				f0(median(visibleMs)),
				`${f0(Math.min(...visibleMs))}–${f0(Math.max(...visibleMs))}`,
				f0(median(scriptedMs)),
				spread(scriptedMs),
				f0(median(panZoomMs)),
				spread(panZoomMs),
				`${kb(view.firstViewGzip)} in ${view.firstViewFiles}`,
				`${kb(view.jsGzip)} in ${view.jsFiles}`,
				view.elkLoaded ? 'yes' : 'no',
				`${f1(median(pans.map((p) => p.medianMs)))} / ${f1(median(p95s))} (${spread(p95s, f1)})`,
				`${f0(median(pans.map((p) => p.fps)))}${pans.every((p) => p.moved) ? '' : ' (did not move!)'}`
			]);
		}
	table(['diagram', 'bodies', 'links', 'visible ms', 'min–max', 'scripted ms', 'min–max', 'pan/zoom ms', 'min–max', 'first-view JS gzip (files)', 'all JS gzip (files)', 'ELK', `pan frame ms med / p95 (min–max of ${PAN_RUNS})`, 'pan fps'], rows);
	return { model, ours };
}

const MERMAID_GRAPHS = ['acm', 'bpm'].flatMap((id) => LANGS.map((lang) => ({ id, lang })));

/** The Mermaid pages are written before the server starts: it indexes its folders once. */
async function writeMermaidPages(pagesDir: string): Promise<Map<string, number>> {
	const model = loadDataModel();
	const elk = new ELK();
	const bodies = new Map<string, number>();
	for (const { id, lang } of MERMAID_GRAPHS) {
		const layout = await layoutDiagram(model.diagrams.find((d) => d.id === id)!, model, lang, elk);
		writeFileSync(join(pagesDir, `${id}-${lang}.html`), mermaidPage(mermaidFlowchart(layout), lang));
		bodies.set(`${id}:${lang}`, layout.nodes.filter((n) => n.type === 'body').length);
	}
	return bodies;
}

async function mermaidComparison(
	browser: Browser,
	origin: string,
	bodies: Map<string, number>,
	ours: Map<string, { visible: number; scripted: number }>
) {
	console.log(`2. Mermaid (flowchart, ELK layout) rendering the same graphs — same browser, viewport and cache rule`);
	console.log('   visible = first frame after mermaid.run() resolved with every node in the SVG, from navigation start');
	const rows: string[][] = [];
	for (const { id, lang } of MERMAID_GRAPHS) {
		const key = `${id}:${lang}`;
		const view = await firstView(browser, `${origin}/__bench/pages/${id}-${lang}.html`, [{ name: 'mermaid', bodies: bodies.get(key)! }]);
		const theirs = median(view.times[0]!);
		const theirSpread = spread(view.times[0]!);
		const mine = ours.get(key)!;
		rows.push([
			`${id} (${lang})`,
			f0(theirs),
			theirSpread,
			`${kb(view.jsGzip)} in ${view.jsFiles}`,
			f0(mine.visible),
			`${(theirs / mine.visible).toFixed(1)}×`,
			f0(mine.scripted),
			`${(theirs / mine.scripted).toFixed(1)}×`
		]);
	}
	table(['diagram', 'Mermaid+ELK visible ms', 'min–max', 'Mermaid JS gzip (files)', 'ours visible ms', 'ratio', 'ours scripted ms', 'ratio'], rows);
}

function mermaidPage(definition: string, lang: Lang): string {
	const escaped = definition.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Mermaid ELK</title></head>
<body style="margin:0;font-family:'Noto Sans CJK JP','Noto Sans JP',sans-serif">
<pre id="graph">${escaped}</pre>
<script type="module">
import mermaid from '/__bench/mermaid/mermaid.esm.min.mjs';
import elkLayouts from '/__bench/mermaid-elk/mermaid-layout-elk.esm.min.mjs';
mermaid.registerLayoutLoaders(elkLayouts);
mermaid.initialize({ startOnLoad: false, layout: 'elk', securityLevel: 'strict' });
await mermaid.run({ nodes: [document.getElementById('graph')] });
window.__mermaidDone = true;
</script>
</body></html>`;
}

/** Times each generated-model figure is measured, each in a fresh page: one run varies by a second here. */
const CHOICE_RUNS = 3;

/** A chosen file measured CHOICE_RUNS times: the median time with its range, and the worst stall. */
async function chooseRepeatedly(run: () => Promise<Chosen>): Promise<{ runs: Chosen[]; visible: string; range: string; stall: string }> {
	const runs: Chosen[] = [];
	for (let k = 0; k < CHOICE_RUNS; k++) runs.push(await run());
	const times = runs.map((r) => r.visibleMs);
	const stopped = runs.filter((r) => r.notice);
	return {
		runs,
		visible: stopped.length ? `stopped in ${stopped.length} of ${runs.length}: ${stopped[0]!.notice}` : f0(median(times)),
		range: spread(times),
		stall: f0(Math.max(...runs.map((r) => r.stallMs)))
	};
}

async function generatedModels(browser: Browser, origin: string) {
	console.log(`3. Generated models on the data-check page (/en/preview/) — ${SYNTHETIC_SHAPE}`);
	console.log('   chosen → visible = from choosing the file to the first frame with the generated diagram drawn and no layout running;');
	console.log('   the file is validated in one worker and laid out in another (ELK); stall = longest gap between animation frames meanwhile;');
	console.log(`   the pointer rests on the file button ${READER_REACH_MS} ms before the file is chosen, as a reader's file dialog takes at least that;`);
	console.log(`   each figure ${CHOICE_RUNS} times in a fresh page: median (min–max); the stall is the longest of the runs, the pan figures their medians`);
	const rows: string[][] = [];
	for (const n of SIZES) {
		const yaml = syntheticYaml(n);
		const { runs, visible, range, stall } = await chooseRepeatedly(() => chooseAndWait(browser, origin, yaml, LARGE_DEADLINE_MS, { reachMs: READER_REACH_MS }));
		const pans = runs.flatMap((r) => (r.pan ? [r.pan] : []));
		const panMedian = (key: 'medianMs' | 'p95Ms' | 'maxMs') => f1(median(pans.map((p) => p[key])));
		rows.push([
			String(n),
			kb(Buffer.byteLength(yaml)),
			visible,
			range,
			stall,
			f0(median(runs.map((r) => r.longTaskMs))),
			pans.length ? `${panMedian('medianMs')} / ${panMedian('p95Ms')} / ${panMedian('maxMs')}` : '—',
			pans.length ? `${f0(median(pans.map((p) => p.fps)))}${pans.every((p) => p.moved) ? '' : ' (did not move!)'}` : '—'
		]);
	}
	table(['bodies', 'file', 'chosen → visible ms', 'min–max', 'longest stall ms', 'long tasks ms', 'pan frame ms med/p95/max', 'pan fps'], rows);

	const yaml2000 = syntheticYaml(2_000);
	const atOnce = await chooseRepeatedly(() => chooseAndWait(browser, origin, yaml2000, LARGE_DEADLINE_MS));
	console.log(`   2,000 bodies set by script as soon as the page is checked, no pointer first: ${atOnce.visible} ms (${atOnce.range}), longest stall ${atOnce.stall} ms`);
	const again = await chooseRepeatedly(() => chooseAndWait(browser, origin, yaml2000, LARGE_DEADLINE_MS, { again: true, reachMs: READER_REACH_MS }));
	console.log(`   2,000 bodies chosen again after a reload (ELK's result kept in this browser, elk-cache.ts): ${again.visible} ms (${again.range}), longest stall ${again.stall} ms`);
	const edited = { yaml: syntheticYaml(1_990), bodies: 1_990, next: 2_000 };
	const next = await chooseRepeatedly(() => chooseAndWait(browser, origin, yaml2000, LARGE_DEADLINE_MS, { after: edited, reachMs: READER_REACH_MS }));
	console.log(`   2,000 bodies chosen after a 1,990-body file in the same page (the workers kept warm, ask-worker.ts): ${next.visible} ms (${next.range}), longest stall ${next.stall} ms`);
	const stopped = await chooseRepeatedly(() => chooseAndWait(browser, origin, yaml2000, SHORT_DEADLINE_MS));
	const notices = stopped.runs.filter((r) => r.notice);
	console.log(
		`   2,000 bodies with ?deadline=${SHORT_DEADLINE_MS}: stopped in ${notices.length} of ${CHOICE_RUNS}, ${f0(median(stopped.runs.map((r) => r.visibleMs)))} ms (${stopped.range}) from choosing the file,` +
			` notice “${notices[0]?.notice ?? 'none'}”; longest stall ${stopped.stall} ms; the previous layout stays on the canvas (${stopped.runs.map((r) => r.bodiesShown).join(', ')} bodies)`
	);
	console.log('');
}

interface Chosen {
	visibleMs: number;
	stallMs: number;
	longTaskMs: number;
	notice: string;
	bodiesShown: number;
	pan?: PanFigures;
}

/**
 * Chooses the file on the data-check page and waits until it is drawn; `again`: once, then after a
 * reload, measuring the second; `after`: another file of `after.bodies` bodies chosen and drawn first,
 * in the same page; `reachMs`: the pointer rests on the file button this long first.
 */
async function chooseAndWait(
	browser: Browser,
	origin: string,
	yaml: string,
	deadline: number,
	options: { again?: boolean; after?: { yaml: string; bodies: number; next: number }; reachMs?: number } = {}
): Promise<Chosen> {
	const diagram = 'synthetic';
	const page = await newPage(browser);
	await page.goto(`${origin}${previewPath('en', { diagram, deadline })}`);
	await page.getByTestId('data-valid').waitFor();
	let valid: string | undefined;
	if (options.after) {
		const builtIn = Number((await page.getByTestId('data-valid').innerText()).match(/\d+/)![0]);
		await page.getByTestId('data-files').hover();
		await page.getByTestId('data-files').setInputFiles({ name: 'synthetic.yaml', mimeType: 'text/yaml', buffer: Buffer.from(options.after.yaml) });
		await page.getByTestId('data-valid').filter({ hasText: `${builtIn + options.after.bodies} bodies` }).waitFor({ timeout: deadline });
		await page.locator('[data-testid="diagram"][data-diagram="synthetic"]:not([data-handing]) .svelte-flow__node-body').first().waitFor({ timeout: deadline });
		await page.locator('.busy').first().waitFor({ state: 'detached', timeout: deadline });
		await page.mouse.move(0, 0);
		valid = `${builtIn + options.after.next} bodies`;
	}
	if (options.again) {
		await page.getByTestId('data-files').setInputFiles({ name: 'synthetic.yaml', mimeType: 'text/yaml', buffer: Buffer.from(yaml) });
		await page.locator('[data-testid="diagram"][data-diagram="synthetic"]:not([data-handing]) .svelte-flow__node-body').first().waitFor({ timeout: deadline });
		await page.reload();
		await page.getByTestId('data-valid').waitFor();
	}
	if (options.reachMs !== undefined) {
		await page.getByTestId('data-files').hover();
		await page.waitForTimeout(options.reachMs);
	}
	await startRecording(page);
	const check: Check = { name: 'preview', diagram, valid };
	await page.evaluate((c) => (window as unknown as { __watch: (c: Check) => void }).__watch(c), check);
	// Chosen = the input's change event, when the page gets the file. The file is given by path, as a
	// file dialog gives it: a buffer would be base64-decoded in the page first, which no reader waits for.
	const file = join(mkdtempSync(join(tmpdir(), 'renkei-bench-')), 'synthetic.yaml');
	writeFileSync(file, yaml);
	const input = page.getByTestId('data-files');
	await input.evaluate((el) => {
		const w = window as unknown as { __chosenAt: number };
		el.addEventListener('change', (e) => (w.__chosenAt = e.timeStamp), { once: true });
	});
	await input.setInputFiles(file);
	const doneAt = await readyAt(page, check.name);
	const chosenAt = await page.evaluate(() => (window as unknown as { __chosenAt: number }).__chosenAt);
	rmSync(dirname(file), { recursive: true });
	const recording = await stopRecording(page);
	const layoutNotice = page.locator('[data-testid="notice"][data-kind="layout"]');
	const notice = (await layoutNotice.count()) ? await layoutNotice.innerText() : '';
	const bodiesShown = await page.locator('[data-testid="diagram"] .svelte-flow__node-body').count();
	const frames = recording.frames.filter((t) => t >= chosenAt && t <= doneAt + 1);
	const result: Chosen = {
		visibleMs: doneAt - chosenAt,
		stallMs: Math.max(0, ...gaps([chosenAt, ...frames, doneAt])),
		longTaskMs: recording.longTasks.reduce((a, b) => a + b, 0),
		notice,
		bodiesShown
	};
	if (!notice) result.pan = await pan(page);
	await page.context().close();
	return result;
}

// ------------------------------------------------------------------ key press to paint

const PRESSES = 31;
const FRAME_MS = 1000 / 60;
// Presses land at every point of the display's frame, as a reader's do: one just after a frame starts
// waits most of a frame for the next. A fixed pause would fix that point for a whole run (600 ms is
// 36 frames), so each pause is lengthened by a seeded fraction of a frame.
const framePhase = seededRandom(60);
const pause = (page: Page, ms: number) => page.waitForTimeout(ms + framePhase.next() * FRAME_MS);

/**
 * Arms a probe for the next key press: from the key event's timestamp to just after the first frame
 * painted once `watched` changed its text (a rAF callback runs before that frame's paint; a message
 * posted from it arrives after). Returns the milliseconds through `__keyPaint`.
 */
async function armKeyPaint(page: Page, watched: string) {
	await page.evaluate((selector) => {
		const w = window as unknown as { __keyPaint: Promise<number> };
		const before = document.querySelector(selector)?.textContent;
		w.__keyPaint = new Promise((resolve) => {
			let pressed = 0;
			addEventListener('keydown', (e) => (pressed = e.timeStamp), { capture: true, once: true });
			const observer = new MutationObserver(() => {
				if (!pressed || document.querySelector(selector)?.textContent === before) return;
				observer.disconnect();
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => resolve(performance.now() - pressed);
					channel.port2.postMessage(null);
				});
			});
			observer.observe(document.body, { subtree: true, childList: true, characterData: true });
		});
	}, watched);
}

/** Presses `forward` then `back` in turn, measuring each press's key-to-paint time. */
async function keyToPaint(page: Page, watched: string, press: (forward: boolean) => Promise<void>): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < PRESSES; i++) {
		await armKeyPaint(page, watched);
		await press(i % 2 === 0);
		const ms = await page.evaluate(() => (window as unknown as { __keyPaint: Promise<number> }).__keyPaint);
		// The first press warms up code paths the rest reuse.
		if (i > 0) times.push(ms);
		// Lets the camera's move and any deferred work end, as between a presenter's clicks.
		await pause(page, 600);
	}
	return times;
}

const keyRow = (what: string, times: number[]) => [what, f1(median(times)), `${f1(quantile(times, 0.25))}–${f1(quantile(times, 0.75))}`, f1(quantile(times, 0.95)), f1(Math.max(...times))];

async function keyPresses(browser: Browser, origin: string, model: ReturnType<typeof loadDataModel>) {
	const walk = model.walkthroughs[0]!;
	const stages = model.stages.filter((s) => s.track === 'main');
	console.log(`4. Key press to paint — ${VIEWPORT.width}×${VIEWPORT.height}, ${PRESSES - 1} presses after one to warm up, forward and back in turn, at every point of the frame`);
	console.log('   from the key event to just after the first painted frame that shows the next step (its counter) or stage; target 16.7 ms median');
	const rows: string[][] = [];
	for (const lang of LANGS) {
		const base = `${origin}${diagramPath(lang, walk.diagram)}`;
		const cases = [
			{ what: 'walkthrough step, page (→ / ←)', url: `${base}?walk=${walk.id}&step=2`, watched: '[data-testid="step-counter"]', keys: ['ArrowRight', 'ArrowLeft'] },
			{ what: 'walkthrough step, presenting (PageDown / PageUp)', url: `${base}?present=1&walk=${walk.id}&step=2`, watched: '[data-testid="step-counter"]', keys: ['PageDown', 'PageUp'] },
			{ what: 'stage, presenting (PageDown / PageUp)', url: `${base}?present=1&stage=${stages[1]!.id}`, watched: '[data-testid="present-stage"]', keys: ['PageDown', 'PageUp'] }
		];
		for (const c of cases) {
			const page = await newPage(browser);
			await page.goto(c.url);
			// Keys pressed once Svelte Flow has taken the canvas over: the steady state a presenter works in.
			await page.locator('[data-testid="diagram"][data-pan-zoom]').waitFor();
			await page.locator(c.watched).waitFor();
			const times = await keyToPaint(page, c.watched, (forward) => page.keyboard.press(c.keys[forward ? 0 : 1]!));
			await page.context().close();
			rows.push(keyRow(`${c.what} (${lang})`, times));
		}
		// A stage chosen from the rail with the keyboard: Enter on the next stage's button, which then shows its name.
		// Focus reaches the button first, drawn in frames of its own, as when a reader tabs to it.
		const page = await newPage(browser);
		await page.goto(`${base}?stage=${stages[1]!.id}`);
		await page.locator('[data-testid="diagram"][data-pan-zoom]').waitFor();
		const rail = page.getByTestId('stage-rail');
		const times = await keyToPaint(page, '[data-testid="stage-rail"]', async (forward) => {
			await rail.locator(`[data-stage="${stages[forward ? 2 : 1]!.id}"]`).focus();
			await pause(page, 100);
			await page.keyboard.press('Enter');
		});
		await page.context().close();
		rows.push(keyRow(`stage, page (Enter on the rail) (${lang})`, times));
	}
	table(['change', 'median ms', 'p25–p75', 'p95 ms', 'max ms'], rows);
}

// ------------------------------------------------------------------ main


// npm run bench:browser -- [builtin] [mermaid] [generated] [keys]: every section unless some are named.
const sections = process.argv.slice(2);
const wanted = (section: string) => sections.length === 0 || sections.includes(section);
const pagesDir = mkdtempSync(join(tmpdir(), 'renkei-bench-'));
const mermaidBodies = await writeMermaidPages(pagesDir);
const server = await serveStatic(process.env.BENCH_BUILD || 'build', {
	'/__bench/mermaid': 'node_modules/mermaid/dist',
	'/__bench/mermaid-elk': 'node_modules/@mermaid-js/layout-elk/dist',
	'/__bench/pages': pagesDir
});
const browser = await launchChromium();
try {
	console.log(`Browser figures — command: npm run bench:browser    date: ${new Date().toISOString()}`);
	console.log(`Chromium ${browser.version()} headless, software rendering (--disable-gpu), served from build/ on ${server.origin}`);
	console.log(machine());
	console.log('');
	if (wanted('builtin') || wanted('mermaid')) {
		const { ours } = await builtInDiagrams(browser, server.origin);
		if (wanted('mermaid')) await mermaidComparison(browser, server.origin, mermaidBodies, ours);
	}
	if (wanted('generated')) await generatedModels(browser, server.origin);
	if (wanted('keys')) await keyPresses(browser, server.origin, loadDataModel());
	console.log(`Done; ${machine()}`);
} finally {
	await browser.close();
	await server.close();
	rmSync(pagesDir, { recursive: true, force: true });
}
