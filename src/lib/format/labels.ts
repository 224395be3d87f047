import { formatPartialDate } from '../i18n/dates.ts';
import { joinList, t } from '../i18n/messages.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import { participantName } from '../model/participants.ts';
import type { Text } from '../model/schema.ts';

// Every name, date and list a reader sees is written by this module, so that a body reads the same
// on its card, in the panel, the catalogue, the timeline, the search and the text version.
export { formatPartialDate, joinList, participantName };

/** A body, or a reference to one: its name in each language and the abbreviation, if it has one. */
export interface Named {
	name: Text;
	abbr?: string;
}

/** A remark after a text in the brackets of its language: 名称（注）, Name (note). */
export function withAside(text: string, aside: string, lang: Lang): string {
	return lang === 'ja' ? `${text}（${aside}）` : `${text} (${aside})`;
}

/** A body's name with its abbreviation, as its card's title prints it: 同盟調整グループ（ACG）. */
export function bodyLabel(body: Named, lang: Lang): string {
	return body.abbr ? withAside(body.name[lang], body.abbr, lang) : body.name[lang];
}

/** A body where space is short (links in running text, steps): the abbreviation, else the name. */
export function bodyShortLabel(body: Named, lang: Lang): string {
	return body.abbr ?? body.name[lang];
}

/** A stage of the scenario by its code and name: C-1 日本に対する武力攻撃が予測される場合. */
export function stageLabel(stage: { code: string; name: Text }, lang: Lang): string {
	return `${stage.code} ${stage.name[lang]}`;
}

/** One label in every language, for data that carries both to the page. */
export function inEveryLang(label: (lang: Lang) => string): Text {
	return Object.fromEntries(LANGS.map((lang) => [lang, label(lang)])) as Text;
}

/** A cited passage by its document and section, as source lines print it: Defense of Japan 2018, … 3.1(1). */
export function citationLabel(citation: { title: Text; ref: string }, lang: Lang): string {
	return `${citation.title[lang]} ${citation.ref}`;
}

/** "出典: …" / "Source: …", naming each document and section once, in the order first cited. */
export function sourceLine(citations: readonly { title: Text; ref: string }[], lang: Lang): string {
	return `${t(lang, 'sourceLine')}: ${[...new Set(citations.map((c) => citationLabel(c, lang)))].join('; ')}`;
}
