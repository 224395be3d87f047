import { error, json } from '@sveltejs/kit';
import { CARD_DETAILS, isCardDetail } from '$lib/layout/card-picture';
import { isLang } from '$lib/i18n/lang';
import { diagramEntries } from '$lib/server/diagram-data';
import { getModel } from '$lib/server/model';
import { prebuiltLayout } from '$lib/server/layouts';
import type { EntryGenerator, RequestHandler } from './$types';

// The static build has no server: every level's layout is a file the page fetches when the reader
// asks for a level other than the one it was prerendered with.
export const prerender = true;

export const entries: EntryGenerator = () => diagramEntries().flatMap((e) => CARD_DETAILS.map((detail) => ({ ...e, detail })));

export const GET: RequestHandler = async ({ params }) => {
	const diagram = getModel().diagrams.find((d) => d.id === params.id);
	if (!diagram || !isLang(params.lang) || !isCardDetail(params.detail)) error(404, `No layout “${params.id}/${params.detail}”`);
	return json(await prebuiltLayout(diagram, params.lang, params.detail));
};
