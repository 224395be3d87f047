export interface Selection {
	id: string | null;
	/** a requested id that does not exist, shown to the user instead of failing silently */
	notice: string | null;
}

/** The selected body from the URL; an unknown id is dropped with a notice, never an error page. */
export function readSelection(params: URLSearchParams | null, bodies: Record<string, unknown>): Selection {
	const requested = params?.get('body')?.trim();
	if (!requested) return { id: null, notice: null };
	if (Object.hasOwn(bodies, requested)) return { id: requested, notice: null };
	return { id: null, notice: requested.slice(0, 80) };
}
