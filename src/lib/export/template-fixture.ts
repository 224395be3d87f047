import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';

/**
 * An organization's deck made at test time (no binary fixtures): a slide master with a coloured
 * background, a band and a title placeholder, marked "Title Only" as PowerPoint marks it, its own theme
 * fonts, and a few slides of its own with notes. Variants: a .potx, one without a notes master, one of
 * another slide size.
 */
export const TEMPLATE_FONTS = { head: 'Georgia', body: 'Verdana' } as const;
export const TEMPLATE_MASTER = 'ORG';

export interface TemplateOptions {
	slides?: number;
	potx?: boolean;
	notesMaster?: boolean;
	/** `p:sldSz` in EMU; Widescreen by default */
	size?: { cx: number; cy: number };
}

export const templateSlideTitle = (i: number) => `Organization slide ${i}`;

export async function makeTemplate({ slides = 3, potx = false, notesMaster = true, size }: TemplateOptions = {}): Promise<Uint8Array> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.theme = { headFontFace: TEMPLATE_FONTS.head, bodyFontFace: TEMPLATE_FONTS.body };
	pptx.defineSlideMaster({
		title: TEMPLATE_MASTER,
		background: { color: 'F4F1E8' },
		objects: [
			{ rect: { x: 0, y: 7.1, w: '100%', h: 0.4, fill: { color: '1F4E79' } } },
			{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 12.3, h: 0.8 }, text: '' } }
		]
	});
	for (let i = 1; i <= slides; i++) {
		const slide = pptx.addSlide({ masterName: TEMPLATE_MASTER });
		slide.addText(templateSlideTitle(i), { placeholder: 'title' });
		slide.addNotes(`Notes of ${templateSlideTitle(i)}`);
	}
	const zip = await JSZip.loadAsync((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
	const edit = async (path: string, change: (xml: string) => string) => zip.file(path, change(await zip.file(path)!.async('string')));
	// pptxgenjs gives its layouts no type; PowerPoint's own templates do.
	await edit('ppt/slideLayouts/slideLayout2.xml', (xml) => xml.replace('<p:sldLayout ', '<p:sldLayout type="titleOnly" '));
	if (size) await edit('ppt/presentation.xml', (xml) => xml.replace(/<p:sldSz [^>]*\/>/, `<p:sldSz cx="${size.cx}" cy="${size.cy}"/>`));
	if (potx) {
		await edit('[Content_Types].xml', (xml) =>
			xml.replace('presentationml.presentation.main+xml', 'presentationml.template.main+xml')
		);
	}
	if (!notesMaster) {
		for (const path of Object.keys(zip.files)) if (/^ppt\/(notesMasters|notesSlides)\//.test(path)) zip.remove(path);
		for (let i = 1; i <= slides; i++) await edit(`ppt/slides/_rels/slide${i}.xml.rels`, (xml) => xml.replace(/<Relationship [^>]*notesSlide[^>]*\/>/g, ''));
		await edit('ppt/_rels/presentation.xml.rels', (xml) => xml.replace(/<Relationship [^>]*notesMaster[^>]*\/>/g, ''));
		await edit('ppt/presentation.xml', (xml) => xml.replace(/<p:notesMasterIdLst>.*?<\/p:notesMasterIdLst>/, ''));
		await edit('[Content_Types].xml', (xml) => xml.replace(/<Override PartName="\/ppt\/notes[^>]*\/>/g, ''));
	}
	return zip.generateAsync({ type: 'uint8array' });
}
