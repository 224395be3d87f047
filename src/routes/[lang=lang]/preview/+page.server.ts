import { dataFiles } from '$lib/server/data-files';
import { getModel } from '$lib/server/model';
import { prebuiltLayout } from '$lib/server/layouts';
import type { Lang } from '$lib/model/schema';
import type { PageServerLoad } from './$types';

// The built-in diagrams' prebuilt layouts: shown at once, and kept when a relayout fails.
export const load: PageServerLoad = async ({ params }) => {
	const lang = params.lang as Lang; // the [lang=lang] matcher admits only ja and en
	const diagrams = getModel().diagrams;
	const layouts = await Promise.all(diagrams.map((d) => prebuiltLayout(d, lang)));
	return { files: dataFiles(), layouts: Object.fromEntries(layouts.map((l) => [l.diagram, l])) };
};
