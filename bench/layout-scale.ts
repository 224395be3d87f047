// npm run bench:layout: ELK (layered, orthogonal routing) layout time in Node for generated
// diagrams of 200, 2,000 and 10,000 bodies, through the app's own layoutDiagram. Prints figures;
// asserts nothing.
//
// Each size runs in its own worker thread, so a layout past the cap can be stopped by terminating
// the worker. The generated model is written as YAML and validated with loadModel, exactly as the
// build validates data/, so it is a model the app accepts. Ranks are omitted: ELK chooses the layers.
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { machine } from './machine.ts';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { LARGE_DIAGRAM, LARGE_OPTIONS } from '../src/lib/layout/elk-graph.ts';
import { layoutDiagram } from '../src/lib/layout/layout.ts';
import { formatError } from '../src/lib/model/errors.ts';
import { loadModel } from '../src/lib/model/load.ts';
import type { Model } from '../src/lib/model/model.ts';
import type { Diagram } from '../src/lib/model/schema.ts';
import { SYNTHETIC_SHAPE, syntheticYaml } from './synthetic.ts';

const SIZES = [200, 2_000, 10_000];
/** timed layouts per size (after one warm-up layout of a 200-body model in the same worker) */
const RUNS: Record<number, number> = { 200: 5, 2_000: 3, 10_000: 1 };
const CAP_MS = 120_000;
const LANG = 'en';

interface Job {
	n: number;
	runs: number;
}
type Report =
	| { type: 'model'; bodies: number; relationships: number; yamlBytes: number; validateMs: number }
	| { type: 'start'; run: number }
	| { type: 'done'; run: number; totalMs: number; elkMs: number; elkNodes: number; elkEdges: number; width: number; height: number };

function syntheticModel(n: number): { model: Model; diagram: Diagram; yamlBytes: number; validateMs: number } {
	const text = syntheticYaml(n);
	const start = performance.now();
	const result = loadModel([{ name: `bench/synthetic-${n}.yaml`, text }]);
	const validateMs = performance.now() - start;
	if (!result.ok) throw new Error(`generated model is invalid:\n${result.errors.slice(0, 10).map(formatError).join('\n')}`);
	return { model: result.model, diagram: result.model.diagrams[0]!, yamlBytes: Buffer.byteLength(text), validateMs };
}

// ---------------------------------------------------------------- worker: lay one size out

function countGraph(graph: ElkNode): { nodes: number; edges: number } {
	let nodes = 0;
	let edges = graph.edges?.length ?? 0;
	for (const child of graph.children ?? []) {
		const sub = countGraph(child);
		nodes += 1 + sub.nodes;
		edges += sub.edges;
	}
	return { nodes, edges };
}

async function runJob({ n, runs }: Job) {
	const post = (report: Report) => parentPort!.postMessage(report);
	const elk = new ELK();
	let elkMs = 0;
	let last: ElkNode | undefined;
	// The app's own layoutDiagram, with ELK's share of its time recorded on the side.
	const timed = Object.create(elk) as typeof elk;
	timed.layout = async (graph, args) => {
		const start = performance.now();
		last = graph;
		const out = await elk.layout(graph, args);
		elkMs = performance.now() - start;
		return out;
	};

	// Warm-up: JIT-compile ELK on a small model first, so the timed runs are not its first use.
	const warm = syntheticModel(200);
	await layoutDiagram(warm.diagram, warm.model, LANG, timed);

	const { model, diagram, yamlBytes, validateMs } = syntheticModel(n);
	post({ type: 'model', bodies: model.bodies.length, relationships: model.relationships.length, yamlBytes, validateMs });
	for (let run = 1; run <= runs; run++) {
		post({ type: 'start', run });
		const start = performance.now();
		const layout = await layoutDiagram(diagram, model, LANG, timed);
		const totalMs = performance.now() - start;
		const counted = countGraph(last!);
		post({ type: 'done', run, totalMs, elkMs, elkNodes: counted.nodes, elkEdges: counted.edges, width: layout.width, height: layout.height });
	}
}

