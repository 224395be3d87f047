import { browser } from '$app/environment';
import { scenarioFile } from '$lib/view/scenario-file.svelte';
import type { PageLoad } from './$types';

// The prerendered page carries the scenario's outline. An address that names a stage, a walkthrough
// or anything else is drawn with the whole scenario from its first hydrated frame; a plain one shows
// the diagram at once, and the page fetches the rest after it (or retries, should this fail).
export const load: PageLoad = async ({ data, url, untrack }) => {
	if (!browser || !data.scenario.outline || untrack(() => url.search) === '') return data;
	return scenarioFile(data.layout.diagram).then(
		(scenario) => ({ ...data, scenario }),
		() => data
	);
};
