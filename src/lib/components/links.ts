import { resolve } from '$app/paths';
import type { DiagramLink } from '$lib/model/catalogue';
import type { Lang } from '$lib/model/schema';

/** Pages of the static build are folders: `/ja/diagram/acm/`, which every static host serves. */
export function pagePath(path: string): string {
	return path.endsWith('/') ? path : `${path}/`;
}

/**
 * A diagram page, with the trailing slash the static build's pages have, and its view parameters.
 * `body` is dropped when the diagram depicts the body as a whole: there is no box of it to select.
 */
export function diagramHref(lang: Lang, diagram: DiagramLink, params: { body?: string; date?: string } = {}): string {
	const query = new URLSearchParams();
	if (params.body && diagram.node) query.set('body', params.body);
	if (params.date) query.set('date', params.date);
	const search = query.size > 0 ? `?${query}` : '';
	return `${pagePath(resolve('/[lang=lang]/diagram/[id]', { lang, id: diagram.id }))}${search}`;
}