// ---------------------------------------------------------------- main: one worker per size, with a cap

interface Row {
	n: number;
	bodies?: number;
	relationships?: number;
	elkNodes?: number;
	elkEdges?: number;
	validateMs?: number;
	total: number[];
	elk: number[];
	size?: string;
	note: string;
}

function layOut(job: Job): Promise<Row> {
	const row: Row = { n: job.n, total: [], elk: [], note: '' };
	return new Promise((resolve) => {
		const worker = new Worker(new URL(import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 8192 } });
		let timer: NodeJS.Timeout | undefined;
		const finish = (note: string) => {
			clearTimeout(timer);
			if (note) row.note = note;
			resolve(row);
		};
		worker.on('message', (report: Report) => {
			if (report.type === 'model') {
				row.bodies = report.bodies;
				row.relationships = report.relationships;
				row.validateMs = report.validateMs;
			} else if (report.type === 'start') {
				timer = setTimeout(() => {
					void worker.terminate();
					finish(`did not finish in ${CAP_MS / 1000} s (run ${report.run}; worker terminated)`);
				}, CAP_MS);
			} else {
				clearTimeout(timer);
				row.total.push(report.totalMs);
				row.elk.push(report.elkMs);
				row.elkNodes = report.elkNodes;
				row.elkEdges = report.elkEdges;
				row.size = `${Math.round(report.width)}×${Math.round(report.height)}`;
			}
		});
		worker.on('error', (error) => finish(`failed: ${error.message.split('\n')[0]}`));
		worker.on('exit', (code) => finish(code === 0 ? '' : row.note || `worker exited with code ${code}`));
	});
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(0));

async function main() {
	console.log('ELK layout scale: generated tree + cross-link diagrams, no ranks (ELK chooses the layers)');
	console.log(`command: npm run bench:layout    date: ${new Date().toISOString()}`);
	console.log(machine());
	console.log(`elkjs bundled (elk.bundled.js), lang=${LANG}`);
	console.log(`model: ${SYNTHETIC_SHAPE}; validated with loadModel from YAML`);
	console.log(`options: the app's own (layered, orthogonal; above ${LARGE_DIAGRAM} bodies: ${Object.entries(LARGE_OPTIONS).map(([k, v]) => `${k.replace('elk.layered.', '')}=${v}`).join(', ')}); each size in its own worker,`);
	console.log(`one warm-up layout (200 bodies) first, then the timed runs; a run over ${CAP_MS / 1000} s is stopped.`);
	console.log('"layout" = layoutDiagram total (graph build + ELK + post-processing); "ELK" = elk.layout alone.');
	console.log('');
	const rows: Row[] = [];
	for (const n of SIZES) rows.push(await layOut({ n, runs: RUNS[n] ?? 1 }));

	const header = ['bodies', 'edges', 'ELK nodes', 'ELK edges', 'runs', 'layout median ms', 'ELK median ms', 'min–max ms', 'validate ms', 'result px'];
	const lines = rows.map((r) => [
		String(r.bodies ?? r.n),
		String(r.relationships ?? '—'),
		String(r.elkNodes ?? '—'),
		String(r.elkEdges ?? '—'),
		String(r.total.length),
		r.total.length ? ms(median(r.total)) : '—',
		r.elk.length ? ms(median(r.elk)) : '—',
		r.total.length ? `${ms(Math.min(...r.total))}–${ms(Math.max(...r.total))}` : '—',
		ms(r.validateMs),
		r.size ?? '—'
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
	const fmt = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
	console.log(fmt(header));
	for (const [i, l] of lines.entries()) console.log(fmt(l) + (rows[i]!.note ? `   ${rows[i]!.note}` : ''));
	console.log('');
	console.log('edges = relationships drawn; ELK nodes/edges = the graph handed to ELK (in-rank links are routed outside ELK).');
}

if (isMainThread) await main();
else await runJob(workerData as Job);
