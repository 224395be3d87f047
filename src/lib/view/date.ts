import { isPartialDate } from '../model/primitives.ts';

/** The ?date= parameter (or another date parameter): a valid partial date, or null with the rejected value to report. */
export function readDate(params: URLSearchParams | null, name: 'date' | 'compare-date' = 'date'): { date: string | null; rejected: string | null } {
	const raw = params?.get(name)?.trim();
	if (!raw) return { date: null, rejected: null };
	return isPartialDate(raw) ? { date: raw, rejected: null } : { date: null, rejected: raw.slice(0, 40) };
}
