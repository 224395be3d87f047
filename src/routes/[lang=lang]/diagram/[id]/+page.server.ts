import { error } from '@sveltejs/kit';
import { sceneSource } from '$lib/export/source';
import { searchIndex } from '$lib/model/search';
import { isLang } from '$lib/i18n/lang';
import { prebuiltLayout } from '$lib/server/layouts';
import { getModel } from '$lib/server/model';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	getModel().diagrams.flatMap((d) => [{ lang: 'ja', id: d.id }, { lang: 'en', id: d.id }]);

export const load: PageServerLoad = async ({ params }) => {
	const model = getModel();
	const diagram = model.diagrams.find((d) => d.id === params.id);
	if (!diagram || !isLang(params.lang)) error(404, `No diagram “${params.id}”`);
	const years = [...model.bodies.map((b) => b.established), ...model.events.map((e) => e.date)]
		.filter((d): d is string => d !== undefined)
		.map((d) => Number(d.slice(0, 4)));
	return {
		...sceneSource(model, diagram, await prebuiltLayout(diagram, params.lang)),
		search: searchIndex(model),
		diagramTitles: Object.fromEntries(model.diagrams.map((d) => [d.id, d.title])),
		years: { min: Math.min(...years), max: Math.max(...years, new Date().getFullYear()) }
	};
};
