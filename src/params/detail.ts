import type { ParamMatcher } from '@sveltejs/kit';
import { isCardDetail } from '$lib/layout/card-picture';

export const match: ParamMatcher = isCardDetail;
