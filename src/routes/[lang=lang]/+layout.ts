import type { Lang } from '$lib/model/schema';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => ({ lang: params.lang as Lang });
