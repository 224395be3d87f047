import { t } from '../i18n/messages.ts';
import type { Card } from '../layout/card.ts';
import { drawCard, markPicture, type CardDetail } from '../layout/card-picture.ts';
import { GROUP_LABEL } from '../layout/elk-graph.ts';
import { FRAME_LABEL_TOP } from '../layout/frame-label.ts';
import { absoluteBoxes } from '../layout/geometry.ts';
import { roundedPath } from '../layout/path.ts';
import { baseline, lineBox, textWidth, wrapText, type Font } from '../layout/text.ts';
import type { Box } from '../layout/types.ts';
import { EDGE_LOOK, type Mark } from '../theme/marks.ts';
import { edgeStyle, lightPaint, THEMES } from '../theme/theme.ts';
import type { ExportScene } from './scenes.ts';

export interface SvgOptions {
	background?: 'white' | 'transparent';
	/** empty space around everything, in px */
	margin?: number;
}

/** Japanese-capable faces first, so kanji get Japanese glyph shapes wherever the file is opened. */
export const FONT_STACK =
	"'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, 'Source Han Sans JP', sans-serif";

const HEADER = { title: { size: 22, lineHeight: 1.3, bold: true }, subtitle: { size: 14, lineHeight: 1.4 } } as const;
const FOOTER = { size: 12, lineHeight: 1.4 } as const;

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const num = (n: number) => String(Math.round(n * 100) / 100);

/** Text lines as SVG, the first line box's top at `y`, each on the baseline the screen gives it. */
function textBlock(lines: string[], x: number, y: number, font: Font, attrs = ''): string {
	const lh = lineBox(font);
	return lines
		.map(
			(line, i) =>
				`<text x="${num(x)}" y="${num(baseline(y + i * lh, font))}" font-size="${font.size}"${font.bold ? ' font-weight="700"' : ''}${attrs}>${esc(line)}</text>`
		)
		.join('');
}

/** A body: the picture drawCard makes for the screen, at the box's place. */
function cardSvg(id: string, card: Card, box: Box, detail: CardDetail, mark: Mark): string {
	const picture = markPicture(drawCard(card, box, detail), mark);
	const { look } = picture;
	const at = (x: number, y: number) => ({ x: box.x + x, y: box.y + y });
	const parts: string[] = [];
	if (look.halo) {
		const { width, gap, paint, opacity } = look.halo;
		const o = gap + width / 2;
		parts.push(
			`<rect x="${num(box.x - o)}" y="${num(box.y - o)}" width="${num(box.width + 2 * o)}" height="${num(box.height + 2 * o)}" rx="${num(picture.radius + o)}" fill="none" stroke="${lightPaint(paint)}" stroke-width="${width}"${opacity < 1 ? ` stroke-opacity="${opacity}"` : ''}/>`
		);
	}
	// The screen draws the border inside the box; an SVG stroke straddles its path.
	const border = THEMES.light.sides[picture.side].borderWidth;
	parts.push(
		`<rect x="${num(box.x + border / 2)}" y="${num(box.y + border / 2)}" width="${num(box.width - border)}" height="${num(box.height - border)}" rx="${num(picture.radius - border / 2)}" fill="${lightPaint(picture.fill)}" stroke="${lightPaint(picture.stroke)}" stroke-width="${border}"${look.dashed ? ' stroke-dasharray="6 4"' : ''}/>`
	);
	for (const shape of picture.shapes) {
		const p = at(shape.x, shape.y);
		parts.push(
			`<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(shape.width)}" height="${num(shape.height)}"${shape.radius ? ` rx="${num(shape.radius)}"` : ''} fill="${lightPaint(shape.paint)}"/>`
		);
	}
	for (const text of picture.texts) {
		const p = at(text.x, text.y);
		const middle = text.align === 'middle';
		const lang = text.lang === card.lang ? '' : ` xml:lang="${text.lang}"`;
		parts.push(
			textBlock(text.lines, middle ? p.x + text.width / 2 : p.x, p.y, text.font, ` fill="${lightPaint(text.paint)}"${middle ? ' text-anchor="middle"' : ''}${lang} data-part="${text.part}"`)
		);
	}
	return `<g class="body" data-id="${esc(id)}" data-mark="${mark}">${parts.join('')}</g>`;
}

function markerId(colour: string) {
	return `arrow-${colour.replace('#', '')}`;
}

