import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, canRedo, canUndo, record, redo, start, undo } from './history.ts';

describe('history', () => {
	it('undoes and redoes edits in order', () => {
		let h = record(record(start('a'), 'b'), 'c');
		expect([canUndo(h), canRedo(h)]).toEqual([true, false]);
		h = undo(h);
		expect(h.present).toBe('b');
		h = undo(h);
		expect(h.present).toBe('a');
		expect([canUndo(h), canRedo(h)]).toEqual([false, true]);
		h = redo(h);
		expect(h).toEqual({ past: ['a'], present: 'b', future: ['c'] });
		expect(redo(h).present).toBe('c');
	});

	it('drops what was undone when a new edit is made', () => {
		const h = record(undo(record(start(1), 2)), 3);
		expect(h).toEqual({ past: [1], present: 3, future: [] });
		expect(canRedo(h)).toBe(false);
	});

	it('does nothing when there is nothing to undo or redo', () => {
		const h = start('only');
		expect(undo(h)).toBe(h);
		expect(redo(h)).toBe(h);
	});

	it('keeps the last edits only, up to the limit', () => {
		let h = start(0);
		for (let i = 1; i <= HISTORY_LIMIT + 20; i++) h = record(h, i);
		expect(h.past).toHaveLength(HISTORY_LIMIT);
		expect(h.past[0]).toBe(20);
		expect(h.present).toBe(HISTORY_LIMIT + 20);
	});

	it('never changes the history it is given', () => {
		const h = record(start('a'), 'b');
		const copy = structuredClone(h);
		undo(h);
		record(h, 'c');
		redo(undo(h));
		expect(h).toEqual(copy);
	});
});
