import { isPartialDate } from '../model/primitives.ts';

/** The ?date= parameter: a valid partial date, or null with the rejected value to report. */
export function readDate(params: URLSearchParams | null): { date: string | null; rejected: string | null } {
	const raw = params?.get('date')?.trim();
	if (!raw) return { date: null, rejected: null };
	return isPartialDate(raw) ? { date: raw, rejected: null } : { date: null, rejected: raw.slice(0, 40) };
}
