import { isThemeName, type ThemeName } from '../theme/theme.ts';

export interface EmbedOptions {
	/** zoom buttons and the walkthrough player */
	controls: boolean;
	/** null: follow the system's preference */
	theme: ThemeName | null;
	/** fit the whole diagram into the frame (the default) or show it at 100% */
	fit: boolean;
}

const flag = (value: string | null, fallback: boolean) =>
	value === null ? fallback : ['1', 'true', 'on', 'yes'].includes(value) ? true : ['0', 'false', 'off', 'no'].includes(value) ? false : fallback;

/** ?theme=light|dark|mono, or null to follow the system's preference. */
export function readTheme(params: URLSearchParams | null): ThemeName | null {
	const theme = params?.get('theme');
	return isThemeName(theme) ? theme : null;
}

/** Embed options from the iframe's URL; anything unrecognized keeps the default. */
export function readEmbedOptions(params: URLSearchParams | null): EmbedOptions {
	return {
		controls: flag(params?.get('controls') ?? null, true),
		theme: readTheme(params),
		fit: flag(params?.get('fit') ?? null, true)
	};
}
