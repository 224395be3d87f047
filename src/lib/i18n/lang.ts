export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
	return (LANGS as readonly string[]).includes(value);
}

/** The language a first visit should get: a remembered choice, else the browser's preference. */
export function preferredLang(remembered: string | null, browserLangs: readonly string[]): Lang {
	if (remembered && isLang(remembered)) return remembered;
	for (const tag of browserLangs) {
		const base = tag.toLowerCase().split('-')[0] ?? '';
		if (isLang(base)) return base;
	}
	return 'ja';
}

export const LANG_STORAGE_KEY = 'renkei:lang';
