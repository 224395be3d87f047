import { t } from '../i18n/messages.ts';
import { CARD, type Card } from '../layout/card.ts';
import { EDGE_LABEL, GROUP_LABEL } from '../layout/elk-graph.ts';
import { absoluteBoxes } from '../layout/geometry.ts';
import { roundedPath } from '../layout/path.ts';
import { textWidth, wrapText, type Font } from '../layout/text.ts';
import type { Box } from '../layout/types.ts';
import { edgeStyle, SIDE_STYLE } from '../theme/theme.ts';
import type { Mark } from '../scenario/marks.ts';
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
const FOCUS = '#f0a500';

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const num = (n: number) => String(Math.round(n * 100) / 100);

/** Text lines as SVG, first baseline at `y` (the top of the line box). */
function textBlock(lines: string[], x: number, y: number, font: Font, attrs = ''): string {
	const lh = font.size * font.lineHeight;
	const baseline = (i: number) => y + i * lh + (lh + font.size * 0.7) / 2;
	return lines
		.map(
			(line, i) =>
				`<text x="${num(x)}" y="${num(baseline(i))}" font-size="${font.size}"${font.bold ? ' font-weight="700"' : ''}${attrs}>${esc(line)}</text>`
		)
		.join('');
}

/** The card drawn with the same metrics as BodyNode.svelte, so the export matches the screen. */
function cardSvg(id: string, card: Card, box: Box, mark: Mark): string {
	const side = SIDE_STYLE[card.side];
	const inner = box.width - 2 * CARD.padding;
	const x0 = box.x + CARD.padding;
	let y = box.y + CARD.padding;
	const parts: string[] = [];
	const block = (text: string, font: Font, width: number, x: number, attrs = '') => {
		const lines = wrapText(text, font, width);
		parts.push(textBlock(lines, x, y, font, attrs));
		y += lines.length * font.size * font.lineHeight;
	};
	const outline =
		mark === 'focus'
			? `<rect x="${num(box.x - 4)}" y="${num(box.y - 4)}" width="${num(box.width + 8)}" height="${num(box.height + 8)}" rx="10" fill="none" stroke="${FOCUS}" stroke-width="3"/>`
			: '';
	const dash = mark === 'ghost' ? ' stroke-dasharray="6 4"' : '';
	const strokeWidth = mark === 'near' || mark === 'active' ? 3 : 1.5;
	parts.push(
		`<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="8" fill="${card.kind === 'tier' ? '#eef0f3' : side.fill}" stroke="${side.stroke}" stroke-width="${strokeWidth}"${dash}/>`
	);

	if (card.kind === 'office' || card.kind === 'tier') {
		const title = wrapText(card.title, CARD.office, inner);
		const sub = wrapText(card.subtitle, CARD.subtitle, inner);
		const h = title.length * CARD.office.size * CARD.office.lineHeight + sub.length * CARD.subtitle.size * CARD.subtitle.lineHeight;
		y = box.y + (box.height - h) / 2;
		const mid = box.x + box.width / 2;
		parts.push(textBlock(title, mid, y, CARD.office, ' text-anchor="middle"'));
		y += title.length * CARD.office.size * CARD.office.lineHeight;
		parts.push(textBlock(sub, mid, y, CARD.subtitle, ' text-anchor="middle" fill="#4a5462"'));
	} else {
		block(card.title, CARD.title, inner, x0);
		block(card.subtitle, CARD.subtitle, inner, x0, ' fill="#4a5462"');
		if (card.roles.length > 0) {
			y += CARD.gap;
			for (const role of card.roles) {
				const lh = CARD.role.size * CARD.role.lineHeight;
				parts.push(`<circle cx="${num(x0 + 5.5)}" cy="${num(y + lh / 2)}" r="2.5"/>`);
				block(role, CARD.role, inner - CARD.bullet, x0 + CARD.bullet);
			}
		}
		if (card.columns.length > 0) {
			y += CARD.gap;
			const top = y;
			const colWidth = (inner - CARD.columnGap * (card.columns.length - 1)) / card.columns.length;
			let bottom = y;
			card.columns.forEach((col, i) => {
				const cx = x0 + i * (colWidth + CARD.columnGap);
				const colour = SIDE_STYLE[col.side];
				y = top;
				block(col.header, CARD.header, colWidth, cx, ` fill="${colour.stroke}"`);
				parts.push(`<line x1="${num(cx)}" x2="${num(cx + colWidth)}" y1="${num(y - 1)}" y2="${num(y - 1)}" stroke="${colour.tint}" stroke-width="2"/>`);
				for (const item of col.items) block(item.asNeeded ? `${item.text} ${CARD.asNeededMark}` : item.text, CARD.item, colWidth, cx);
				bottom = Math.max(bottom, y);
			});
			y = bottom;
			if (card.footnote) block(card.footnote, CARD.item, inner, x0, ' fill="#5a4a00"');
		}
		if (card.levels.length > 0) {
			y += CARD.gap;
			const w = (inner - CARD.gap * (card.levels.length - 1)) / card.levels.length;
			const lines = card.levels.map((l) => wrapText(l, CARD.level, w - 8));
			const h = Math.max(...lines.map((l) => l.length)) * CARD.level.size * CARD.level.lineHeight + 2 * CARD.levelPadY;
			lines.forEach((l, i) => {
				const lx = x0 + i * (w + CARD.gap);
				parts.push(`<rect x="${num(lx)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="4" fill="#e6e9ee"/>`);
				parts.push(textBlock(l, lx + w / 2, y + CARD.levelPadY, CARD.level, ' text-anchor="middle"'));
			});
		}
	}
	const opacity = mark === 'dim' ? ' opacity="0.35"' : mark === 'ghost' ? ' opacity="0.3"' : '';
	return `<g class="body" data-id="${esc(id)}"${opacity}>${outline}${parts.join('')}</g>`;
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
			const label = n.type === 'group' ? n.label : '';
			return `<g class="group"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="12" fill="#e6e9ee" fill-opacity="0.35" stroke="#7d8795" stroke-width="2" stroke-dasharray="6 4"/>${textBlock([label], b.x + 16, b.y + 8, GROUP_LABEL, ' fill="#3d4756"')}</g>`;
		});
	const colours = new Set<string>();
	const edges = layout.edges.map((e) => {
		const style = edgeStyle(e.kind, e.asNeeded);
		const mark = marks.edges[e.id] ?? 'plain';
		colours.add(style.stroke);
		const m = `url(#${markerId(style.stroke)})`;
		const widthFor = mark === 'focus' ? 4 : mark === 'near' || mark === 'active' ? 3 : style.width;
		const opacity = mark === 'dim' ? ' opacity="0.25"' : mark === 'ghost' ? ' opacity="0.15"' : '';
		const path = `<path d="${roundedPath(e.points)}" fill="none" stroke="${style.stroke}" stroke-width="${widthFor}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} marker-end="${m}"${e.directed ? '' : ` marker-start="${m}"`}/>`;
		const label = e.label
			? `<rect x="${num(e.label.x)}" y="${num(e.label.y)}" width="${num(e.label.width)}" height="${num(e.label.height)}" rx="3" fill="#ffffff" fill-opacity="0.92"/>${textBlock(e.label.lines, e.label.x + e.label.width / 2, e.label.y + 2, EDGE_LABEL, ` text-anchor="middle" fill="${style.stroke}"`)}`
			: '';
		return `<g class="edge" data-id="${esc(e.id)}"${opacity}>${path}${label}</g>`;
	});
	const bodies = layout.nodes.flatMap((n) => (n.type === 'body' ? [cardSvg(n.id, n.card, boxes.get(n.id)!, marks.nodes[n.id] ?? 'plain')] : []));
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
	const background = options.background === 'transparent' ? '' : `<rect width="100%" height="100%" fill="#ffffff"/>`;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${scene.lang}" width="${num(totalWidth)}" height="${num(totalHeight)}" viewBox="0 0 ${num(totalWidth)} ${num(totalHeight)}" font-family="${esc(FONT_STACK)}" fill="#1b1f24">`,
		`<title>${esc([scene.title, scene.subtitle].filter(Boolean).join(' — '))}</title>`,
		`<desc>${esc(`${legendText}. ${scene.sourceLine}`)}</desc>`,
		`<defs>${markers.join('')}</defs>`,
		background,
		`<g transform="translate(${margin} ${margin})">`,
		textBlock(headerLines.title, 0, 0, HEADER.title),
		textBlock(headerLines.subtitle, 0, headerLines.title.length * HEADER.title.size * HEADER.title.lineHeight, HEADER.subtitle, ' fill="#3d4756"'),
		`<g transform="translate(0 ${num(headerHeight)})">`,
		`<g class="groups">${groups.join('')}</g>`,
		`<g class="edges">${edges.join('')}</g>`,
		`<g class="bodies">${bodies.join('')}</g>`,
		`<g class="legend" aria-label="${esc(t(scene.lang, 'legend'))}">${legend.join('')}</g>`,
		textBlock(sourceLines, 0, legendY + FOOTER.size * FOOTER.lineHeight + 6, FOOTER, ' fill="#4a5462"'),
		`</g></g></svg>`
	].join('');
}
