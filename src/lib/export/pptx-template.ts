import JSZip from 'jszip';
import { t, type MessageKey } from '../i18n/messages.ts';
import { decorations, marginsClearOf } from './pptx-decorations.ts';
import { OWN_LOOK, type Margins } from './pptx-slide.ts';
import {
	attributes,
	contentTypeOf,
	freshPartName,
	readPart,
	readRels,
	relativeTarget,
	relsPath,
	relsXml,
	resolveTarget,
	startTags,
	withOverride,
	type Relationship
} from './pptx-package.ts';

/**
 * Our slides inside an organization's deck or template (.pptx/.potx): the template's slides, masters,
 * layouts and theme stay as they are; ours are added after slide N, each on a layout of the template's
 * first master, with their notes. pptxgenjs cannot open a file, so this works on the package itself.
 * Runs in Node and the browser: no DOM, no file system.
 */

const MAIN_TYPE = {
	presentation: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
	template: 'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml',
	slideshow: 'application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml'
} as const;
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Our slides' size, PowerPoint's Widescreen (13.333 × 7.5 in) in EMU. */
export const WIDESCREEN = { cx: 12192000, cy: 6858000 } as const;
const EMU_PER_INCH = 914400;

export interface Template {
	bytes: Uint8Array;
	/** the presentation part, e.g. `ppt/presentation.xml` */
	main: string;
	slideCount: number;
	/** the layout our slides use */
	layout: string;
	/** our margins, widened to keep clear of what that layout and its master draw near the edges */
	margins: Margins;
	/** the template's notes master, if it has one */
	notesMaster?: string;
}

/** A template that cannot take the slides; `key` and `params` let the export menu say why in the reader's language. */
export class TemplateError extends Error {
	// Fields, not parameter properties: the CLI runs this file with Node's type stripping.
	readonly key: MessageKey;
	readonly params: Record<string, string>;
	constructor(key: MessageKey, params: Record<string, string> = {}) {
		super(`template: ${t('en', key, params)}`);
		this.name = 'TemplateError';
		this.key = key;
		this.params = params;
	}
}

const fail = (key: MessageKey, params: Record<string, string> = {}): never => {
	throw new TemplateError(key, params);
};

const readTemplatePart = async (zip: JSZip, part: string) => {
	const file = zip.file(part);
	return file ? file.async('string') : fail('templateMissingPart', { part });
};

/** Checks a template and picks the layout for our slides; every problem is an Error saying what is wrong. */
export async function openTemplate(bytes: Uint8Array): Promise<Template> {
	let zip: JSZip;
	try {
		zip = await JSZip.loadAsync(bytes);
	} catch {
		return fail('templateNotZip');
	}
	const main = (await mainPart(zip)) ?? fail('templateNoPresentation');
	const types = await readTemplatePart(zip, '[Content_Types].xml');
	const type = contentTypeOf(types, main);
	if (!Object.values(MAIN_TYPE).includes(type as never)) fail('templateWrongType', { part: main, type: type ?? '—' });
	const xml = await readTemplatePart(zip, main);
	if (!xml.includes(`"${NS_R}"`)) fail('templateStrict');

	const size = attributes(startTags(xml, 'p:sldSz')[0] ?? '');
	const [cx, cy] = [Number(size.cx), Number(size.cy)];
	// Our slides are laid out in points for this size, and their legibility rules are in points: scaling
	// them to another size would change every text size, so a template of another size is refused.
	if (!(Math.abs(cx - WIDESCREEN.cx) <= 1270 && Math.abs(cy - WIDESCREEN.cy) <= 1270)) {
		const inches = (w: number, h: number) => `${+(w / EMU_PER_INCH).toFixed(3)} × ${+(h / EMU_PER_INCH).toFixed(3)} in`;
		fail('templateSize', { found: cx && cy ? inches(cx, cy) : '?', needed: inches(WIDESCREEN.cx, WIDESCREEN.cy) });
	}

	const rels = await readRels(zip, main);
	const byId = new Map(rels.map((r) => [r.id, r]));
	const masterId = attributes(startTags(xml, 'p:sldMasterId')[0] ?? '')['r:id'];
	const master = masterId && byId.get(masterId);
	if (!master) return fail('templateNoMaster');
	const masterPath = resolveTarget(main, master.target);
	const notes = rels.find((r) => r.kind === 'notesMaster');
	const layout = await pickLayout(zip, masterPath);
	// A layout can hide its master's shapes.
	const drawn = [layout.xml, ...(attributes(startTags(layout.xml, 'p:sldLayout')[0] ?? '').showMasterSp === '0' ? [] : [await readTemplatePart(zip, masterPath)])];
	return {
		bytes,
		main,
		slideCount: startTags(xml, 'p:sldId').length,
		layout: layout.path,
		margins: marginsClearOf(drawn.flatMap(decorations), OWN_LOOK.margins),
		notesMaster: notes && resolveTarget(main, notes.target)
	};
}

