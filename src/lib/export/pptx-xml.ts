import { otherLang, type Lang } from '../i18n/lang.ts';
import type { BorderSite, ConnectorGeometry } from './pptx-connector.ts';

/**
 * DrawingML for the shapes of a slide, written by hand: pptxgenjs repeats `<a:pPr>` before every run
 * of a mixed-format paragraph (schema-invalid) and has no connectors, so it only packages the deck.
 */

export const EMU_PER_INCH = 914400;
export const EMU_PER_PT = 12700;

/**
 * One face per language: Meiryo for Japanese (on every Windows since Vista and in Office for Mac, made
 * for screen legibility), Calibri for English (Office's default). East Asian glyphs always use Meiryo,
 * so Japanese inside English text (a body's Japanese name, a source title) never falls back at random.
 */
export const FONT_FACE: Record<Lang, string> = { ja: 'Meiryo', en: 'Calibri' };
const EA_FACE = FONT_FACE.ja;
export const LANG_TAG: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

// XML 1.0 forbids most control characters even when escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const esc = (s: string) =>
	s
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');

const hex = (colour: string) => colour.replace('#', '').toUpperCase();
const int = (n: number) => String(Math.round(n));

/** A box in EMU. */
export interface EmuBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Colour {
	colour: string;
	/** 0..1; 1 when omitted */
	opacity?: number;
}

function solidFill({ colour, opacity = 1 }: Colour): string {
	const alpha = opacity < 1 ? `<a:alpha val="${int(Math.max(0, opacity) * 100000)}"/>` : '';
	return `<a:solidFill><a:srgbClr val="${hex(colour)}">${alpha}</a:srgbClr></a:solidFill>`;
}

export interface LineStyle extends Colour {
	widthPt: number;
	/** a preset dash, or dash–space pairs as multiples of the line width (SVG dasharray / width) */
	dash?: 'dash' | number[];
	headEnd?: boolean;
	tailEnd?: boolean;
	/** square caps, so runs drawn as separate connectors meet at a bend without a notch */
	squareCap?: boolean;
}

function lineXml(line: LineStyle | null): string {
	if (!line) return '<a:ln><a:noFill/></a:ln>';
	let dash = '';
	if (line.dash === 'dash') dash = '<a:prstDash val="dash"/>';
	else if (line.dash && line.dash.length >= 2) {
		const pairs: string[] = [];
		for (let i = 0; i + 1 < line.dash.length; i += 2) {
			pairs.push(`<a:ds d="${int(line.dash[i]! * 100000)}" sp="${int(line.dash[i + 1]! * 100000)}"/>`);
		}
		dash = `<a:custDash>${pairs.join('')}</a:custDash>`;
	}
	// Arrowheads scale with the line width; thin lines need the large head to stay visible.
	const size = line.widthPt < 1.5 ? 'lg' : 'med';
	const end = (tag: string, on?: boolean) => (on ? `<a:${tag} type="triangle" w="${size}" len="${size}"/>` : '');
	return `<a:ln w="${int(line.widthPt * EMU_PER_PT)}"${line.squareCap ? ' cap="sq"' : ''}>${solidFill(line)}${dash}<a:round/>${end('headEnd', line.headEnd)}${end('tailEnd', line.tailEnd)}</a:ln>`;
}

/**
 * How text on the slide's own background takes a template's look: `text` and `muted` use the theme's
 * body fonts and text colour (muted as PowerPoint's "Text 1, lighter 35%"); `placeholder` leaves face,
 * colour and weight to the placeholder's style. Without it a run has our faces and its own colour.
 */
export type RunTheme = 'text' | 'muted' | 'placeholder';

export interface Run extends Colour {
	text: string;
	lang: Lang;
	sizePt: number;
	bold?: boolean;
	theme?: RunTheme;
}

export interface Paragraph {
	runs: Run[];
	align?: 'l' | 'ctr';
	/** exact line pitch, so heights match the estimate whatever the font's own leading */
	lineHeightPt: number;
	spaceBeforePt?: number;
	/** hanging indent for a bullet, in pt */
	bulletIndentPt?: number;
}

