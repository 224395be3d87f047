export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of what belongs to no language: the bilingual root page, a first visit with no preference. */
export const DEFAULT_LANG: Lang = LANGS[0];

export function isLang(value: string): value is Lang {
	return (LANGS as readonly string[]).includes(value);
}

/** The language a page offers to switch to: the next one in the list. */
export function otherLang(lang: Lang): Lang {
	return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}

/** The language a first visit should get: a remembered choice, else the browser's preference. */
export function preferredLang(remembered: string | null, browserLangs: readonly string[]): Lang {
	if (remembered && isLang(remembered)) return remembered;
	for (const tag of browserLangs) {
		const base = tag.toLowerCase().split('-')[0] ?? '';
		if (isLang(base)) return base;
	}
	return DEFAULT_LANG;
}

export const LANG_STORAGE_KEY = 'renkei:lang';