/** The package's main part, named by its officeDocument relationship, if it has one. */
async function mainPart(zip: JSZip): Promise<string | undefined> {
	const root = (await readRels(zip, '')).find((r) => r.kind === 'officeDocument');
	return root && zip.file(resolveTarget('', root.target)) ? resolveTarget('', root.target) : undefined;
}

/**
 * Our slides draw their own title and diagram: a "Title Only" layout gives the title its place in the
 * template's style and nothing else to cover; "Blank" the next best; otherwise the master's first.
 */
async function pickLayout(zip: JSZip, master: string): Promise<{ path: string; xml: string }> {
	const layouts: { path: string; xml: string; type?: string }[] = [];
	for (const r of (await readRels(zip, master)).filter((r) => r.kind === 'slideLayout')) {
		const path = resolveTarget(master, r.target);
		const xml = await readTemplatePart(zip, path);
		layouts.push({ path, xml, type: attributes(startTags(xml, 'p:sldLayout')[0] ?? '').type });
	}
	const chosen = layouts.find((l) => l.type === 'titleOnly') ?? layouts.find((l) => l.type === 'blank') ?? layouts[0];
	if (!chosen) return fail('templateNoLayouts', { master });
	return chosen;
}

/** Where our slides go: after slide `after` (0 = first), by default at the end. */
export function insertionIndex(template: Template, after?: number): number {
	if (after === undefined) return template.slideCount;
	if (!Number.isInteger(after) || after < 0 || after > template.slideCount) {
		fail('templateAfter', { after: String(after), count: String(template.slideCount) });
	}
	return after;
}

/**
 * `deck` (one of ours) inside `template`: a new package holding every part of the template, with our
 * slides, their notes (and our notes master, with its theme, if the template has none) and anything
 * else they refer to under fresh part names. A template (.potx) comes out as a presentation.
 */
