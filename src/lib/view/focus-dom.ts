import type { PlayerKey } from '../scenario/player.ts';
import type { FocusTarget } from './focus-return.ts';

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

function element(target: Exclude<FocusTarget, { kind: 'diagram' }>): HTMLElement | null {
	const id = 'id' in target ? CSS.escape(target.id) : '';
	const selector = {
		body: `#${DIAGRAM_REGION_ID} ${BODY}[data-id="${id}"]`,
		'walkthrough-start': `button[data-walkthrough="${id}"]`,
		stage: `[data-testid="stage-rail"] [data-stage="${id}"]`,
		control: `[data-testid="${'name' in target ? target.name : ''}"]`
	}[target.kind];
	return document.querySelector<HTMLElement>(selector);
}

/** Whether the element that had focus is gone: removed, hidden, disabled, or focus was never anywhere. */
export function focusLost(): boolean {
	const active = document.activeElement;
	// A button the command disabled still holds focus until the browser's next frame drops it.
	return !(active instanceof HTMLElement) || active === document.body || !visible(active) || active.matches(':disabled');
}

/** Focuses the first of `targets` that is on the page and can take focus. */
export function focusFirst(targets: readonly FocusTarget[]): void {
	for (const target of targets) {
		if (target.kind === 'diagram') {
			if (focusDiagram()) return;
			continue;
		}
		const el = element(target);
		if (el && visible(el) && !(el as HTMLButtonElement).disabled) {
			el.focus();
			if (document.activeElement === el) return;
		}
	}
}

/** What kind of element a key was pressed on, as the player's key map needs it. */
export function keyTarget(target: EventTarget | null): PlayerKey['target'] {
	if (!(target instanceof HTMLElement)) return 'other';
	if (target.isContentEditable || target.closest('input, select, textarea')) return 'input';
	return target.closest('.svelte-flow__node') ? 'body' : 'other';
}
