import { otherLang, type Lang } from '../i18n/lang.ts';
import type { Side } from '../model/schema.ts';
import { CARD_LOOK, MUTED_PAINT, type CardLook, type Mark } from '../theme/marks.ts';
import type { Paint } from '../theme/theme.ts';
import { AS_NEEDED_MARK, isLabelKind, type Card } from './card.ts';
import { breakLines, lineBox, textWidth, type Font } from './text.ts';

/**
 * How much of a card is drawn: `full` is everything; `compact` the name, one line of role and a
 * summary of each side's participants; `title` the name alone. What a level leaves out stays in the
 * detail panel (and the speaker notes).
 */
export const CARD_DETAILS = ['full', 'compact', 'title'] as const;
export type CardDetail = (typeof CARD_DETAILS)[number];

export function isCardDetail(value: unknown): value is CardDetail {
	return (CARD_DETAILS as readonly unknown[]).includes(value);
}

/** Type sizes and spacing of a card, in px at zoom 1. */
export interface CardTypography {
	/** from the box's edge to its text, border included */
	padding: number;
	gap: number;
	columnGap: number;
	bullet: number;
	title: Font;
	subtitle: Font;
	role: Font;
	header: Font;
	item: Font;
	level: Font;
	levelPadY: number;
	/** offices and tiers: a centred name */
	label: Font;
}

export const TYPOGRAPHY: CardTypography = {
	padding: 13,
	gap: 8,
	columnGap: 12,
	bullet: 14,
	title: { size: 15, lineHeight: 1.35, bold: true },
	subtitle: { size: 12, lineHeight: 1.35 },
	role: { size: 12.5, lineHeight: 1.45 },
	header: { size: 11.5, lineHeight: 1.4, bold: true },
	item: { size: 12, lineHeight: 1.4 },
	level: { size: 11.5, lineHeight: 1.3, bold: true },
	levelPadY: 5,
	label: { size: 14, lineHeight: 1.35, bold: true }
};

/**
 * Names alone are what an audience reads from across a room: larger against the spacing, in boxes
 * with less padding, so that the diagram, fitted to a slide, shows them larger still.
 */
export const TITLE_TYPOGRAPHY: CardTypography = {
	...TYPOGRAPHY,
	padding: 9,
	title: { size: 17, lineHeight: 1.3, bold: true },
	label: { size: 17, lineHeight: 1.3, bold: true }
};

export function typographyFor(detail: CardDetail): CardTypography {
	return detail === 'title' ? TITLE_TYPOGRAPHY : TYPOGRAPHY;
}

/** Box widths in px when the data gives none. */
export const DEFAULT_WIDTH = { body: 340, office: 150, tier: 400, mechanism: 340, activity: 240 } as const;

/**
 * Widths a name alone may wrap at, narrowest first. The layout tries each and keeps the one whose
 * diagram best fills a 16:9 slide: wide names for a few bodies per row, narrow ones for many.
 */
export const TITLE_WIDTHS = [200, 280, 420] as const;

/**
 * The width of a card's box: the data's (or the default) for cards that list roles and participants;
 * at `title` detail just what the name needs, up to `titleWidth`, so the diagram shrinks with its
 * cards and can be shown larger.
 */
export function cardWidth(card: Card, detail: CardDetail, requested?: number, titleWidth: number = TITLE_WIDTHS.at(-1)!): number {
	const width = requested ?? DEFAULT_WIDTH[card.kind];
	if (detail !== 'title' || card.kind === 'tier') return width;
	const type = typographyFor(detail);
	const font = isLabelKind(card.kind) ? type.label : type.title;
	const natural = Math.ceil(textWidth(card.title, font)) + 2 * type.padding;
	return Math.min(width, Math.max(natural, 120), titleWidth);
}

export type CardPart = 'title' | 'subtitle' | 'role' | 'header' | 'item' | 'mark' | 'footnote' | 'level' | 'summary';

/** A block of text, already broken into lines; the first line box's top is `y`. */
export interface CardText {
	part: CardPart;
	x: number;
	y: number;
	width: number;
	align: 'start' | 'middle';
	font: Font;
	lines: string[];
	paint: Paint;
	lang: Lang;
}

export interface CardShape {
	part: 'bullet' | 'rule' | 'chip';
	x: number;
	y: number;
	width: number;
	height: number;
	/** corner radius; a bullet is a circle */
	radius: number;
	paint: Paint;
}

/** Everything drawn inside a body's box, in px from its top-left corner. */
export interface CardPicture {
	width: number;
	height: number;
	side: Side;
	fill: Paint;
	stroke: Paint;
	radius: number;
	texts: CardText[];
	shapes: CardShape[];
}

export const blockHeight = (text: Pick<CardText, 'font' | 'lines'>) => text.lines.length * lineBox(text.font);

/** The first line of `text` at `width`, with an ellipsis when the rest is cut. */
function firstLine(text: string, font: Font, width: number): string {
	const lines = breakLines(text, font, width);
	if (lines.length === 1) return lines[0]!;
	let line = lines[0]!.trimEnd();
	while (line && textWidth(`${line}…`, font) > width) line = line.slice(0, -1);
	return `${line}…`;
}

/**
 * The picture of a card in a box `width` wide: every text line placed and every rule, chip and bullet.
 * Its `height` is what the card needs; given a taller `box` (a band stretched by the layout), offices
 * and tiers centre their name in it. The layout sizes boxes from it, and the screen, the SVG and the
 * PowerPoint writers draw it; none of them places or wraps text on its own.
 */
