import { getModel } from '$lib/server/model';
import { LANGS } from '$lib/model/schema';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const load: PageServerLoad = () => ({
	diagrams: getModel().diagrams.map((d) => ({ id: d.id, title: d.title, summary: d.summary, bodies: d.nodes.length }))
});
