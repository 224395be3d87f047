import { CARD_DETAILS, isCardDetail, type CardDetail } from '../layout/card-picture.ts';
import { isThemeName, type ThemeName } from '../theme/theme.ts';

export interface EmbedOptions {
	/** zoom buttons and the walkthrough player */
	controls: boolean;
	/** null: follow the system's preference */
	theme: ThemeName | null;
	/** fit the whole diagram into the frame (the default) or show it at 100% */
	fit: boolean;
}

export type ViewOption = 'theme' | 'controls' | 'fit' | 'detail';

/** A view option the URL set to a value this app does not understand, and the values it does. */
export interface RejectedOption {
	param: ViewOption;
	value: string;
	allowed: readonly string[];
}

const ON = ['1', 'true', 'on', 'yes'];
const OFF = ['0', 'false', 'off', 'no'];
// Readers making handouts ask for "print"; it is the monochrome theme. A Map, so "constructor" is no alias.
const THEME_ALIASES = new Map<string, ThemeName>([
	['print', 'mono'],
	['monochrome', 'mono']
]);

const readFlag = (value: string | null | undefined): boolean | null => {
	const v = value?.trim().toLowerCase() ?? '';
	return ON.includes(v) ? true : OFF.includes(v) ? false : null;
};

/** ?theme=light|dark|mono (print and monochrome also mean mono), or null to follow the system's preference. */
export function readTheme(params: URLSearchParams | null): ThemeName | null {
	const raw = params?.get('theme')?.trim().toLowerCase() ?? '';
	const name = THEME_ALIASES.get(raw) ?? raw;
	return isThemeName(name) ? name : null;
}

/**
 * The card detail a view shows unless ?detail= says otherwise. The diagram page is read up close and
 * shows everything; an embed, often a small frame, a presentation, read from across a room, and
 * slides show the names alone, whose detail stays one click away in the panel (in the speaker notes).
 */
export function defaultDetail(view: 'page' | 'embed' | 'slides', presenting: boolean): CardDetail {
	return view === 'page' && !presenting ? 'full' : 'title';
}

/** ?detail=full|compact|title, in any case; anything else keeps the view's default. */
export function readDetail(params: URLSearchParams | null, fallback: CardDetail): CardDetail {
	const raw = params?.get('detail')?.trim().toLowerCase();
	return isCardDetail(raw) ? raw : fallback;
}

/** Embed options from the iframe's URL; anything unrecognized keeps the default. */
export function readEmbedOptions(params: URLSearchParams | null): EmbedOptions {
	return {
		controls: readFlag(params?.get('controls')) ?? true,
		theme: readTheme(params),
		fit: readFlag(params?.get('fit')) ?? true
	};
}

const ALLOWED: Record<ViewOption, readonly string[]> = {
	theme: ['light', 'dark', 'mono'],
	controls: ['1', '0'],
	fit: ['1', '0'],
	detail: CARD_DETAILS
};

function understood(param: ViewOption, params: URLSearchParams | null): boolean {
	switch (param) {
		case 'theme':
			return readTheme(params) !== null;
		case 'detail':
			return isCardDetail(params?.get('detail')?.trim().toLowerCase());
		default:
			return readFlag(params?.get(param)) !== null;
	}
}

/** The options among `names` whose value in the URL was not understood, so the reader can be told. */
export function rejectedOptions(params: URLSearchParams | null, names: readonly ViewOption[]): RejectedOption[] {
	return names.flatMap((param) => {
		const value = params?.get(param)?.trim();
		if (!value) return [];
		return understood(param, params) ? [] : [{ param, value: value.slice(0, 40), allowed: ALLOWED[param] }];
	});
}