export function drawCard(
	card: Card,
	box: { width: number; height?: number },
	detail: CardDetail = 'full',
	type: CardTypography = typographyFor(detail)
): CardPicture {
	const { width } = box;
	const pad = type.padding;
	const inner = width - 2 * pad;
	const texts: CardText[] = [];
	const shapes: CardShape[] = [];
	let y = pad;
	const block = (part: CardPart, text: string, font: Font, x: number, w: number, paint: Paint, extra: Partial<CardText> = {}) => {
		const placed: CardText = { part, x, y, width: w, align: 'start', font, lines: breakLines(text, font, w), paint, lang: card.lang, ...extra };
		texts.push(placed);
		y += blockHeight(placed);
		return placed;
	};
	const picture = (height: number): CardPicture => ({
		width,
		height,
		side: card.side,
		fill: card.kind === 'tier' ? 'subtle' : `side-${card.side}-fill`,
		stroke: `side-${card.side}-stroke`,
		radius: 8,
		texts,
		shapes
	});

	if (isLabelKind(card.kind)) {
		block('title', card.title, type.label, pad, inner, 'text', { align: 'middle' });
		if (detail !== 'title') block('subtitle', card.subtitle, type.subtitle, pad, inner, 'muted', { align: 'middle', lang: otherLang(card.lang) });
		const natural = Math.ceil(y + pad);
		// Centred in whatever height the layout gave the box.
		const shift = Math.max(0, ((box.height ?? natural) - natural) / 2);
		for (const text of texts) text.y += shift;
		return picture(natural);
	}

	block('title', card.title, type.title, pad, inner, 'text');
	if (detail === 'title') return picture(Math.ceil(y + pad));
	block('subtitle', card.subtitle, type.subtitle, pad, inner, 'muted', { lang: otherLang(card.lang) });

	if (detail === 'compact') {
		const role = card.roles[0];
		if (role) {
			y += type.gap;
			block('role', firstLine(role, type.role, inner), type.role, pad, inner, 'text');
		}
		if (card.columns.length > 0) {
			y += type.gap;
			const separator = card.lang === 'ja' ? '：' : ': ';
			for (const column of card.columns) {
				block('summary', `${column.header}${separator}${column.summary}`, type.item, pad, inner, `side-${column.side}-stroke`);
			}
		}
		return picture(Math.ceil(y + pad));
	}

	if (card.roles.length > 0) {
		y += type.gap;
		for (const role of card.roles) {
			const dot = 5;
			shapes.push({ part: 'bullet', x: pad + 3, y: y + (type.role.size * 0.62 - dot / 2), width: dot, height: dot, radius: dot / 2, paint: 'text' });
			block('role', role, type.role, pad + type.bullet, inner - type.bullet, 'text');
		}
	}

	if (card.columns.length > 0) {
		y += type.gap;
		const top = y;
		const columnWidth = (inner - type.columnGap * (card.columns.length - 1)) / card.columns.length;
		const mark = ` ${AS_NEEDED_MARK}`;
		const markWidth = textWidth(mark, type.item);
		let bottom = top;
		card.columns.forEach((column, i) => {
			const x = pad + i * (columnWidth + type.columnGap);
			y = top;
			block('header', column.header, type.header, x, columnWidth, `side-${column.side}-stroke`);
			// The rule sits on the header's last 2 px, so it adds no height.
			shapes.push({ part: 'rule', x, y: y - 2, width: columnWidth, height: 2, radius: 0, paint: `side-${column.side}-tint` });
			for (const item of column.items) {
				const text = block('item', item.text, type.item, x, columnWidth - (item.asNeeded ? markWidth : 0), 'text');
				if (!item.asNeeded) continue;
				const last = text.lines.at(-1)!.trimEnd();
				texts.push({
					part: 'mark',
					x: x + textWidth(last, type.item),
					y: y - lineBox(type.item),
					width: markWidth,
					align: 'start',
					font: type.item,
					lines: [mark],
					paint: 'note-text',
					lang: card.lang
				});
			}
			bottom = Math.max(bottom, y);
		});
		y = bottom;
		if (card.footnote) block('footnote', card.footnote, type.item, pad, inner, 'note-text');
	}

	if (card.levels.length > 0) {
		y += type.gap;
		const chipWidth = (inner - type.gap * (card.levels.length - 1)) / card.levels.length;
		const lines = card.levels.map((level) => breakLines(level, type.level, chipWidth - 8));
		const chipHeight = Math.max(...lines.map((l) => l.length)) * lineBox(type.level) + 2 * type.levelPadY;
		lines.forEach((levelLines, i) => {
			const x = pad + i * (chipWidth + type.gap);
			shapes.push({ part: 'chip', x, y, width: chipWidth, height: chipHeight, radius: 4, paint: 'subtle' });
			texts.push({ part: 'level', x: x + 4, y: y + type.levelPadY, width: chipWidth - 8, align: 'middle', font: type.level, lines: levelLines, paint: 'text', lang: card.lang });
		});
		y += chipHeight;
	}
	return picture(Math.ceil(y + pad));
}

/** The picture as a mark shows it: a muted card greys every paint; the look's border and ring are the renderer's. */
export function markPicture(picture: CardPicture, mark: Mark): CardPicture & { look: CardLook } {
	const look = CARD_LOOK[mark];
	if (!look.muted) return { ...picture, look };
	return {
		...picture,
		look,
		fill: MUTED_PAINT.fill,
		stroke: MUTED_PAINT.stroke,
		texts: picture.texts.map((t) => ({ ...t, paint: MUTED_PAINT.text })),
		shapes: picture.shapes.map((s) => ({ ...s, paint: MUTED_PAINT[s.part === 'chip' ? 'chip' : s.part === 'rule' ? 'rule' : 'bullet'] }))
	};
}
