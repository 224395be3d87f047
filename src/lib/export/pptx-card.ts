import { joinList } from '../i18n/messages.ts';
import { CARD, type Card } from '../layout/card.ts';
import { wrapLines, type Font } from '../layout/text.ts';
import type { Lang } from '../model/schema.ts';
import { SIDE_STYLE } from '../theme/theme.ts';
import type { Paragraph, Run, TextFrame } from './pptx-xml.ts';

/**
 * A card's text as the paragraphs of one shape, so moving the box in PowerPoint moves its text.
 * The two participant columns of the screen become "Japan side: a, b, c" paragraphs: a single text
 * body cannot hold columns, and separate text boxes would be left behind when the box is moved.
 */

export const TEXT = '#1b1f24';
const MUTED = '#4a5462';
const FOOTNOTE = '#5a4a00';
/** The smallest type worth zooming up to; below it a card keeps the layout's own proportions. */
export const MIN_LEGIBLE_PT = 6;

interface Block {
	runs: { text: string; lang: Lang; font: Font; colour: string }[];
	font: Font;
	/** wrap width in layout px */
	width: number;
	spaceBefore: number;
	bullet?: boolean;
	align?: 'l' | 'ctr';
}

const other = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

function blocks(card: Card, inner: number): Block[] {
	const lang = card.lang;
	const one = (text: string, font: Font, colour: string, extra: Partial<Block> = {}, runLang = lang): Block => ({
		runs: [{ text, lang: runLang, font, colour }],
		font,
		width: inner,
		spaceBefore: 0,
		...extra
	});
	if (card.kind === 'office' || card.kind === 'tier') {
		return [
			one(card.title, CARD.office, TEXT, { align: 'ctr' }),
			...(card.subtitle ? [one(card.subtitle, CARD.subtitle, MUTED, { align: 'ctr' }, other(lang))] : [])
		];
	}
	const out: Block[] = [one(card.title, CARD.title, TEXT)];
	if (card.subtitle) out.push(one(card.subtitle, CARD.subtitle, MUTED, {}, other(lang)));
	card.roles.forEach((role, i) =>
		out.push(one(role, CARD.role, TEXT, { bullet: true, width: inner - CARD.bullet, spaceBefore: i === 0 ? CARD.gap : 0 }))
	);
	card.columns.forEach((col, i) => {
		const items = joinList(col.items.map((item) => (item.asNeeded ? `${item.text}${CARD.asNeededMark}` : item.text)), lang);
		out.push({
			runs: [
				{ text: `${col.header}${lang === 'ja' ? '：' : ': '}`, lang, font: CARD.header, colour: SIDE_STYLE[col.side].stroke },
				{ text: items, lang, font: CARD.item, colour: TEXT }
			],
			font: CARD.item,
			width: inner,
			spaceBefore: i === 0 ? CARD.gap : CARD.gap / 2
		});
	});
	if (card.footnote) out.push(one(card.footnote, CARD.item, FOOTNOTE));
	// Levels read left to right on screen as chips; here one centred line, in the same order.
	if (card.levels.length > 0) out.push(one(card.levels.join('  |  '), CARD.level, TEXT, { align: 'ctr', spaceBefore: CARD.gap }));
	return out;
}

const scaled = (font: Font, zoom: number): Font => ({ ...font, size: font.size * zoom });

/** Estimated height in layout px of the blocks with every type size multiplied by `zoom`. */
function height(list: Block[], zoom: number): number {
	return list.reduce((sum, b) => {
		const text = b.runs.map((r) => r.text).join('');
		// Header and items share a paragraph; measuring it all in the (wider) header face errs on the safe side.
		const font = scaled(b.runs.some((r) => r.font.bold) ? { ...b.font, bold: true } : b.font, zoom);
		return sum + b.spaceBefore * zoom + wrapLines(text, font, b.width) * b.font.size * b.font.lineHeight * zoom;
	}, 0);
}

/**
 * The largest zoom, up to what lifts the smallest type to MIN_LEGIBLE_PT, at which the project's
 * (deliberately wide) text estimate still fits the box; the layout sized the box for zoom 1 columns.
 */
export function fitZoom(card: Card, box: { width: number; height: number }, ptPerPx: number): number {
	// The estimate counts a kanji as exactly 1 em, as wide as it is drawn: keep a little slack for rounding.
	const inner = (box.width - 2 * CARD.padding) * 0.97;
	const available = box.height - 2 * CARD.padding - 2;
	const list = blocks(card, inner);
	const smallest = Math.min(...list.flatMap((b) => b.runs.map((r) => r.font.size)));
	const ceiling = Math.max(1, MIN_LEGIBLE_PT / (smallest * ptPerPx));
	for (let zoom = ceiling; zoom > 0.5; zoom -= 0.02) {
		if (height(list, zoom) <= available) return zoom;
	}
	return 0.5;
}

/** The card's text frame at `zoom` (see fitZoom), in pt for a slide drawn at `ptPerPx`. */
export function cardText(card: Card, box: { width: number; height: number }, ptPerPx: number, zoom: number, opacity: number): TextFrame {
	const inner = box.width - 2 * CARD.padding;
	const pt = (px: number) => px * ptPerPx;
	const paragraphs: Paragraph[] = blocks(card, inner).map((b) => ({
		runs: b.runs.map(
			(r): Run => ({ text: r.text, lang: r.lang, sizePt: pt(r.font.size * zoom), bold: r.font.bold, colour: r.colour, opacity })
		),
		align: b.align,
		lineHeightPt: pt(b.font.size * b.font.lineHeight * zoom),
		spaceBeforePt: pt(b.spaceBefore * zoom),
		bulletIndentPt: b.bullet ? pt(CARD.bullet) : undefined
	}));
	const pad = pt(CARD.padding);
	const centred = card.kind === 'office' || card.kind === 'tier';
	return { paragraphs, insetsPt: [pad, pad, pad, pad], anchor: centred ? 'ctr' : 't', shrink: true };
}