export interface TextFrame {
	paragraphs: Paragraph[];
	/** left, top, right, bottom insets in pt */
	insetsPt: [number, number, number, number];
	anchor: 't' | 'ctr';
	/** PowerPoint's "shrink text on overflow", a safety net when a face is wider than the estimate */
	shrink?: boolean;
	/** false for text whose lines are already broken (labels): a face a hair wider must not wrap them again */
	wrap?: boolean;
}

// The size stays ours in every case: the slide's layout is measured at it.
function runXml(run: Run): string {
	const bold = run.bold && run.theme !== 'placeholder' ? ' b="1"' : '';
	const attrs = `lang="${LANG_TAG[run.lang]}" altLang="${LANG_TAG[otherLang(run.lang)]}" sz="${int(Math.max(1, run.sizePt) * 100)}"${bold} dirty="0"`;
	return `<a:r><a:rPr ${attrs}>${runLook(run)}</a:rPr><a:t>${esc(run.text)}</a:t></a:r>`;
}

function runLook(run: Run): string {
	if (run.theme === 'placeholder') return '';
	if (run.theme) {
		const lighter = run.theme === 'muted' ? '<a:lumMod val="65000"/><a:lumOff val="35000"/>' : '';
		return `<a:solidFill><a:schemeClr val="tx1">${lighter}</a:schemeClr></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>`;
	}
	const face = FONT_FACE[run.lang];
	return `${solidFill(run)}<a:latin typeface="${face}"/><a:ea typeface="${EA_FACE}"/><a:cs typeface="${face}"/>`;
}

function paragraphXml(p: Paragraph): string {
	const indent = p.bulletIndentPt ? ` marL="${int(p.bulletIndentPt * EMU_PER_PT)}" indent="-${int(p.bulletIndentPt * EMU_PER_PT)}"` : ' marL="0" indent="0"';
	const spacing =
		`<a:lnSpc><a:spcPts val="${int(p.lineHeightPt * 100)}"/></a:lnSpc>` +
		(p.spaceBeforePt ? `<a:spcBef><a:spcPts val="${int(p.spaceBeforePt * 100)}"/></a:spcBef>` : '<a:spcBef><a:spcPts val="0"/></a:spcBef>');
	const bullet = p.bulletIndentPt ? '<a:buFont typeface="Arial"/><a:buChar char="•"/>' : '<a:buNone/>';
	const first = p.runs[0];
	const end = first ? `<a:endParaRPr lang="${LANG_TAG[first.lang]}" sz="${int(Math.max(1, first.sizePt) * 100)}" dirty="0"/>` : '';
	return `<a:p><a:pPr algn="${p.align ?? 'l'}"${indent}>${spacing}${bullet}</a:pPr>${p.runs.filter((r) => r.text).map(runXml).join('')}${end}</a:p>`;
}

export function textBodyXml(frame: TextFrame): string {
	const [l, t, r, b] = frame.insetsPt.map((v) => int(v * EMU_PER_PT));
	const fit = frame.shrink ? '<a:normAutofit/>' : '<a:noAutofit/>';
	const paragraphs = frame.paragraphs.length > 0 ? frame.paragraphs.map(paragraphXml).join('') : '<a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p>';
	return `<p:txBody><a:bodyPr wrap="${frame.wrap === false ? 'none' : 'square'}" lIns="${l}" tIns="${t}" rIns="${r}" bIns="${b}" anchor="${frame.anchor}" rtlCol="0">${fit}</a:bodyPr><a:lstStyle/>${paragraphs}</p:txBody>`;
}

export interface ShapeSpec {
	id: number;
	name: string;
	descr?: string;
	box: EmuBox;
	geometry: 'rect' | 'roundRect' | 'ellipse' | 'line';
	/** corner radius as a fraction of the shorter side (roundRect's adj / 100000) */
	radius?: number;
	fill: Colour | null;
	line: LineStyle | null;
	text?: TextFrame;
	textBox?: boolean;
	/** connection sites beyond a rounded rectangle's four side midpoints, numbered from 4 on */
	sites?: BorderSite[];
	/** the slide layout's title placeholder, whose style (a template's) the text then takes */
	placeholder?: 'title';
}

