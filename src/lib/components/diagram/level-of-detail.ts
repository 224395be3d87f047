import { useViewport } from '@xyflow/svelte';
import { getContext, setContext } from 'svelte';

const KEY = Symbol('renkei:large-canvas');
const OUTLINE_BELOW_ZOOM = 0.4;

/** Whether the canvas holds a large model (set by the canvas, read by its cards). */
export function provideLargeCanvas(large: () => boolean): void {
	setContext(KEY, large);
}

/**
 * Whether cards are drawn as outlines (box and title only): on a large canvas seen from far away,
 * hundreds of cards would otherwise be laid out with text too small to read, freezing the page.
 * Call from a component inside Svelte Flow.
 */
export function useOutline(): () => boolean {
	const large = getContext<(() => boolean) | undefined>(KEY);
	const viewport = useViewport();
	return () => (large?.() ?? false) && viewport.current.zoom < OUTLINE_BELOW_ZOOM;
}
