import { diagramData, diagramEntries } from '$lib/server/diagram-data';
import { defaultDetail } from '$lib/view/embed-options';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = diagramEntries;

export const load: PageServerLoad = async ({ params }) => {
	// Prerendered at the embed's own default level, so the first paint already has the right cards.
	return (await diagramData(params, defaultDetail('embed', false))).source;
};
