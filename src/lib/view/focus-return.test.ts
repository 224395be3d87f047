import { describe, expect, it } from 'vitest';
import type { PlayerState } from '../scenario/player.ts';
import { focusAfter } from './focus-return.ts';

const state = (over: Partial<PlayerState> = {}, scenario: Partial<PlayerState['scenario']> = {}): PlayerState => ({
	scenario: { stage: null, compare: null, walkthrough: null, step: 0, ...scenario },
	presenting: false,
	body: null,
	...over
});

describe('focusAfter', () => {
	it('sends focus back to the card whose panel closes', () => {
		expect(focusAfter({ type: 'select', body: null }, state({ body: 'acg' }))).toEqual([{ kind: 'body', id: 'acg' }, { kind: 'diagram' }]);
	});

	it('leaves opening a panel, or closing none, to the panel', () => {
		expect(focusAfter({ type: 'select', body: 'jc' }, state())).toEqual([]);
		expect(focusAfter({ type: 'select', body: 'jc' }, state({ body: 'acg' }))).toEqual([]);
		expect(focusAfter({ type: 'select', body: null }, state())).toEqual([]);
	});

	it('swaps focus between Present and Leave presentation', () => {
		expect(focusAfter({ type: 'present', on: false }, state({ presenting: true }))[0]).toEqual({ kind: 'control', name: 'present' });
		expect(focusAfter({ type: 'present', on: true }, state())[0]).toEqual({ kind: 'control', name: 'present-exit' });
		expect(focusAfter({ type: 'present', on: true }, state({ presenting: true }))).toEqual([]);
	});

	it('after a walkthrough, goes to the button that started it, then its stage, then the diagram', () => {
		expect(focusAfter({ type: 'stop' }, state({}, { stage: 'c2', walkthrough: 'armed-attack-c2', step: 3 }))).toEqual([
			{ kind: 'walkthrough-start', id: 'armed-attack-c2' },
			{ kind: 'stage', id: 'c2' },
			{ kind: 'diagram' }
		]);
		expect(focusAfter({ type: 'stop' }, state({}, { walkthrough: 'w' }))).toEqual([{ kind: 'walkthrough-start', id: 'w' }, { kind: 'diagram' }]);
		expect(focusAfter({ type: 'stop' }, state())).toEqual([]);
	});

	it('keeps focus in the player when a step disables the button pressed', () => {
		for (const type of ['next', 'prev', 'first', 'last'] as const) {
			expect(focusAfter({ type }, state({}, { walkthrough: 'w' }))).toEqual([{ kind: 'control', name: 'play' }]);
		}
	});

	it('has nothing to restore for commands that remove no focused control', () => {
		expect(focusAfter({ type: 'stage', stage: 'a' }, state({ body: 'acg' }))).toEqual([]);
		expect(focusAfter({ type: 'toggle' }, state())).toEqual([]);
	});
});
