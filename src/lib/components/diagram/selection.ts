import { getContext } from 'svelte';

export const SELECTION_KEY = Symbol('renkei:selection');

/** The selected body's id, read by nodes without putting fast-changing state into node data. */
export function selectedBody(): () => string | null {
	return getContext<() => string | null>(SELECTION_KEY) ?? (() => null);
}