export async function intoTemplate(deck: Uint8Array, template: Uint8Array | Template, options: { after?: number } = {}): Promise<Uint8Array<ArrayBuffer>> {
	const tpl = template instanceof Uint8Array ? await openTemplate(template) : template;
	const index = insertionIndex(tpl, options.after);
	const out = await JSZip.loadAsync(tpl.bytes);
	const ours = await JSZip.loadAsync(deck);
	const ourMain = await mainPart(ours);
	if (!ourMain) throw new Error('deck: no presentation part');
	const ourTypes = await readPart(ours, '[Content_Types].xml', 'deck');
	let types = (await readTemplatePart(out, '[Content_Types].xml')).replace(
		`ContentType="${MAIN_TYPE.template}"`,
		`ContentType="${MAIN_TYPE.presentation}"`
	);

	// Copies a part of ours, and what it refers to, under a fresh name; a part is copied once.
	const carried = new Map<string, string>();
	const redirect: Partial<Record<string, string>> = { slideLayout: tpl.layout, notesMaster: tpl.notesMaster };
	const carry = async (part: string): Promise<string> => {
		const known = carried.get(part);
		if (known) return known;
		const file = ours.file(part);
		if (!file) throw new Error(`deck: missing part ${part}`);
		const name = freshPartName(out, part);
		carried.set(part, name);
		out.file(name, await file.async('uint8array'));
		const type = contentTypeOf(ourTypes, part);
		if (!type) throw new Error(`deck: part ${part} has no content type`);
		types = withOverride(types, name, type);
		const rels: Relationship[] = [];
		for (const r of await readRels(ours, part)) {
			if (r.external) rels.push(r);
			else rels.push({ ...r, target: relativeTarget(name, redirect[r.kind] ?? (await carry(resolveTarget(part, r.target)))) });
		}
		if (rels.length > 0) out.file(relsPath(name), relsXml(rels));
		return name;
	};

	const ourRels = await readRels(ours, ourMain);
	const ourXml = await readPart(ours, ourMain, 'deck');
	const slides: string[] = [];
	for (const tag of startTags(ourXml, 'p:sldId')) {
		const rel = ourRels.find((r) => r.id === attributes(tag)['r:id']);
		if (!rel) throw new Error(`deck: slide ${tag} has no relationship`);
		slides.push(await carry(resolveTarget(ourMain, rel.target)));
	}

	const rels = await readRels(out, tpl.main);
	let xml = await readTemplatePart(out, tpl.main);
	const nextRelId = (() => {
		let n = Math.max(0, ...rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)));
		return () => `rId${++n}`;
	})();
	const relate = (kind: string, part: string) => {
		const id = nextRelId();
		rels.push({ id, kind, type: REL_TYPE + kind, target: relativeTarget(tpl.main, part), external: false });
		return id;
	};
	// Our notes master came along (the template had none): the presentation must list it.
	const ourNotesMaster = ourRels.find((r) => r.kind === 'notesMaster');
	const broughtNotesMaster = !tpl.notesMaster && ourNotesMaster && carried.get(resolveTarget(ourMain, ourNotesMaster.target));
	if (broughtNotesMaster) {
		const entry = `<p:notesMasterIdLst><p:notesMasterId r:id="${relate('notesMaster', broughtNotesMaster)}"/></p:notesMasterIdLst>`;
		xml = insertAt(xml, '</p:sldMasterIdLst>', entry, 'after');
	}
	xml = withSlides(xml, index, slides.map((part) => relate('slide', part)));
	out.file(tpl.main, xml);
	out.file(relsPath(tpl.main), relsXml(rels));
	out.file('[Content_Types].xml', types);
	const bytes = await out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
	return bytes as Uint8Array<ArrayBuffer>;
}

function insertAt(xml: string, marker: string, text: string, where: 'before' | 'after'): string {
	const at = xml.indexOf(marker);
	if (at < 0) fail('templateMissingPart', { part: marker });
	const cut = where === 'after' ? at + marker.length : at;
	return xml.slice(0, cut) + text + xml.slice(cut);
}

/** The slide list with our slides (by relationship id) after its first `index` entries, each with an id no slide has. */
function withSlides(xml: string, index: number, relIds: string[]): string {
	const existing = startTags(xml, 'p:sldId');
	// Slide ids run from 256 to 2^31 - 1 and must be unique in the presentation.
	let id = Math.max(255, ...existing.map((tag) => Number(attributes(tag).id) || 0));
	const added = relIds.map((rid) => `<p:sldId id="${++id}" r:id="${rid}"/>`).join('');
	if (id >= 2 ** 31) fail('templateNoSlideIds');
	if (existing.length === 0) {
		const list = `<p:sldIdLst>${added}</p:sldIdLst>`;
		// An empty list may be written out; otherwise the list goes where the schema wants it, before the slide size.
		return xml.includes('<p:sldIdLst/>') ? xml.replace('<p:sldIdLst/>', list) : xml.includes('<p:sldIdLst>') ? insertAt(xml, '<p:sldIdLst>', added, 'after') : insertAt(xml, '<p:sldSz', list, 'before');
	}
	if (index === 0) return insertAt(xml, existing[0]!, added, 'before');
	// After the entry itself, which ends at its close tag if it has children (an extension list).
	const tag = existing[index - 1]!;
	const start = xml.indexOf(tag);
	const end = tag.endsWith('/>') ? start + tag.length : xml.indexOf('</p:sldId>', start) + '</p:sldId>'.length;
	return xml.slice(0, end) + added + xml.slice(end);
}
