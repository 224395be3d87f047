import { getContext, setContext } from 'svelte';

const KEY = Symbol('renkei:outline');

/**
 * Whether cards are drawn as outlines (box and title only). A large model seen from far away would
 * otherwise lay out hundreds of cards whose text is too small to read, and freeze the page doing it.
 */
export function provideOutline(get: () => boolean): void {
	setContext(KEY, get);
}

export function useOutline(): () => boolean {
	const get = getContext<(() => boolean) | undefined>(KEY);
	return () => get?.() ?? false;
}
