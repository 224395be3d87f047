import { error } from '@sveltejs/kit';
import { sceneSource } from '$lib/scenario/source';
import { isLang } from '$lib/i18n/lang';
import { LANGS } from '$lib/model/schema';
import type { CardDetail } from '$lib/layout/card-picture';
import { getModel } from './model';
import { prebuiltLayout } from './layouts';

/** Prerender entries for a per-diagram route, in both languages. */
export function diagramEntries() {
	return getModel().diagrams.flatMap((d) => LANGS.map((lang) => ({ lang, id: d.id })));
}

/** The data a diagram view needs, shared by the full page and the embed. */
export async function diagramData(params: { lang: string; id: string }, detail: CardDetail = 'full') {
	const model = getModel();
	const diagram = model.diagrams.find((d) => d.id === params.id);
	if (!diagram || !isLang(params.lang)) error(404, `No diagram “${params.id}”`);
	return { model, source: sceneSource(model, diagram, await prebuiltLayout(diagram, params.lang, detail)) };
}