const xfrm = (box: EmuBox, extra = '') =>
	`<a:xfrm${extra}><a:off x="${int(box.x)}" y="${int(box.y)}"/><a:ext cx="${int(Math.max(0, box.width))}" cy="${int(Math.max(0, box.height))}"/></a:xfrm>`;

const SIDE_SITE = [
	{ ang: '3cd4', along: 'x', edge: 't' },
	{ ang: 'cd2', along: 'y', edge: 'l' },
	{ ang: 'cd4', along: 'x', edge: 'b' },
	{ ang: '0', along: 'y', edge: 'r' }
] as const;

/**
 * A rounded rectangle drawn as custom geometry, the same outline as the `roundRect` preset, so it can
 * list connection sites of its own: the preset's four side midpoints first (indices 0–3, as connectors
 * glued to a plain box expect), then `sites`. Written as PowerPoint writes a freeform: the outline in
 * path units that scale with the shape, the sites as guides proportional to its width or height.
 */
function roundRectWithSites(box: EmuBox, radius: number, sites: BorderSite[]): string {
	const w = Math.max(1, Math.round(box.width));
	const h = Math.max(1, Math.round(box.height));
	const r = Math.round(Math.min(0.5, Math.max(0, radius)) * Math.min(w, h));
	const guides = sites.map(
		(site, i) => `<a:gd name="site${i + 4}" fmla="*/ ${SIDE_SITE[site.side].along === 'x' ? 'w' : 'h'} ${int(site.at * 100000)} 100000"/>`
	);
	const cxn = (ang: string, x: string, y: string) => `<a:cxn ang="${ang}"><a:pos x="${x}" y="${y}"/></a:cxn>`;
	const midpoints = [cxn('3cd4', 'hc', 't'), cxn('cd2', 'l', 'vc'), cxn('cd4', 'hc', 'b'), cxn('0', 'r', 'vc')];
	const own = sites.map((site, i) => {
		const { ang, along, edge } = SIDE_SITE[site.side];
		return along === 'x' ? cxn(ang, `site${i + 4}`, edge) : cxn(ang, edge, `site${i + 4}`);
	});
	const pt = (x: number, y: number) => `<a:pt x="${x}" y="${y}"/>`;
	const arc = (start: number) => `<a:arcTo wR="${r}" hR="${r}" stAng="${start * 60000}" swAng="5400000"/>`;
	const path =
		`<a:moveTo>${pt(0, r)}</a:moveTo>${arc(180)}<a:lnTo>${pt(w - r, 0)}</a:lnTo>${arc(270)}` +
		`<a:lnTo>${pt(w, h - r)}</a:lnTo>${arc(0)}<a:lnTo>${pt(r, h)}</a:lnTo>${arc(90)}<a:close/>`;
	return (
		`<a:custGeom><a:avLst/><a:gdLst>${guides.join('')}</a:gdLst><a:ahLst/><a:cxnLst>${[...midpoints, ...own].join('')}</a:cxnLst>` +
		`<a:rect l="l" t="t" r="r" b="b"/><a:pathLst><a:path w="${w}" h="${h}">${path}</a:path></a:pathLst></a:custGeom>`
	);
}

function geometryXml(s: ShapeSpec): string {
	if (s.geometry === 'roundRect' && s.sites && s.sites.length > 0) return roundRectWithSites(s.box, s.radius ?? 0.1, s.sites);
	const avLst = s.geometry === 'roundRect' ? `<a:avLst><a:gd name="adj" fmla="val ${int((s.radius ?? 0.1) * 100000)}"/></a:avLst>` : '<a:avLst/>';
	return `<a:prstGeom prst="${s.geometry}">${avLst}</a:prstGeom>`;
}

export function shapeXml(s: ShapeSpec): string {
	const descr = s.descr ? ` descr="${esc(s.descr)}"` : '';
	return (
		`<p:sp><p:nvSpPr><p:cNvPr id="${s.id}" name="${esc(s.name)}"${descr}/>` +
		(s.placeholder ? `<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${s.placeholder}"/></p:nvPr>` : `<p:cNvSpPr${s.textBox ? ' txBox="1"' : ''}/><p:nvPr/>`) +
		'</p:nvSpPr>' +
		`<p:spPr>${xfrm(s.box)}${geometryXml(s)}${s.fill ? solidFill(s.fill) : '<a:noFill/>'}${lineXml(s.line)}</p:spPr>` +
		(s.text ? textBodyXml(s.text) : '') +
		'</p:sp>'
	);
}

