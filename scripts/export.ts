// npm run export -- --diagram acm [--stage c2 | --walkthrough ID [--step N]] [--date YYYY] [--all-stages]
//                    --format svg|png|pptx|json|html [--lang ja|en] [--detail full|compact|title]
//                    [--scale 1|2|4] [--background white|transparent] --out FILE
//                    [--template DECK.pptx|TEMPLATE.potx [--after N]]   (pptx: the slides go into that deck)
// Slides show names alone unless --detail says otherwise; the other formats every card in full.
// Slides and pictures for pipelines, from the same layout and rules as the app. html is the offline
// file: the diagram in both languages, opening on the stage or step asked for (needs `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { buildScenes } from '../src/lib/export/scenes.ts';
import { sceneToSvg } from '../src/lib/export/svg.ts';
import { offlineHtml } from '../src/lib/export/html.ts';
import { offlineData } from '../src/lib/export/offline-data.ts';
import { DEFAULT_LANG, isLang, otherLang } from '../src/lib/i18n/lang.ts';
import { LANGS, PartialDate } from '../src/lib/model/schema.ts';
import type { SceneRequest } from '../src/lib/scenario/source.ts';
import { svgToPngInChromium } from './png.ts';
import { CARD_DETAILS, isCardDetail } from '../src/lib/layout/card-picture.ts';
import { loadDataModel, loadSceneSource } from './scene-source.ts';
import { readOfflineApp } from './offline-app.ts';

const FORMATS = ['svg', 'png', 'pptx', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

function fail(message: string): never {
	console.error(`export: ${message}`);
	process.exit(2);
}

const { values } = (() => {
	try {
		return parseArgs({
			options: {
				diagram: { type: 'string' },
				stage: { type: 'string' },
				walkthrough: { type: 'string' },
				step: { type: 'string' },
				date: { type: 'string' },
				'compare-date': { type: 'string' },
				'all-stages': { type: 'boolean', default: false },
				format: { type: 'string' },
				lang: { type: 'string', default: DEFAULT_LANG },
				detail: { type: 'string' },
				scale: { type: 'string', default: '2' },
				background: { type: 'string', default: 'white' },
				template: { type: 'string' },
				after: { type: 'string' },
				out: { type: 'string' }
			},
			strict: true
		});
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
})();

const format = values.format as Format | undefined;
if (!format || !FORMATS.includes(format)) fail(`--format must be one of ${FORMATS.join(', ')} (got ${JSON.stringify(values.format ?? null)})`);
if (!values.diagram) fail('--diagram is required');
if (!values.out) fail('--out is required');
if (!isLang(values.lang)) fail(`--lang must be one of ${LANGS.join(', ')} (got "${values.lang}")`);
const scale = Number(values.scale);
if (![1, 2, 4].includes(scale)) fail(`--scale must be 1, 2 or 4 (got "${values.scale}")`);
if (values.background !== 'white' && values.background !== 'transparent') fail(`--background must be white or transparent`);
if (values.date && !PartialDate.safeParse(values.date).success) fail(`--date must be YYYY, YYYY-MM or YYYY-MM-DD (got "${values.date}")`);
const compareDate = values['compare-date'];
if (compareDate && !PartialDate.safeParse(compareDate).success) fail(`--compare-date must be YYYY, YYYY-MM or YYYY-MM-DD (got "${compareDate}")`);
if (compareDate && !values.date) fail('--compare-date needs --date, the date it is compared with');
const detail = values.detail ?? (format === 'pptx' ? 'title' : 'full');
if (!isCardDetail(detail)) fail(`--detail must be one of ${CARD_DETAILS.join(', ')} (got "${detail}")`);
if ((values.template || values.after !== undefined) && format !== 'pptx') fail('--template and --after are for --format pptx');
if (values.after !== undefined && !values.template) fail('--after needs --template, the deck to insert the slides into');
const after = values.after === undefined ? undefined : Number(values.after);
if (after !== undefined && !(/^\d+$/.test(values.after!) && Number.isSafeInteger(after))) fail(`--after is a slide number, 0 for first (got "${values.after}")`);
let template: Uint8Array | undefined;
if (values.template) {
	try {
		template = readFileSync(values.template);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		fail(`--template ${values.template}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : String(error)}`);
	}
}
const step = values.step === undefined ? null : Number(values.step) - 1;
if (step !== null && !(Number.isInteger(step) && step >= 0)) fail(`--step counts from 1 (got "${values.step}")`);

const model = loadDataModel();
let source;
try {
	source = await loadSceneSource(model, values.diagram, values.lang, detail);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}
const request: SceneRequest = {
	stage: values.stage ?? null,
	walkthrough: values.walkthrough ?? null,
	step,
	date: values.date ?? null,
	compareDate: compareDate ?? null,
	allStages: values['all-stages']
};
const result = buildScenes(source, request);
if (!result.ok) fail(result.error);
const [first] = result.scenes;
if (!first) fail('nothing to export: the diagram has no stages');

if (format === 'json') writeFileSync(values.out, JSON.stringify({ ...source, request }, null, 2));
else if (format === 'svg') writeFileSync(values.out, sceneToSvg(first, { background: values.background }));
else if (format === 'png') writeFileSync(values.out, await svgToPngInChromium(sceneToSvg(first, { background: values.background }), scale));
if (format === 'html') {
	let app;
	try {
		app = readOfflineApp();
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
	const other = await loadSceneSource(model, values.diagram, otherLang(values.lang), detail);
	const data = offlineData(source, other.layout, request);
	writeFileSync(values.out, await offlineHtml({ ...app, data, lang: values.lang, title: `${source.detail.title[values.lang]} — Renkei` }));
}
let slides = 0;
let templateSlides = 0;
if (format === 'pptx') {
	const { scenesToPptx } = await import('../src/lib/export/pptx.ts');
	let bytes;
	try {
		bytes = await scenesToPptx(result.scenes, { template, after });
	} catch (error) {
		// A template that cannot take the slides: its problem, in one line.
		if (!template) throw error;
		fail(`--template ${values.template}: ${error instanceof Error ? error.message.replace(/^template: /, '') : String(error)}`);
	}
	writeFileSync(values.out, bytes);
	// Counted in the file: tables and a large diagram's parts add slides of their own.
	const count = async (deck: Uint8Array) => (await JSZip.loadAsync(deck)).file(/^ppt\/slides\/slide\d+\.xml$/).length;
	slides = await count(bytes);
	if (template) templateSlides = await count(template);
}
const what = {
	pptx: template ? `${slides} slide(s), ${slides - templateSlides} of them new after slide ${after ?? templateSlides} of ${values.template}` : `${slides} slide(s)`,
	html: 'offline file, both languages',
	json: 'data',
	svg: '1 picture',
	png: '1 picture'
}[format];
console.log(`${values.out}: ${format}, ${what}`);
