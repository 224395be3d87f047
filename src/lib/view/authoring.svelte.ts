import type { Walkthrough } from '$lib/model/schema';
import { canRedo, canUndo, record, redo, start, undo, type History } from '$lib/scenario/history';
import { saveDraft, type Draft } from './drafts';

/** Typing in one field within this long is one step of undo, not one per key. */
const COALESCE_MS = 1200;

/**
 * One draft being edited: every change is kept for undo and written to the browser's storage at once,
 * so a reload, a crash or a closed tab loses nothing.
 */
export function draftEditor(initial: Draft, storage: () => Storage | null) {
	let history = $state.raw<History<Walkthrough>>(start(initial.walkthrough));
	let saved = $state(true);
	let last = { key: '', at: 0 };

	function persist() {
		const store = storage();
		saved = store ? saveDraft(store, { ...initial, updated: Date.now(), walkthrough: history.present }) : false;
	}

	return {
		get id() {
			return initial.id;
		},
		get walkthrough() {
			return history.present;
		},
		get canUndo() {
			return canUndo(history);
		},
		get canRedo() {
			return canRedo(history);
		},
		/** false when the browser would not store the draft (full, or storage switched off) */
		get saved() {
			return saved;
		},
		/** A change; edits of the same field in quick succession (`key`) make one undo step. */
		change(next: Walkthrough, key = '') {
			const now = Date.now();
			const joins = key !== '' && key === last.key && now - last.at < COALESCE_MS && canUndo(history);
			history = joins ? { ...history, present: next } : record(history, next);
			last = { key, at: now };
			persist();
		},
		undo() {
			history = undo(history);
			last = { key: '', at: 0 };
			persist();
		},
		redo() {
			history = redo(history);
			last = { key: '', at: 0 };
			persist();
		}
	};
}

export type DraftEditor = ReturnType<typeof draftEditor>;
