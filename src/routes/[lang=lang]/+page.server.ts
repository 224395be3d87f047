import { getModel } from '$lib/server/model';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'ja' }, { lang: 'en' }];

export const load: PageServerLoad = () => ({
	diagrams: getModel().diagrams.map((d) => ({ id: d.id, title: d.title, summary: d.summary, bodies: d.nodes.length }))
});
