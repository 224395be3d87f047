// Undo and redo for the walkthrough editor, as plain values: the editor keeps one History and replaces
// it on every edit, so a Svelte $state holding it needs no deep tracking and tests need no DOM.

export interface History<T> {
	past: T[];
	present: T;
	future: T[];
}

/** Enough to undo a long editing session, small enough that a draft's history never weighs on memory. */
export const HISTORY_LIMIT = 100;

export const start = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** A new edit: what was undone can no longer be redone, and the oldest steps fall off past the limit. */
export function record<T>(h: History<T>, next: T): History<T> {
	return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo<T>(h: History<T>): History<T> {
	if (h.past.length === 0) return h;
	return { past: h.past.slice(0, -1), present: h.past.at(-1)!, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
	if (h.future.length === 0) return h;
	return { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1) };
}

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;
