import { getContext, setContext } from 'svelte';
import type { Emphasis, Mark } from '$lib/scenario/marks';

const KEY = Symbol('renkei:emphasis');

/** Marks reach nodes and edges through context, so node objects (and positions) never change. */
export function provideEmphasis(get: () => Emphasis): void {
	setContext(KEY, get);
}

export function useMark(kind: 'nodes' | 'edges', id: () => string): () => Mark {
	const get = getContext<(() => Emphasis) | undefined>(KEY);
	return () => get?.()[kind][id()] ?? 'plain';
}
