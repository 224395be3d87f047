import { LANGS } from '$lib/model/schema';
import { getModel } from '$lib/server/model';
import { sourceTexts } from '$lib/server/source-texts';
import { citedPassages } from '$lib/sources/passages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const load: PageServerLoad = () => {
	const model = getModel();
	return {
		sources: sourceTexts(model.sources).map(({ source, text }) => ({
			id: source.id,
			title: source.title,
			publisher: source.publisher,
			published: source.published,
			url: source.url,
			passages: text === undefined ? 0 : citedPassages(model, source, text).length
		}))
	};
};
