import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { planSlide } from './pptx-slide.ts';
import { findPlaceholder, notesParagraphsXml } from './pptx-xml.ts';
import type { ExportScene } from './scenes.ts';

/**
 * A PowerPoint deck, one slide per scene, with the diagram as native shapes: bodies are rounded
 * rectangles holding their text, relationships are connectors glued to them, so the picture stays
 * editable. pptxgenjs writes the package (parts, relationships, masters, notes); each shape is a
 * stand-in that is then replaced by hand-written DrawingML, because pptxgenjs has no connectors
 * (gitbrent/PptxGenJS#527). Runs in Node and in the browser: no DOM, no file system.
 */
export async function scenesToPptx(scenes: ExportScene[]): Promise<Uint8Array<ArrayBuffer>> {
	if (scenes.length === 0) throw new Error('scenesToPptx: no scenes to export');
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = scenes[0]!.title;
	pptx.author = 'Renkei';

	const plans = scenes.map((scene, i) => {
		const slide = pptx.addSlide();
		const items = planSlide(scene, i);
		for (const item of items) {
			const inch = (pt: number) => pt / 72;
			slide.addShape(pptx.ShapeType.rect, {
				x: inch(item.box.x),
				y: inch(item.box.y),
				w: inch(Math.max(item.box.width, 1)),
				h: inch(Math.max(item.box.height, 1)),
				objectName: item.token
			});
		}
		// A marker, swapped for real paragraphs below (pptxgenjs writes notes as one en-US run).
		slide.addNotes(notesMarker(i));
		return { scene, items };
	});

	const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
	for (const [i, { scene, items }] of plans.entries()) {
		const slidePath = `ppt/slides/slide${i + 1}.xml`;
		let xml = await readPart(zip, slidePath);
		const ids = new Map(items.map((item) => [item.token, findPlaceholder(xml, item.token).id]));
		const byNode = new Map(items.filter((item) => item.node).map((item) => [item.node!, ids.get(item.token)!]));
		const idOf = (node: string) => {
			const id = byNode.get(node);
			if (id === undefined) throw new Error(`pptx: no shape for node "${node}"`);
			return id;
		};
		// Groups need ids of their own beyond those pptxgenjs gave out.
		let lastId = Math.max(...[...xml.matchAll(/ id="(\d+)"/g)].map((m) => Number(m[1])));
		const freshId = () => ++lastId;
		for (const item of items) {
			const at = findPlaceholder(xml, item.token);
			xml = xml.slice(0, at.start) + item.xml(at.id, { of: idOf, fresh: freshId }) + xml.slice(at.end);
		}
		zip.file(slidePath, xml);
		await rewriteNotes(zip, i, scene);
	}
	const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
	// JSZip allocates a plain ArrayBuffer; saying so lets callers hand the bytes straight to a Blob.
	return bytes as Uint8Array<ArrayBuffer>;
}

const notesMarker = (i: number) => `renkei-notes-${i + 1}`;

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