export interface ConnectorSpec {
	id: number;
	name: string;
	descr?: string;
	/** geometry with its frame already in EMU */
	geometry: ConnectorGeometry;
	start?: { id: number; site: number };
	end?: { id: number; site: number };
	line: LineStyle;
}

/** A `<p:cxnSp>` glued to its shapes by id and connection site, so it follows them when they move. */
export function connectorXml(c: ConnectorSpec): string {
	const g = c.geometry;
	const descr = c.descr ? ` descr="${esc(c.descr)}"` : '';
	const glue =
		(c.start ? `<a:stCxn id="${c.start.id}" idx="${c.start.site}"/>` : '') + (c.end ? `<a:endCxn id="${c.end.id}" idx="${c.end.site}"/>` : '');
	const attrs = (g.rot ? ` rot="${g.rot * 60000}"` : '') + (g.flipH ? ' flipH="1"' : '') + (g.flipV ? ' flipV="1"' : '');
	const avLst = g.adj.length > 0 ? `<a:avLst>${g.adj.map((a, i) => `<a:gd name="adj${i + 1}" fmla="val ${int(a)}"/>`).join('')}</a:avLst>` : '<a:avLst/>';
	return (
		`<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${c.id}" name="${esc(c.name)}"${descr}/><p:cNvCxnSpPr>${glue}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
		`<p:spPr>${xfrm(g.frame, attrs)}<a:prstGeom prst="${g.prst}">${avLst}</a:prstGeom><a:noFill/>${lineXml(c.line)}</p:spPr>` +
		'</p:cxnSp>'
	);
}

/** Speaker notes as paragraphs in the scene's language (pptxgenjs writes one en-US run with raw newlines). */
export function notesParagraphsXml(notes: string, lang: Lang): string {
	const tag = LANG_TAG[lang];
	const lines = notes.split(/\r?\n/);
	return lines
		.map((line) =>
			line.trim()
				? `<a:p><a:r><a:rPr lang="${tag}" dirty="0"/><a:t>${esc(line)}</a:t></a:r></a:p>`
				: `<a:p><a:endParaRPr lang="${tag}" dirty="0"/></a:p>`
		)
		.join('');
}

/** Replaces the whole element (`<p:sp>` from pptxgenjs) whose cNvPr is named `token`; returns its id too. */
export function findPlaceholder(xml: string, token: string): { id: number; start: number; end: number } {
	const at = xml.indexOf(`name="${token}"`);
	if (at < 0) throw new Error(`pptx: placeholder ${token} not found`);
	const start = xml.lastIndexOf('<p:sp>', at);
	const close = xml.indexOf('</p:sp>', at);
	const idMatch = /<p:cNvPr id="(\d+)"/.exec(xml.slice(start, at + 1));
	if (start < 0 || close < 0 || !idMatch) throw new Error(`pptx: placeholder ${token} is not a shape`);
	return { id: Number(idMatch[1]), start, end: close + '</p:sp>'.length };
}

/**
 * PowerPoint's Morph transition, which moves and fades shapes of the same name between two slides; an
 * application without it (LibreOffice Impress) takes the fade in the fallback.
 */
export const MORPH_TRANSITION =
	'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
	'<mc:Choice xmlns:p159="http://schemas.microsoft.com/office/powerpoint/2015/09/main" Requires="p159">' +
	'<p:transition spd="slow"><p159:morph option="byObject"/></p:transition></mc:Choice>' +
	'<mc:Fallback><p:transition spd="slow"><p:fade/></p:transition></mc:Fallback></mc:AlternateContent>';

/** The slide with a transition into it, where the schema wants it: after the colour map, before timing. */
export function withTransition(slideXml: string, transition: string): string {
	const at = slideXml.includes('<p:timing') ? slideXml.indexOf('<p:timing') : slideXml.lastIndexOf('</p:sld>');
	if (at < 0) throw new Error('pptx: not a slide');
	return slideXml.slice(0, at) + transition + slideXml.slice(at);
}
