import { describe, expect, it } from 'vitest';
import type { Step, Walkthrough } from '../model/schema.ts';
import { addCitation, addStep, duplicateStep, moveStep, removeCitation, removeStep, updateStep } from './authored-edit.ts';

const step = (id: string): Step => ({
	id,
	target: { body: id },
	title: { ja: id, en: id },
	narration: { ja: '', en: '' },
	illustrative: false,
	sources: []
});
const walk: Walkthrough = { id: 'mine-1', diagram: 'acm', stage: 'a', title: { ja: 't', en: 't' }, steps: [step('a'), step('b'), step('c')], sources: [] };
const ids = (w: Walkthrough) => w.steps.map((s) => s.id);

describe('editing a walkthrough', () => {
	it('adds, updates and removes steps without touching the original', () => {
		const added = addStep(walk, step('d'));
		expect(ids(added)).toEqual(['a', 'b', 'c', 'd']);
		expect(updateStep(added, 3, { title: { ja: '四', en: 'four' } }).steps[3]!.title.en).toBe('four');
		expect(ids(removeStep(walk, 1))).toEqual(['a', 'c']);
		expect(ids(walk)).toEqual(['a', 'b', 'c']);
	});

	it('moves a step up or down, and leaves the ends alone', () => {
		expect(ids(moveStep(walk, 1, -1))).toEqual(['b', 'a', 'c']);
		expect(ids(moveStep(walk, 1, 1))).toEqual(['a', 'c', 'b']);
		expect(moveStep(walk, 0, -1)).toBe(walk);
		expect(moveStep(walk, 2, 1)).toBe(walk);
	});

	it('duplicates a step right after it under a new id, as a copy', () => {
		const copied = duplicateStep(walk, 0, 'a2');
		expect(ids(copied)).toEqual(['a', 'a2', 'b', 'c']);
		expect(copied.steps[1]!.title).toEqual(copied.steps[0]!.title);
		expect(copied.steps[1]!.title).not.toBe(copied.steps[0]!.title);
	});

	it('adds and removes a step’s citations', () => {
		const cited = addCitation(walk, 2, { source: 'dow2018', ref: '3.1(1)', quote: '同盟調整メカニズム' });
		expect(cited.steps[2]!.sources).toEqual([{ source: 'dow2018', ref: '3.1(1)', quote: '同盟調整メカニズム' }]);
		expect(removeCitation(cited, 2, 0).steps[2]!.sources).toEqual([]);
	});
});
