import { byYear, timelineEntries } from '$lib/model/timeline';
import { getModel } from '$lib/server/model';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: 'ja' }, { lang: 'en' }];

export const load: PageServerLoad = () => ({ years: byYear(timelineEntries(getModel())) });
