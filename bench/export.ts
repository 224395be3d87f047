// npm run bench: layout and export times for every built-in diagram, and the size of each diagram's
// offline file. Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import ELK from 'elkjs/lib/elk.bundled.js';
import { buildScenes } from '../src/lib/export/scenes.ts';
import { sceneToSvg } from '../src/lib/export/svg.ts';
import { layoutDiagram } from '../src/lib/layout/layout.ts';
import { LANGS } from '../src/lib/model/schema.ts';
import { sceneSource } from '../src/lib/scenario/source.ts';
import { offlineHtml } from '../src/lib/export/html.ts';
import { offlineData } from '../src/lib/export/offline-data.ts';
import { loadDataModel } from '../scripts/scene-source.ts';
import { machine } from './machine.ts';
import { readOfflineApp } from '../scripts/offline-app.ts';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(run: () => unknown | Promise<unknown>): Promise<number> {
	await run(); // warm-up
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		await run();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

const { scenesToPptx } = await import('../src/lib/export/pptx.ts');
const model = loadDataModel();
const elk = new ELK();
console.log(machine());
console.log(`median of ${RUNS} runs after one warm-up`);
console.log('diagram               lang  nodes  edges   ELK layout   SVG export   PPTX export (slides)');
for (const diagram of model.diagrams) {
	for (const lang of LANGS) {
		const layout = await layoutDiagram(diagram, model, lang, elk);
		const source = sceneSource(model, diagram, layout);
		const walk = source.scenario.walkthroughs[0];
		const scenes = buildScenes(source, walk ? { walkthrough: walk.id } : {});
		if (!scenes.ok) throw new Error(scenes.error);
		const elkMs = await time(() => layoutDiagram(diagram, model, lang, elk));
		const svgMs = await time(() => sceneToSvg(scenes.scenes[0]!));
		const pptxMs = await time(() => scenesToPptx(scenes.scenes));
		console.log(
			`${diagram.id.padEnd(21)} ${lang.padEnd(4)} ${String(layout.nodes.length).padStart(6)} ${String(layout.edges.length).padStart(6)} ` +
				`${elkMs.toFixed(1).padStart(9)} ms ${svgMs.toFixed(1).padStart(9)} ms ${pptxMs.toFixed(1).padStart(10)} ms (${scenes.scenes.length})`
		);
	}
}

// The offline file as `npm run export -- --format html` writes it (both languages, opening in ja).
let app;
try {
	app = readOfflineApp();
} catch (error) {
	console.log(`\noffline file sizes skipped: ${error instanceof Error ? error.message : error}`);
}
if (app) {
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
	console.log(`\noffline file (npm run export -- --format html): app ${kb(Buffer.byteLength(app.script) + Buffer.byteLength(app.style)).trim()} of it`);
	console.log('diagram                 raw HTML      gzip');
	for (const diagram of model.diagrams) {
		const [ja, en] = await Promise.all([layoutDiagram(diagram, model, 'ja', elk), layoutDiagram(diagram, model, 'en', elk)]);
		const data = offlineData(sceneSource(model, diagram, ja), en);
		const html = Buffer.from(await offlineHtml({ ...app, data, lang: 'ja', title: diagram.title.ja }));
		console.log(`${diagram.id.padEnd(21)} ${kb(html.length)} ${kb(gzipSync(html).length)}`);
	}
}
