import { error } from '@sveltejs/kit';
import { catalogueRows, figureTable, mechanismsOf } from '$lib/model/catalogue';
import { getModel } from '$lib/server/model';
import { LANGS } from '$lib/model/schema';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

/** The table the catalogue's second view prints (data/consultation.yaml, `tables`). */
const FIGURE = 'fig-2-4-2-6';

export const load: PageServerLoad = () => {
	const model = getModel();
	const rows = catalogueRows(model);
	const figure = figureTable(model, FIGURE);
	// Every page is prerendered, so a missing table stops the build rather than shipping an empty view.
	if (!figure) error(500, `data/ has no table "${FIGURE}"`);
	return { rows, mechanisms: mechanismsOf(rows), figure };
};
