import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANG, isLang } from '$lib/i18n/lang';

// Prerendered pages carry their language in <html lang> from the first byte: screen readers, search
// engines and the browser's fonts read it before any script could set it.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang !== undefined && isLang(event.params.lang) ? event.params.lang : DEFAULT_LANG;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
