import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { t } from '../i18n/messages.ts';
import { legibleZoom } from '../layout/legible.ts';
import { OWN_LOOK, planSlide, slideArea, type SlideItem, type SlideLook } from './pptx-slide.ts';
import { insertionIndex, intoTemplate, openTemplate } from './pptx-template.ts';
import { CELL_INSET, planTableSlides, type TablePlan } from './pptx-table.ts';
import { FONT_FACE, findPlaceholder, LANG_TAG, MORPH_TRANSITION, notesParagraphsXml, withTransition } from './pptx-xml.ts';
import { withParts, type ExportScene } from './scenes.ts';

/**
 * A PowerPoint deck, one slide per scene, with the diagram as native shapes: bodies are rounded
 * rectangles holding their text, relationships are connectors glued to them, so the picture stays
 * editable. A scene's tables (a stage's operations) follow it, each on a slide of its own as a native
 * table. pptxgenjs writes the package (parts, relationships, masters, notes) and the tables; each shape
 * is a stand-in that is then replaced by hand-written DrawingML, because pptxgenjs has no connectors
 * (gitbrent/PptxGenJS#527). Runs in Node and in the browser: no DOM, no file system.
 * With a `template` (.pptx/.potx bytes) the slides go into it after slide `after` (default: the end),
 * their titles in its title style and their other slide text in its theme fonts and text colour.
 */
/** The size of a name on a slide, in pt, read from the back of a room (the slides' legibility target). */
const SLIDE_TITLE_PT = 18;

export async function scenesToPptx(scenes: ExportScene[], options: { template?: Uint8Array; after?: number } = {}): Promise<Uint8Array<ArrayBuffer>> {
	if (scenes.length === 0) throw new Error('scenesToPptx: no scenes to export');
	// A template that cannot take the slides is refused before any slide is drawn.
	const template = options.template && (await openTemplate(options.template));
	if (template) insertionIndex(template, options.after);
	const look: SlideLook = template ? { themed: true, margins: template.margins } : OWN_LOOK;
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = scenes[0]!.title;
	pptx.author = 'Renkei';
	const inch = (pt: number) => pt / 72;

	const plans: { scene: ExportScene; items: SlideItem[]; table?: TablePlan }[] = [];
	const addSlide = (scene: ExportScene, items: SlideItem[], table?: TablePlan) => {
		const slide = pptx.addSlide();
		for (const item of items) {
			slide.addShape(pptx.ShapeType.rect, {
				x: inch(item.box.x),
				y: inch(item.box.y),
				w: inch(Math.max(item.box.width, 1)),
				h: inch(Math.max(item.box.height, 1)),
				objectName: item.token
			});
		}
		if (table) addTable(slide, table);
		// A marker, swapped for real paragraphs below (pptxgenjs writes notes as one en-US run).
		else slide.addNotes(notesMarker(plans.length));
		plans.push({ scene, items, table });
	};
	// A slide holds what its area shows with names at 18 pt (and every other text at 12 pt); measured
	// with a part's longer subtitle, which may take a second line.
	const window = (scene: ExportScene) => {
		const area = slideArea({ ...scene, subtitle: [scene.subtitle, t(scene.lang, 'partOf', { n: '9', count: '9' })].filter(Boolean).join(' · ') }, look);
		const zoom = legibleZoom(scene.layout.detail, SLIDE_TITLE_PT);
		return { width: area.width / zoom, height: area.height / zoom };
	};
	for (const scene of withParts(scenes, window)) {
		addSlide(scene, planSlide(scene, plans.length, look));
		for (const entry of scene.tables ?? []) {
			for (const { items, table } of planTableSlides(scene, entry, plans.length, look)) addSlide(scene, items, table);
		}
	}

	const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
	for (const [i, { scene, items, table }] of plans.entries()) {
		const slidePath = `ppt/slides/slide${i + 1}.xml`;
		let xml = await readPart(zip, slidePath);
		if (table) xml = finishTable(xml, table);
		const found = items.map((item) => ({ item, at: findPlaceholder(xml, item.token) }));
		const ids = new Map(found.map(({ item, at }) => [item.token, at.id]));
		const byNode = new Map(items.filter((item) => item.node).map((item) => [item.node!, ids.get(item.token)!]));
		const idOf = (node: string) => {
			const id = byNode.get(node);
			if (id === undefined) throw new Error(`pptx: no shape for node "${node}"`);
			return id;
		};
		// Groups need ids of their own beyond those pptxgenjs gave out.
		let lastId = Math.max(...[...xml.matchAll(/ id="(\d+)"/g)].map((m) => Number(m[1])));
		const freshId = () => ++lastId;
		// Written in the items' order (fresh ids stay the same from run to run), spliced in one pass: a
		// splice per item copied the whole slide each time, seconds on a slide of a few hundred shapes.
		const written = found.map(({ item, at }) => ({ at, xml: item.xml(at.id, { of: idOf, fresh: freshId }) }));
		const pieces: string[] = [];
		let from = 0;
		for (const { at, xml: shape } of written.sort((a, b) => a.at.start - b.at.start)) {
			pieces.push(xml.slice(from, at.start), shape);
			from = at.end;
		}
		xml = pieces.join('') + xml.slice(from);
		// Slides of one diagram hold the same shapes at the same places under the same names, so from the
		// second on, Morph moves the highlight from step to step (or stage to stage) instead of cutting.
		const previous = plans[i - 1];
		if (!table && previous && !previous.table && previous.scene.layout.diagram === scene.layout.diagram) xml = withTransition(xml, MORPH_TRANSITION);
		zip.file(slidePath, xml);
		if (!table) await rewriteNotes(zip, i, scene);
	}
	const bytes = (await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })) as Uint8Array<ArrayBuffer>;
	// JSZip allocates a plain ArrayBuffer; saying so lets callers hand the bytes straight to a Blob.
	return template ? intoTemplate(bytes, template, { after: options.after }) : bytes;
}

