import { bodyLabel } from '../format/labels.ts';
import { otherLang } from '../i18n/lang.ts';
import { t } from '../i18n/messages.ts';
import { participantName } from '../format/labels.ts';
import type { Body, Lang, Organization } from '../model/schema.ts';

/** What a body's box says, in one language; `drawCard` decides where each part goes. */
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
	/** the first participant and how many more, for cards too small to list them */
	summary: string;
}

export const AS_NEEDED_MARK = '※';

export function bodyCard(body: Body, lang: Lang, orgs: ReadonlyMap<string, Organization>): Card {
	const columns: CardColumn[] = (['jp', 'us'] as const)
		.map((side) => ({
			side,
			header: t(lang, side === 'jp' ? 'japanSide' : 'usSide'),
			items: body.participants
				.filter((p) => p.side === side)
				.map((p) => ({ text: participantName(p, orgs.get(p.org))[lang], asNeeded: p.asNeeded }))
		}))
		.filter((c) => c.items.length > 0)
		.map((c) => ({ ...c, summary: summarise(c.items.map((i) => i.text), lang) }));
	return {
		lang,
		kind: body.kind,
		side: body.side,
		title: bodyLabel(body, lang),
		subtitle: body.name[otherLang(lang)],
		roles: body.role.map((r) => r[lang]),
		columns,
		levels: body.levels.map((l) => l.name[lang]),
		footnote: body.participants.some((p) => p.asNeeded) ? `${AS_NEEDED_MARK} ${t(lang, 'asNeededNote')}` : undefined
	};
}

function summarise(names: string[], lang: Lang): string {
	const [first = '', ...rest] = names;
	return rest.length > 0 ? t(lang, 'andMore', { first, n: String(rest.length) }) : first;
}

/** Whether a kind of body is drawn as a small centred label rather than a card with sections. */
export const isLabelKind = (kind: Body['kind']) => kind === 'office' || kind === 'tier';
