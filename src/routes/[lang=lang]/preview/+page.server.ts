import { dataFiles } from '$lib/server/data-files';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ files: dataFiles() });
