export type PartChoice = { part: number | null; rejected: string | null };

/** ?part=N, 1-based; absent means the whole diagram. A value that names no part is rejected, to be named in a notice. */
export function readPart(params: URLSearchParams | null, count: number): PartChoice {
	const raw = params?.get('part');
	if (raw === null || raw === undefined || raw.trim() === '') return { part: null, rejected: null };
	const n = Number(raw.trim());
	return Number.isInteger(n) && n >= 1 && n <= count ? { part: n, rejected: null } : { part: null, rejected: raw };
}
