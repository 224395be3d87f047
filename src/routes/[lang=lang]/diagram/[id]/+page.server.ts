import { diagramData, diagramEntries } from '$lib/server/diagram-data';
import { scenarioOutline } from '$lib/scenario/outline';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = diagramEntries;

export const load: PageServerLoad = async ({ params }) => {
	const { model, source } = await diagramData(params);
	const years = [...model.bodies.map((b) => b.established), ...model.events.map((e) => e.date)]
		.filter((d): d is string => d !== undefined)
		.map((d) => Number(d.slice(0, 4)));
	return {
		...source,
		// The rest follows in its own file (src/routes/scenario): see +page.ts.
		scenario: scenarioOutline(source.scenario),
		diagramTitles: Object.fromEntries(model.diagrams.map((d) => [d.id, d.title])),
		// for the citations of a walkthrough a reader writes or opens from a link
		sourceTitles: Object.fromEntries(model.sources.map((s) => [s.id, s.title])),
		sourceFiles: Object.fromEntries(model.sources.map((s) => [s.id, s.file])),
		years: { min: Math.min(...years), max: Math.max(...years, new Date().getFullYear()) }
	};
};
