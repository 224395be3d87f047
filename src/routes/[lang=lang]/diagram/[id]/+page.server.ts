import { error } from '@sveltejs/kit';
import { diagramDetail } from '$lib/model/details';
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
	return {
		detail: diagramDetail(model, diagram),
		layout: await prebuiltLayout(diagram, params.lang)
	};
};
