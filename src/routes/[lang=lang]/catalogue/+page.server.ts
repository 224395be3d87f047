import { catalogueRows, figureRows, FIGURE_II_4_2_6, mechanismsOf } from '$lib/model/catalogue';
import { citer } from '$lib/model/details';
import { getModel } from '$lib/server/model';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'ja' }, { lang: 'en' }];

export const load: PageServerLoad = () => {
	const model = getModel();
	const rows = catalogueRows(model);
	return {
		rows,
		mechanisms: mechanismsOf(rows),
		figure: { rows: figureRows(rows, FIGURE_II_4_2_6.bodies), citation: citer(model)(FIGURE_II_4_2_6.citation) }
	};
};
