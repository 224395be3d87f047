import { t } from '../i18n/messages.ts';
import { participantName } from '../model/participants.ts';
import type { Body, Lang, Organization } from '../model/schema.ts';
import { textHeight, textWidth, type Font } from './text.ts';

/** What a body's box shows, in one language: the layout sizes it and the component draws it. */
export interface Card {
	lang: Lang;
	kind: Body['kind'];
	side: Body['side'];
	title: string;
	subtitle: string;
	roles: string[];
	columns: CardColumn[];
	levels: string[];
	/** explains the as-needed mark, when a participant carries it */
	footnote?: string;
}

export interface CardColumn {
	side: 'jp' | 'us';
	header: string;
	items: { text: string; asNeeded: boolean }[];
}

/** Typography and spacing of a card; the component sets the same values as CSS variables. */
export const CARD = {
	padding: 12,
	gap: 8,
	columnGap: 12,
	bullet: 14,
	asNeededMark: '※',
	title: { size: 15, lineHeight: 1.35, bold: true },
	subtitle: { size: 12, lineHeight: 1.35 },
	role: { size: 12.5, lineHeight: 1.45 },
	header: { size: 11.5, lineHeight: 1.4, bold: true },
	item: { size: 12, lineHeight: 1.4 },
	level: { size: 11.5, lineHeight: 1.3, bold: true },
	levelPadY: 5,
	office: { size: 14, lineHeight: 1.35, bold: true },
	defaultWidth: { body: 340, office: 150, tier: 400, mechanism: 340 }
} as const satisfies Record<string, unknown>;

const other = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

export function bodyCard(body: Body, lang: Lang, orgs: ReadonlyMap<string, Organization>): Card {
	const abbr = body.abbr ? `（${body.abbr}）` : '';
	const columns: CardColumn[] = (['jp', 'us'] as const)
		.map((side) => ({
			side,
			header: t(lang, side === 'jp' ? 'japanSide' : 'usSide'),
			items: body.participants
				.filter((p) => p.side === side)
				.map((p) => ({ text: participantName(p, orgs.get(p.org))[lang], asNeeded: p.asNeeded }))
		}))
		.filter((c) => c.items.length > 0);
	return {
		lang,
		kind: body.kind,
		side: body.side,
		title: lang === 'ja' ? `${body.name.ja}${abbr}` : body.abbr ? `${body.name.en} (${body.abbr})` : body.name.en,
		subtitle: body.name[other(lang)],
		roles: body.role.map((r) => r[lang]),
		columns,
		levels: body.levels.map((l) => l.name[lang]),
		footnote: body.participants.some((p) => p.asNeeded)
			? `${CARD.asNeededMark} ${t(lang, 'asNeededNote')}`
			: undefined
	};
}

const lineBox = (font: Font) => font.size * font.lineHeight;

/** Height of a card whose outer width is `width`, with the same box model as BodyNode.svelte. */
export function cardHeight(card: Card, width: number): number {
	const inner = width - 2 * CARD.padding;
	if (card.kind === 'office' || card.kind === 'tier') {
		return 2 * CARD.padding + textHeight(card.title, CARD.office, inner) + textHeight(card.subtitle, CARD.subtitle, inner);
	}
	let h = textHeight(card.title, CARD.title, inner) + textHeight(card.subtitle, CARD.subtitle, inner);
	if (card.roles.length > 0) {
		h += CARD.gap + card.roles.reduce((sum, r) => sum + textHeight(r, CARD.role, inner - CARD.bullet), 0);
	}
	if (card.columns.length > 0) {
		const colWidth = (inner - CARD.columnGap * (card.columns.length - 1)) / card.columns.length;
		const markWidth = textWidth(` ${CARD.asNeededMark}`, CARD.item);
		const colHeights = card.columns.map(
			(c) =>
				lineBox(CARD.header) +
				c.items.reduce((sum, i) => sum + textHeight(i.text, CARD.item, colWidth - (i.asNeeded ? markWidth : 0)), 0)
		);
		h += CARD.gap + Math.max(...colHeights);
		if (card.footnote) h += textHeight(card.footnote, CARD.item, inner);
	}
	if (card.levels.length > 0) {
		const levelWidth = (inner - CARD.gap * (card.levels.length - 1)) / card.levels.length;
		const tallest = Math.max(...card.levels.map((l) => textHeight(l, CARD.level, levelWidth - 8)));
		h += CARD.gap + tallest + 2 * CARD.levelPadY;
	}
	return Math.ceil(2 * CARD.padding + h + 2);
}
