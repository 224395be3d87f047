// node bench/profile-first-view.ts [diagram] [lang] [loads] [build dir]: where a built-in diagram's
// first view spends the time until the scripts have hydrated it and set its camera. Per cold load: the
// first paint, the end of the first frame, the arrival of the last script the first view asked for,
// the hydration task, and the moment bench/browser.ts calls "scripted" (all from navigation start,
// untraced: a trace slows the page down by a third). The frames and the task come from
// long-animation-frame entries, which Chromium reports only for frames over 50 ms.
import ELK from 'elkjs/lib/elk.bundled.js';
import { launchChromium } from '../scripts/chromium.ts';
import { loadDataModel } from '../scripts/scene-source.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { layoutDiagram } from '../src/lib/layout/layout.ts';
import { isLang } from '../src/lib/i18n/lang.ts';
import { diagramPath } from '../src/lib/view/routes.ts';
import { machine } from './machine.ts';
import { newPage, readyAt } from './page-probe.ts';

/** Installed beside the bench's probe: the page's frames over 50 ms, with the scripts that ran in them. */
function recordLongFrames() {
	const w = window as unknown as { __frames: PerformanceEntry[] };
	w.__frames = [];
	new PerformanceObserver((list) => w.__frames.push(...list.getEntries())).observe({ type: 'long-animation-frame', buffered: true });
}

const [id = 'acm', lang = 'en', loads = '5', build = 'build'] = process.argv.slice(2);
const model = loadDataModel();
const diagram = model.diagrams.find((d) => d.id === id);
if (!diagram || !isLang(lang)) throw new Error(`usage: node bench/profile-first-view.ts [${model.diagrams.map((d) => d.id).join('|')}] [ja|en] [loads] [build dir]`);
const layout = await layoutDiagram(diagram, model, lang, new ELK());
const scripted = { name: 'oursScripted', bodies: layout.nodes.filter((n) => n.type === 'body').length, edges: layout.edges.length } as const;
const server = await serveStatic(build);
const browser = await launchChromium();
try {
	console.log(`${id} (${lang}), ${loads} cold loads; Chromium ${browser.version()}; ${machine()}`);
	console.log('first paint  first frame ends  last first-view script  hydration task  scripted (ms)');
	const ms = (n: number | null) => (n === null ? 'under 50' : Number.isNaN(n) ? '—' : n.toFixed(0)).padStart(10);
	for (let i = 0; i < Number(loads); i++) {
		const page = await newPage(browser, [scripted]);
		await page.context().addInitScript(recordLongFrames);
		await page.goto(`${server.origin}${diagramPath(lang, id)}`);
		const at = await readyAt(page, scripted.name);
		// The hydration frame's entry arrives once that frame is painted.
		await page.waitForTimeout(300);
		const load = await page.evaluate((at) => {
			type Frame = PerformanceEntry & { scripts: { sourceURL: string; duration: number }[] };
			const frames = (window as unknown as { __frames: Frame[] }).__frames;
			const firstPaint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN;
			// A first frame under 50 ms has no entry (null), and the first one reported is a later frame.
			const first = frames.find((f) => f.startTime < firstPaint);
			const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js') && e.startTime < at);
			// SvelteKit hydrates in the continuation of importing its app entry: the longest script of that file.
			const fromApp = frames.flatMap((f) => f.scripts).filter((s) => /\/entry\/app\./.test(s.sourceURL));
			return {
				firstPaint,
				firstFrameEnd: first ? first.startTime + first.duration : null,
				lastScript: Math.max(...scripts.map((e) => e.responseEnd)),
				hydration: fromApp.length ? Math.max(...fromApp.map((s) => s.duration)) : null
			};
		}, at);
		console.log(`${ms(load.firstPaint)}  ${ms(load.firstFrameEnd)}        ${ms(load.lastScript)}              ${ms(load.hydration)}      ${ms(at)}`);
		await page.context().close();
	}
} finally {
	await browser.close();
	await server.close();
}
