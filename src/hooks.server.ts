import type { Handle } from '@sveltejs/kit';

// Every page is prerendered, so <html lang> must be right in the HTML itself: screen readers, search
// engines and readers without scripts never see the [lang] layout set it. The bilingual root page,
// which forwards to a language, declares the app's default one.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', event.params.lang ?? 'ja') });
