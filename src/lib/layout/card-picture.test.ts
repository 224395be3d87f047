import { describe, expect, it } from 'vitest';
import { loadDataModel } from '../../../scripts/scene-source.ts';
import { byId } from '../model/model.ts';
import { LANGS } from '../model/schema.ts';
import { bodyCard, type Card } from './card.ts';
import { CARD_DETAILS, cardWidth, drawCard, markPicture, TYPOGRAPHY, typographyFor, type CardPicture } from './card-picture.ts';
import { lineBox, textWidth } from './text.ts';

const model = loadDataModel();
const orgs = byId(model.organizations);
const cards: Card[] = LANGS.flatMap((lang) => model.bodies.map((b) => bodyCard(b, lang, orgs)));
const width = 340;
const joined = (p: CardPicture, part: string) => p.texts.filter((t) => t.part === part).map((t) => t.lines.join(''));

describe('drawCard', () => {
	it('keeps every text inside the box and its lines within their width', () => {
		for (const card of cards) {
			for (const detail of CARD_DETAILS) {
				const p = drawCard(card, { width }, detail);
				const { padding } = typographyFor(detail);
				for (const t of p.texts) {
					expect(t.x, card.title).toBeGreaterThanOrEqual(padding - 0.01);
					expect(t.x + t.width, `${card.title} ${t.part}`).toBeLessThanOrEqual(width - padding + 0.01);
					expect(t.y + t.lines.length * lineBox(t.font), `${card.title} ${t.part}`).toBeLessThanOrEqual(p.height - padding + 0.01);
					for (const line of t.lines) if (t.part !== 'mark') expect(textWidth(line.trimEnd(), t.font), line).toBeLessThanOrEqual(t.width + 0.01);
				}
			}
		}
	});

	it('says every word of the card in the full picture, lines joining back into the text', () => {
		for (const card of cards) {
			const p = drawCard(card, { width });
			expect(joined(p, 'title')).toEqual([card.title]);
			expect(joined(p, 'role')).toEqual(card.roles);
			expect(joined(p, 'item')).toEqual(card.columns.flatMap((c) => c.items.map((i) => i.text)));
			expect(joined(p, 'level')).toEqual(card.levels);
			expect(p.texts.filter((t) => t.part === 'mark')).toHaveLength(card.columns.flatMap((c) => c.items).filter((i) => i.asNeeded).length);
		}
	});

	it('stacks the blocks of one column without overlap', () => {
		for (const card of cards) {
			const p = drawCard(card, { width });
			const columns = new Map<number, CardPicture['texts']>();
			for (const t of p.texts) if (t.part !== 'mark' && t.part !== 'level') columns.set(t.x, [...(columns.get(t.x) ?? []), t]);
			for (const blocks of columns.values()) {
				const sorted = [...blocks].sort((a, b) => a.y - b.y);
				for (let i = 1; i < sorted.length; i++) {
					const above = sorted[i - 1]!;
					expect(sorted[i]!.y, card.title).toBeGreaterThanOrEqual(above.y + above.lines.length * lineBox(above.font) - 0.01);
				}
			}
		}
	});

	it('draws less at each lower detail level: compact keeps one role line and summarises participants', () => {
		for (const card of cards) {
			const [full, compact, title] = CARD_DETAILS.map((d) => drawCard(card, { width }, d));
			// Two stacked summaries may take a line more than two short side-by-side columns.
			expect(compact!.height, card.title).toBeLessThanOrEqual(full!.height + lineBox(TYPOGRAPHY.item));
			// Names alone are set larger; in the same type they take no more room than compact.
			expect(drawCard(card, { width }, 'title', TYPOGRAPHY).height, card.title).toBeLessThanOrEqual(compact!.height);
			expect(joined(title!, 'title')).toEqual([card.title]);
			if (card.kind === 'office' || card.kind === 'tier') continue;
			expect(title!.texts).toHaveLength(1);
			const roles = compact!.texts.filter((t) => t.part === 'role');
			expect(roles.length).toBe(card.roles.length > 0 ? 1 : 0);
			for (const r of roles) expect(r.lines).toHaveLength(1);
			expect(joined(compact!, 'summary')).toHaveLength(card.columns.length);
			expect(compact!.texts.some((t) => t.part === 'item' || t.part === 'level')).toBe(false);
		}
	});

	it('centres an office or a tier in a box taller than it needs', () => {
		const card = cards.find((c) => c.kind === 'tier')!;
		const natural = drawCard(card, { width: 400 });
		const tall = drawCard(card, { width: 400, height: natural.height + 100 });
		expect(tall.texts[0]!.y - natural.texts[0]!.y).toBeCloseTo(50);
		expect(tall.texts.every((t) => t.align === 'middle')).toBe(true);
	});

	it('greys every paint of a dimmed card and keeps a plain one as drawn', () => {
		const card = cards.find((c) => c.columns.length > 0 && c.levels.length > 0)!;
		const p = drawCard(card, { width });
		expect(markPicture(p, 'plain').texts.map((t) => t.paint)).toEqual(p.texts.map((t) => t.paint));
		const dim = markPicture(p, 'dim');
		expect(new Set(dim.texts.map((t) => t.paint))).toEqual(new Set(['muted']));
		expect(dim.fill).not.toBe(p.fill);
		expect(markPicture(p, 'ghost').look.dashed).toBe(true);
		expect(markPicture(p, 'focus').look.halo).not.toBeNull();
	});
});

describe('cardWidth', () => {
	it('keeps the figure’s widths for full and compact cards and fits a name alone to its text', () => {
		for (const card of cards) {
			expect(cardWidth(card, 'full', 560)).toBe(560);
			expect(cardWidth(card, 'compact')).toBe(cardWidth(card, 'full'));
			const titleWidth = cardWidth(card, 'title', 560);
			if (card.kind === 'tier') continue;
			expect(titleWidth, card.title).toBeLessThanOrEqual(560);
			const lines = drawCard(card, { width: titleWidth }, 'title').texts[0]!.lines;
			// A short name gets a box that holds it on one line; a long one never a wider box than its full card.
			const type = typographyFor('title');
			const font = card.kind === 'office' ? type.label : type.title;
			if (textWidth(card.title, font) + 2 * type.padding <= 200) expect(lines, card.title).toHaveLength(1);
			else expect(titleWidth).toBeGreaterThanOrEqual(200);
		}
	});
});
