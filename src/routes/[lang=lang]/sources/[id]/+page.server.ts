import { error } from '@sveltejs/kit';
import { LANGS, type Lang } from '$lib/model/schema';
import { getModel } from '$lib/server/model';
import { sourceTexts } from '$lib/server/source-texts';
import { citersByPassage } from '$lib/sources/citers';
import { citedPassages } from '$lib/sources/passages';
import { citerPath } from '$lib/view/citer-path';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.flatMap((lang) => getModel().sources.map((s) => ({ lang, id: s.id })));

export const load: PageServerLoad = ({ params }) => {
	const model = getModel();
	const lang = params.lang as Lang;
	const source = model.sources.find((s) => s.id === params.id);
	const text = source && sourceTexts([source])[0]?.text;
	if (!source || text === undefined) error(404, `No source “${params.id}”`);
	const passages = citedPassages(model, source, text);
	const citers = citersByPassage(model, source.id);
	return {
		source: { id: source.id, title: source.title, publisher: source.publisher, published: source.published, url: source.url },
		// The page splits the text into paragraphs itself: sending them as well would double its size.
		text,
		sections: source.sections,
		passages,
		citers: Object.fromEntries(
			passages.map((p) => [p.id, (citers.get(p.id) ?? []).map((c) => ({ kind: c.kind, name: c.name[lang], ref: c.ref, href: citerPath(lang, c.place) }))])
		)
	};
};
