// On a touch screen the diagram shares the reader's finger with the page. One finger scrolls the page
// past the diagram, two fingers pan and zoom it, and a switch lets one finger pan it instead. Where a
// mouse or trackpad is the main pointer, nothing changes: one finger (or the mouse) pans the diagram.

export interface TouchGestures {
	/** the "Move diagram" switch is offered: a touch screen is the main pointer */
	offerToggle: boolean;
	/** one finger pans the diagram; otherwise it scrolls the page and the diagram needs two */
	oneFingerPans: boolean;
}

/**
 * `presenting`: the diagram fills the screen, with no page around it to scroll, so one finger is the
 * diagram's as everywhere else.
 */
export function touchGestures(coarsePointer: boolean, moveDiagram: boolean, presenting = false): TouchGestures {
	const shared = coarsePointer && !presenting;
	return { offerToggle: shared, oneFingerPans: !shared || moveDiagram };
}

/** Whether a touch that starts with `fingers` on the screen goes to the diagram's pan and zoom. */
export function diagramTakesTouch(fingers: number, oneFingerPans: boolean): boolean {
	return oneFingerPans || fingers >= 2;
}

/**
 * The CSS touch-action of the diagram's pane: what the browser may do with a touch by itself. Never
 * pinch-zoom, which is the diagram's; panning only when one finger is the page's.
 */
export function paneTouchAction(oneFingerPans: boolean): 'none' | 'pan-x pan-y' {
	return oneFingerPans ? 'none' : 'pan-x pan-y';
}
