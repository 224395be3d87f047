import { diagramData, diagramEntries } from '$lib/server/diagram-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = diagramEntries;

export const load: PageServerLoad = async ({ params }) => {
	return (await diagramData(params)).source;
};
