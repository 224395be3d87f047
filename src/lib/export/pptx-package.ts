import type JSZip from 'jszip';

/**
 * The Open Packaging Conventions a PowerPoint file is built on: parts named by paths in a zip,
 * relationships between them in `_rels/*.rels`, a content type for each in `[Content_Types].xml`.
 * Just enough of them to move parts from one package to another. No DOM, no file system.
 */

export interface Relationship {
	id: string;
	/** the relationship type's last segment (`slide`, `slideLayout`, `notesMaster`, …), the same in every namespace */
	kind: string;
	type: string;
	target: string;
	external: boolean;
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The attributes of an element's start tag, by qualified name. */
export function attributes(tag: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found[m[1]!] = unescape(m[2] ?? m[3] ?? '');
	return found;
}

/** Every start tag named `name` (with or without children) in `xml`. */
export const startTags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

export function parseRels(xml: string): Relationship[] {
	return startTags(xml, 'Relationship').map((tag) => {
		const a = attributes(tag);
		const type = a.Type ?? '';
		return { id: a.Id ?? '', type, kind: type.slice(type.lastIndexOf('/') + 1), target: a.Target ?? '', external: a.TargetMode === 'External' };
	});
}

export function relsXml(rels: Relationship[]): string {
	const items = rels.map(
		(r) => `<Relationship Id="${escape(r.id)}" Type="${escape(r.type)}" Target="${escape(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`
	);
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** `ppt/slides/slide1.xml` → `ppt/slides/_rels/slide1.xml.rels`; `''` (the package) → `_rels/.rels`. */
export function relsPath(part: string): string {
	const at = part.lastIndexOf('/');
	return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

/** The part a relative (or absolute) target of `from` names, as a zip path. */
export function resolveTarget(from: string, target: string): string {
	const segments = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
	for (const s of target.replace(/^\//, '').split('/')) {
		if (s === '..') segments.pop();
		else if (s !== '.' && s !== '') segments.push(s);
	}
	return segments.join('/');
}

/** The target by which `from` names `to`, relative as PowerPoint writes it. */
export function relativeTarget(from: string, to: string): string {
	const a = from.split('/').slice(0, -1);
	const b = to.split('/');
	let common = 0;
	while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
	return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

export async function readPart(zip: JSZip, path: string, what: string): Promise<string> {
	const file = zip.file(path);
	if (!file) throw new Error(`${what}: missing part ${path}`);
	return file.async('string');
}

/** A part's relationships; none when it has no rels part. */
export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
	const file = zip.file(relsPath(part));
	return file ? parseRels(await file.async('string')) : [];
}

/** The content type of a part: its Override, else the Default for its extension. */
export function contentTypeOf(typesXml: string, part: string): string | undefined {
	const override = startTags(typesXml, 'Override').map(attributes).find((a) => a.PartName === `/${part}`);
	if (override) return override.ContentType;
	const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
	return startTags(typesXml, 'Default').map(attributes).find((a) => a.Extension?.toLowerCase() === ext)?.ContentType;
}

export function withOverride(typesXml: string, part: string, contentType: string): string {
	const at = typesXml.lastIndexOf('</Types>');
	if (at < 0) throw new Error('[Content_Types].xml: no </Types>');
	return `${typesXml.slice(0, at)}<Override PartName="/${escape(part)}" ContentType="${escape(contentType)}"/>${typesXml.slice(at)}`;
}

/**
 * A name for a new part like `like` (`ppt/slides/slide3.xml`) that no part of `zip` has: the same
 * folder and stem, numbered after the highest number in use.
 */
export function freshPartName(zip: JSZip, like: string): string {
	const m = /^(.*\/)?([^/]*?)(\d*)(\.[^./]+)$/.exec(like);
	if (!m) throw new Error(`pptx: cannot name a part like ${like}`);
	const [, dir = '', stem, , ext] = m;
	const pattern = new RegExp(`^${escapeRegExp(dir + stem!)}(\\d+)${escapeRegExp(ext!)}$`, 'i');
	const used = Object.keys(zip.files).flatMap((f) => {
		const n = pattern.exec(f);
		return n ? [Number(n[1])] : [];
	});
	return `${dir}${stem}${Math.max(0, ...used) + 1}${ext}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
