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