const notesMarker = (i: number) => `renkei-notes-${i + 1}`;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** pptxgenjs's table: every cell's text, size, colours and insets from the plan, in inches. */
function addTable(slide: PptxGenJS.Slide, table: TablePlan) {
	const inch = (pt: number) => pt / 72;
	const rows = table.rows.map((row) =>
		row.cells.map((cell) => ({
			text: cell.text,
			options: {
				bold: cell.bold,
				color: hex(cell.colour),
				fill: { color: hex(cell.fill) },
				colspan: cell.colspan,
				fontSize: row.size,
				fontFace: FONT_FACE[table.lang],
				lang: LANG_TAG[table.lang],
				lineSpacing: row.size * table.lineHeight,
				align: 'left' as const,
				valign: 'top' as const,
				margin: [CELL_INSET.y, CELL_INSET.x, CELL_INSET.y, CELL_INSET.x].map(inch) as [number, number, number, number]
			}
		}))
	);
	slide.addTable(rows, {
		x: inch(table.box.x),
		y: inch(table.box.y),
		w: inch(table.box.width),
		h: inch(table.box.height),
		colW: table.columns.map(inch),
		rowH: table.rows.map((r) => inch(r.height)),
		border: { type: 'solid', pt: 0.75, color: hex(table.border) },
		autoPage: false,
		objectName: table.name
	});
}

/**
 * pptxgenjs numbers a table's frame from the slide's number, which can be an id a shape already has,
 * and gives its runs one face for every script: the frame gets an id of its own, and Japanese glyphs
 * in an English table fall back to Meiryo as everywhere else.
 */
function finishTable(xml: string, table: TablePlan): string {
	const start = xml.indexOf('<p:graphicFrame>');
	const end = xml.indexOf('</p:graphicFrame>', start) + '</p:graphicFrame>'.length;
	if (start < 0 || end < start) throw new Error(`pptx: table "${table.name}" missing`);
	const others = xml.slice(0, start) + xml.slice(end);
	const id = Math.max(1, ...[...others.matchAll(/ id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
	let frame = xml.slice(start, end).replace(/<p:cNvPr id="\d+"/, `<p:cNvPr id="${id}"`);
	if (FONT_FACE[table.lang] !== FONT_FACE.ja) frame = frame.replaceAll(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${FONT_FACE.ja}"`);
	return xml.slice(0, start) + frame + xml.slice(end);
}

async function readPart(zip: JSZip, path: string): Promise<string> {
	const file = zip.file(path);
	if (!file) throw new Error(`pptx: missing part ${path}`);
	return file.async('string');
}

/** Notes slides are numbered like their slides; the marker is checked anyway. */
async function rewriteNotes(zip: JSZip, i: number, scene: ExportScene): Promise<void> {
	const path = `ppt/notesSlides/notesSlide${i + 1}.xml`;
	const xml = await readPart(zip, path);
	const at = xml.indexOf(notesMarker(i));
	if (at < 0) throw new Error(`pptx: notes marker missing in ${path}`);
	const start = xml.lastIndexOf('<a:p>', at);
	const end = xml.indexOf('</a:p>', at) + '</a:p>'.length;
	zip.file(path, xml.slice(0, start) + notesParagraphsXml(scene.notes ?? '', scene.lang) + xml.slice(end));
}
