import { byYear, timelineEntries } from '$lib/model/timeline';
import { getModel } from '$lib/server/model';
import { LANGS } from '$lib/model/schema';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const load: PageServerLoad = () => ({ years: byYear(timelineEntries(getModel())) });