/** A standalone SVG of one scene: vector shapes and real text, cropped to the content plus a margin. */
export function sceneToSvg(scene: ExportScene, options: SvgOptions = {}): string {
	const margin = options.margin ?? 24;
	const { layout, marks } = scene;
	const width = Math.max(layout.width, 480);
	const headerLines = {
		title: wrapText(scene.title, HEADER.title, width),
		subtitle: scene.subtitle ? wrapText(scene.subtitle, HEADER.subtitle, width) : []
	};
	const headerHeight =
		headerLines.title.length * HEADER.title.size * HEADER.title.lineHeight +
		headerLines.subtitle.length * HEADER.subtitle.size * HEADER.subtitle.lineHeight +
		12;
	const legendText = scene.legend.map((l) => l.label).join('　');
	const sourceLines = wrapText(scene.sourceLine, FOOTER, width);
	const footerHeight = 12 + FOOTER.size * FOOTER.lineHeight + 6 + sourceLines.length * FOOTER.size * FOOTER.lineHeight;
	const totalWidth = width + 2 * margin;
	const totalHeight = margin + headerHeight + layout.height + footerHeight + margin;

	const boxes = absoluteBoxes(layout);
	const groups = layout.nodes
		.filter((n) => n.type === 'group')
		.map((n) => {
			const b = boxes.get(n.id)!;
			const [label, labelX] = n.type === 'group' ? [n.label, n.labelX] : ['', 0];
			return `<g class="group"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="12" fill="${lightPaint('subtle')}" fill-opacity="0.45" stroke="${lightPaint('frame')}" stroke-width="2" stroke-dasharray="6 4"/>${textBlock([label], b.x + labelX, b.y + FRAME_LABEL_TOP, GROUP_LABEL, ` fill="${lightPaint('muted')}"`)}</g>`;
		});
	const colours = new Set<string>();
	const edges = layout.edges.map((e) => {
		const style = edgeStyle(e.kind, e.asNeeded);
		const mark = marks.edges[e.id] ?? 'plain';
		const look = EDGE_LOOK[mark];
		colours.add(style.stroke);
		const m = `url(#${markerId(style.stroke)})`;
		const opacity = look.opacity < 1 ? ` opacity="${look.opacity}"` : '';
		const path = `<path d="${roundedPath(e.points)}" fill="none" stroke="${style.stroke}" stroke-width="${look.width ?? style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}${opacity} marker-end="${m}"${e.directed ? '' : ` marker-start="${m}"`}/>`;
		const label = e.label
			? `<rect x="${num(e.label.x)}" y="${num(e.label.y)}" width="${num(e.label.width)}" height="${num(e.label.height)}" rx="3" fill="${lightPaint('canvas-bg')}" fill-opacity="0.92"/>${textBlock(e.label.lines, e.label.x + e.label.width / 2, e.label.y + 2, e.label.font, ` text-anchor="middle" fill="${look.mutedLabel ? lightPaint('muted') : style.stroke}"`)}`
			: '';
		return `<g class="edge" data-id="${esc(e.id)}" data-mark="${mark}">${path}${label}</g>`;
	});
	const bodies = layout.nodes.flatMap((n) => (n.type === 'body' ? [cardSvg(n.id, n.card, boxes.get(n.id)!, layout.detail, marks.nodes[n.id] ?? 'plain')] : []));
	const markers = [...colours].map(
		(c) =>
			`<marker id="${markerId(c)}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="13" markerHeight="13" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${c}"/></marker>`
	);

	let legendX = 0;
	const legendY = layout.height + 12;
	const legend = scene.legend.map((l) => {
		const item = `<line x1="${num(legendX)}" x2="${num(legendX + 34)}" y1="${num(legendY + 9)}" y2="${num(legendY + 9)}" stroke="${l.stroke}" stroke-width="2"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/>${textBlock([l.label], legendX + 40, legendY, FOOTER)}`;
		legendX += 64 + textWidth(l.label, FOOTER);
		return item;
	});
	const background = options.background === 'transparent' ? '' : `<rect width="100%" height="100%" fill="${lightPaint('surface')}"/>`;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${scene.lang}" xml:space="preserve" data-detail="${scene.layout.detail}" width="${num(totalWidth)}" height="${num(totalHeight)}" viewBox="0 0 ${num(totalWidth)} ${num(totalHeight)}" font-family="${esc(FONT_STACK)}" fill="${lightPaint('text')}">`,
		`<title>${esc([scene.title, scene.subtitle].filter(Boolean).join(' — '))}</title>`,
		`<desc>${esc(`${legendText}. ${scene.sourceLine}`)}</desc>`,
		`<defs>${markers.join('')}</defs>`,
		background,
		`<g transform="translate(${margin} ${margin})">`,
		textBlock(headerLines.title, 0, 0, HEADER.title),
		textBlock(headerLines.subtitle, 0, headerLines.title.length * HEADER.title.size * HEADER.title.lineHeight, HEADER.subtitle, ` fill="${lightPaint('muted')}"`),
		`<g transform="translate(0 ${num(headerHeight)})">`,
		`<g class="groups">${groups.join('')}</g>`,
		`<g class="edges">${edges.join('')}</g>`,
		`<g class="bodies">${bodies.join('')}</g>`,
		`<g class="legend" aria-label="${esc(t(scene.lang, 'legend'))}">${legend.join('')}</g>`,
		textBlock(sourceLines, 0, legendY + FOOTER.size * FOOTER.lineHeight + 6, FOOTER, ` fill="${lightPaint('muted')}"`),
		`</g></g></svg>`
	].join('');
}
