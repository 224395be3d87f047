import { error } from '@sveltejs/kit';
import { diagramDetail } from '$lib/model/details';
import { searchIndex } from '$lib/model/search';
import { isLang } from '$lib/i18n/lang';
import { scenarioDetail } from '$lib/scenario/detail';
import { prebuiltLayout } from '$lib/server/layouts';
import { getModel } from '$lib/server/model';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	getModel().diagrams.flatMap((d) => [{ lang: 'ja', id: d.id }, { lang: 'en', id: d.id }]);

export const load: PageServerLoad = async ({ params }) => {
	const model = getModel();
	const diagram = model.diagrams.find((d) => d.id === params.id);
	if (!diagram || !isLang(params.lang)) error(404, `No diagram “${params.id}”`);
	const shown = new Set(diagram.nodes.map((n) => n.body));
	const years = [...model.bodies.map((b) => b.established), ...model.events.map((e) => e.date)]
		.filter((d): d is string => d !== undefined)
		.map((d) => Number(d.slice(0, 4)));
	return {
		detail: diagramDetail(model, diagram),
		layout: await prebuiltLayout(diagram, params.lang),
		scenario: scenarioDetail(model, diagram),
		search: searchIndex(model),
		diagramTitles: Object.fromEntries(model.diagrams.map((d) => [d.id, d.title])),
		established: Object.fromEntries(
			model.bodies.filter((b) => shown.has(b.id) && b.established).map((b) => [b.id, b.established!])
		),
		years: { min: Math.min(...years), max: Math.max(...years, new Date().getFullYear()) }
	};
};
