import { describe, expect, it } from 'vitest';
import { EMPTY, isLastStep, parseScenario, transition, writeScenario, type ScenarioCatalog } from './state.ts';

const catalog: ScenarioCatalog = {
	stages: [{ id: 'a' }, { id: 'c2' }, { id: 'e' }],
	walkthroughs: [
		{ id: 'peace', stage: 'a', steps: [{}, {}, {}] },
		{ id: 'quake', stage: 'e', steps: [{}, {}] },
		{ id: 'journey', stage: 'a', steps: [{}, { stage: 'c2' }, { stage: 'e' }] }
	]
};
const parse = (query: string) => parseScenario(new URLSearchParams(query), catalog);

describe('parseScenario', () => {
	it('reads stage, walkthrough, 1-based step and comparison', () => {
		expect(parse('stage=a&walk=peace&step=2&compare=c2')).toEqual({
			state: { stage: 'a', walkthrough: 'peace', step: 1, compare: 'c2' },
			notices: []
		});
	});

	it('takes the stage from the walkthrough', () => {
		expect(parse('stage=c2&walk=quake').state).toMatchObject({ stage: 'e', walkthrough: 'quake', step: 0 });
	});

	it('takes the stage from the step when the walkthrough moves through stages', () => {
		expect(parse('walk=journey&step=1').state.stage).toBe('a');
		expect(parse('stage=a&walk=journey&step=2').state.stage).toBe('c2');
		expect(parse('walk=journey&step=3').state.stage).toBe('e');
	});

	it('falls back with a notice for unknown ids', () => {
		const { state, notices } = parse('stage=zz&walk=nope&compare=%3Cb%3E');
		expect(state).toEqual(EMPTY);
		expect(notices.map((n) => n.kind)).toEqual(['unknown-walkthrough', 'unknown-stage', 'unknown-compare']);
	});

	it('clamps a step beyond the end to the last step and a malformed one to the first', () => {
		expect(parse('walk=peace&step=99')).toMatchObject({ state: { step: 2 }, notices: [{ kind: 'bad-step', fallback: 3 }] });
		expect(parse('walk=peace&step=-1')).toMatchObject({ state: { step: 0 }, notices: [{ kind: 'bad-step', fallback: 1 }] });
		expect(parse('walk=peace&step=1e3').state.step).toBe(0);
	});

	it('is empty without parameters (the prerendered view)', () => {
		expect(parseScenario(null, catalog)).toEqual({ state: EMPTY, notices: [] });
	});
});

describe('writeScenario', () => {
	it('round-trips and keeps unrelated parameters', () => {
		const params = writeScenario({ stage: 'a', walkthrough: 'peace', step: 2, compare: null }, new URLSearchParams('body=acg&step=9'));
		expect(params.toString()).toBe('body=acg&stage=a&walk=peace&step=3');
		expect(parseScenario(params, catalog).state).toEqual({ stage: 'a', walkthrough: 'peace', step: 2, compare: null });
	});
});

describe('transition', () => {
	const start = transition(EMPTY, { type: 'start', walkthrough: 'peace' }, catalog);

	it('starts a walkthrough at its first step and its stage', () => {
		expect(start).toEqual({ stage: 'a', walkthrough: 'peace', step: 0, compare: null });
	});

	it('moves the stage with the steps of a walkthrough through stages', () => {
		const start = transition(EMPTY, { type: 'start', walkthrough: 'journey' }, catalog);
		const stages = [start];
		for (const type of ['next', 'next', 'next', 'prev', 'first', 'last'] as const) stages.push(transition(stages.at(-1)!, { type }, catalog));
		expect(stages.map((s) => s.stage)).toEqual(['a', 'c2', 'e', 'e', 'c2', 'a', 'e']);
		expect(transition(start, { type: 'goto', step: 1 }, catalog).stage).toBe('c2');
	});

	it('stays within bounds', () => {
		let s = start;
		for (let i = 0; i < 5; i++) s = transition(s, { type: 'next' }, catalog);
		expect(s.step).toBe(2);
		expect(isLastStep(s, catalog)).toBe(true);
		s = transition(s, { type: 'first' }, catalog);
		expect(transition(s, { type: 'prev' }, catalog).step).toBe(0);
		expect(transition(s, { type: 'last' }, catalog).step).toBe(2);
	});

	it('goes to a step by its index, kept within the walkthrough', () => {
		expect(transition(start, { type: 'goto', step: 2 }, catalog).step).toBe(2);
		expect(transition(start, { type: 'goto', step: 99 }, catalog).step).toBe(2);
		expect(transition({ ...start, step: 2 }, { type: 'goto', step: -3 }, catalog).step).toBe(0);
		expect(transition({ ...start, step: 1 }, { type: 'goto', step: 0.5 }, catalog).step).toBe(1);
		expect(transition(EMPTY, { type: 'goto', step: 1 }, catalog)).toEqual(EMPTY);
	});

	it('does nothing to steps without a walkthrough, and choosing a stage ends the walkthrough', () => {
		expect(transition(EMPTY, { type: 'next' }, catalog)).toEqual(EMPTY);
		expect(transition(start, { type: 'stage', stage: 'c2' }, catalog)).toEqual({ ...EMPTY, stage: 'c2' });
	});

	it('never compares a stage with itself', () => {
		const a = transition(EMPTY, { type: 'stage', stage: 'a' }, catalog);
		expect(transition(a, { type: 'compare', stage: 'a' }, catalog).compare).toBeNull();
		expect(transition(a, { type: 'compare', stage: 'e' }, catalog).compare).toBe('e');
	});
});
