// node bench/profile-preview.ts [bodies] [build dir]: a Chrome trace of choosing a generated file on
// the data-check page, summarised per thread: where the time from "file chosen" to "drawn" goes
// (validation worker, layout worker, the page's thread) and the page's longest tasks with what filled
// them. Writes the raw trace to /tmp/renkei-preview-trace.json for chrome://tracing or Perfetto.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launchChromium } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { previewPath } from '../src/lib/view/routes.ts';
import { syntheticYaml } from './synthetic.ts';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** thread (CPU) time: less noisy than wall time on a shared machine */
	tdur?: number;
	pid: number;
	tid: number;
	cat: string;
	args?: { name?: string; data?: { functionName?: string; url?: string } };
}

const n = Number(process.argv[2] ?? 2000);
const server = await serveStatic(process.argv[3] ?? 'build');
const browser = await launchChromium();
try {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${server.origin}${previewPath('en', { diagram: 'synthetic' })}`);
	await page.getByTestId('data-valid').waitFor();
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'toplevel', '__metadata']
	});
	const file = join(mkdtempSync(join(tmpdir(), 'renkei-profile-')), 'synthetic.yaml');
	writeFileSync(file, syntheticYaml(n));
	await page.evaluate(() => performance.mark('chosen'));
	const chosen = Date.now();
	// By path, as a file dialog gives it and as bench/browser.ts does: a buffer is base64-decoded in the page first.
	await page.getByTestId('data-files').setInputFiles(file);
	// Polled from outside: the site's CSP forbids the eval that page.waitForFunction needs.
	const done = () => page.evaluate(() => !document.querySelector('.busy') && !!document.querySelector('[data-diagram="synthetic"] .svelte-flow__edge path'));
	for (let i = 0; !(await done()); i++) {
		if (i % 100 === 99) console.log(await page.evaluate(() => document.querySelector('main')?.innerText.slice(0, 400)));
		await new Promise((r) => setTimeout(r, 50));
	}
	const drawn = Date.now() - chosen;
	rmSync(dirname(file), { recursive: true });
	await page.waitForTimeout(300);
	const raw = await browser.stopTracing();
	writeFileSync('/tmp/renkei-preview-trace.json', raw);
	const events = (JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
	const names = new Map<string, string>();
	for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
	const start = events.find((e) => e.name === 'chosen')?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
	console.log(`${n} bodies: chosen → drawn ${drawn} ms (wall clock, from outside)`);
	const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 0);
	const perThread = new Map<string, { busy: number; cpu: number; first: number; last: number; longest: number }>();
	for (const e of tasks) {
		const key = `${e.pid}:${e.tid}`;
		const t = perThread.get(key) ?? { busy: 0, cpu: 0, first: Infinity, last: 0, longest: 0 };
		t.busy += e.dur!;
		t.cpu += e.tdur ?? 0;
		t.first = Math.min(t.first, e.ts);
		t.last = Math.max(t.last, e.ts + e.dur!);
		t.longest = Math.max(t.longest, e.dur!);
		perThread.set(key, t);
	}
	const ms = (us: number) => (us / 1000).toFixed(0).padStart(6);
	console.log('thread                          busy ms   cpu ms  from ms    to ms  longest task ms');
	for (const [key, t] of [...perThread].sort((a, b) => b[1].busy - a[1].busy).slice(0, 8))
		console.log(`${(names.get(key) ?? key).padEnd(30)} ${ms(t.busy)} ${ms(t.cpu)} ${ms(t.first - start)} ${ms(t.last - start)} ${ms(t.longest)}`);
	const main = [...names].find(([, v]) => v === 'CrRendererMain')?.[0];
	const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main;
	console.log('\nlongest tasks on the page thread (wall ms, cpu ms, what fills them in cpu ms):');
	const long = tasks.filter((e) => onMain(e) && e.dur! > 30_000).sort((a, b) => b.dur! - a.dur!).slice(0, 10);
	for (const task of long) {
		const inside = events.filter((e) => onMain(e) && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!);
		const by = new Map<string, number>();
		for (const e of inside) {
			const label = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name} ${e.args?.data?.functionName ?? ''}` : e.name;
			by.set(label, (by.get(label) ?? 0) + (e.tdur ?? e.dur ?? 0));
		}
		const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k.trim()} ${(v / 1000).toFixed(0)}`);
		console.log(`  at ${ms(task.ts - start)}: ${ms(task.dur!)} (cpu ${ms(task.tdur ?? 0)})  ${top.join(', ')}`);
	}
} finally {
	await browser.close();
	await server.close();
}
