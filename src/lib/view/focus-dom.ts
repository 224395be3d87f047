/** The diagram canvas' id: the skip link's target. */
export const DIAGRAM_REGION_ID = 'diagram';

const BODY = '.svelte-flow__node-body';

function visible(element: HTMLElement): boolean {
	return element.isConnected && (element.checkVisibility?.() ?? true);
}

/** Focus on the diagram: its first body in Tab order, or the canvas when no body can take it. */
export function focusDiagram(): boolean {
	const region = document.getElementById(DIAGRAM_REGION_ID);
	if (!region) return false;
	const first = [...region.querySelectorAll<HTMLElement>(`${BODY}[tabindex="0"]`)].find(visible);
	if (first) {
		first.focus();
		return true;
	}
	// Focusable from script and from the skip link's fragment, never a Tab stop of its own.
	region.tabIndex = -1;
	region.focus();
	return true;
}
