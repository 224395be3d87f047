import type { Body } from './schema.ts';

/**
 * Compare two partial dates (YYYY, YYYY-MM or YYYY-MM-DD) at the precision both have, so a body
 * dated only "2015-11" counts as existing on every day of November 2015.
 */
export function compareAtCommonPrecision(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	return a.slice(0, n).localeCompare(b.slice(0, n));
}

/** Whether the body existed on `date`; bodies without a founding date are taken as always there. */
export function existsOn(body: Pick<Body, 'established'>, date: string): boolean {
	return body.established === undefined || compareAtCommonPrecision(body.established, date) <= 0;
}

/** The bodies of `established` (id → founding date) that did not yet exist on `date`: they are ghosted, never moved. */
export function notYetEstablished(established: Readonly<Record<string, string>>, date: string | null): Set<string> {
	if (!date) return new Set();
	return new Set(Object.entries(established).filter(([, founded]) => !existsOn({ established: founded }, date)).map(([id]) => id));
}

/** The moment just before a partial date, at its precision: the day, month or year before. */
export function dateBefore(date: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
	if (d !== undefined) return new Date(Date.UTC(y, m! - 1, d - 1)).toISOString().slice(0, 10);
	if (m !== undefined) return m > 1 ? `${y}-${String(m - 1).padStart(2, '0')}` : `${y - 1}-12`;
	return String(y - 1);
}

/** Whether `date` falls after `from` and no later than `to`, at the precision each pair shares. */
export function within(date: string, from: string, to: string): boolean {
	return compareAtCommonPrecision(date, from) > 0 && compareAtCommonPrecision(date, to) <= 0;
}
