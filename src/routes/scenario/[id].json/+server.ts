import { error, json } from '@sveltejs/kit';
import { scenarioDetail } from '$lib/scenario/detail';
import { getModel } from '$lib/server/model';
import type { EntryGenerator, RequestHandler } from './$types';

// A file of its own, fetched after a diagram's first view (or before it, when the address names a
// stage or a walkthrough): inline, it was two thirds of every diagram page.
export const prerender = true;

export const entries: EntryGenerator = () => getModel().diagrams.map((d) => ({ id: d.id }));

export const GET: RequestHandler = ({ params }) => {
	const model = getModel();
	const diagram = model.diagrams.find((d) => d.id === params.id);
	if (!diagram) error(404, `No diagram “${params.id}”`);
	return json(scenarioDetail(model, diagram));
};
