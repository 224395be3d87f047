export interface EmbedOptions {
	/** zoom buttons and the walkthrough player */
	controls: boolean;
	theme: 'light' | 'dark';
	/** fit the whole diagram into the frame (the default) or show it at 100% */
	fit: boolean;
}

const flag = (value: string | null, fallback: boolean) =>
	value === null ? fallback : ['1', 'true', 'on', 'yes'].includes(value) ? true : ['0', 'false', 'off', 'no'].includes(value) ? false : fallback;

/** Embed options from the iframe's URL; anything unrecognized keeps the default. */
export function readEmbedOptions(params: URLSearchParams | null): EmbedOptions {
	const theme = params?.get('theme');
	return {
		controls: flag(params?.get('controls') ?? null, true),
		theme: theme === 'dark' ? 'dark' : 'light',
		fit: flag(params?.get('fit') ?? null, true)
	};
}
