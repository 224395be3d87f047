import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlayer, keyCommand, STEP_MS, type KeyContext, type PlayerCommand, type PlayerKey, type PlayerState } from './player.ts';
import type { ScenarioCatalog } from './state.ts';

const catalog: ScenarioCatalog = {
	stages: [{ id: 'a' }, { id: 'c2' }, { id: 'e' }],
	walkthroughs: [
		{ id: 'peace', stage: 'a', steps: [{}, {}, {}] },
		{ id: 'quake', stage: 'e', steps: [{}, {}] }
	]
};

/** A player on a fake URL that follows every navigation, as the pages do. */
function setup(query: string) {
	let params = new URLSearchParams(query);
	const changes: { state: PlayerState; query: string; replace: boolean }[] = [];
	const playing: boolean[] = [];
	const player = createPlayer({
		catalog: () => catalog,
		params: () => params,
		onchange: (state, navigation) => {
			params = navigation.params;
			changes.push({ state, query: navigation.params.toString(), replace: navigation.replace });
		},
		onplaying: (on) => playing.push(on)
	});
	return {
		player,
		changes,
		playing,
		get query() {
			return params.toString();
		},
		visit(query: string) {
			params = new URLSearchParams(query);
		}
	};
}

const after = (query: string, ...commands: PlayerCommand[]) => {
	const s = setup(query);
	for (const c of commands) s.player.command(c);
	return s;
};

describe('commands', () => {
	it('step within the walkthrough and replace the history entry', () => {
		const s = after('walk=peace&step=1', { type: 'next' });
		expect(s.changes).toEqual([
			{ state: { scenario: { stage: 'a', walkthrough: 'peace', step: 1, compare: null }, presenting: false, body: null }, query: 'stage=a&walk=peace&step=2', replace: true }
		]);
		expect(after('walk=peace&step=2', { type: 'prev' }).query).toBe('stage=a&walk=peace&step=1');
		expect(after('walk=peace&step=2', { type: 'last' }).query).toBe('stage=a&walk=peace&step=3');
		expect(after('walk=peace&step=3', { type: 'first' }).query).toBe('stage=a&walk=peace&step=1');
	});

	it('go to a step by its index as a replaced entry, and stay put when already there', () => {
		const s = after('walk=peace&step=1', { type: 'goto', step: 2 });
		expect(s.changes.map((c) => [c.query, c.replace])).toEqual([['stage=a&walk=peace&step=3', true]]);
		expect(after('stage=a&walk=peace&step=2', { type: 'goto', step: 1 }).changes).toEqual([]);
	});

	it('stay at the ends without navigating', () => {
		expect(after('stage=a&walk=peace&step=3', { type: 'next' }, { type: 'last' }).changes).toEqual([]);
		expect(after('stage=a&walk=peace&step=1', { type: 'prev' }, { type: 'first' }).changes).toEqual([]);
	});

	it('keep the open body while stepping, and the parameters that are not the player’s', () => {
		expect(after('date=2000&body=acg&stage=a&walk=peace&step=1', { type: 'next' }).query).toBe('date=2000&body=acg&stage=a&walk=peace&step=2');
	});

	it('start, stop, pick a stage and compare as new history entries that close the open body', () => {
		const cases: [string, PlayerCommand, string][] = [
			['body=x&date=2000', { type: 'start', walkthrough: 'quake' }, 'date=2000&stage=e&walk=quake&step=1'],
			['body=x&stage=a&walk=peace&step=2', { type: 'stop' }, 'stage=a'],
			['body=x&stage=a&walk=peace&step=2', { type: 'stage', stage: 'c2' }, 'stage=c2'],
			['body=x&stage=a', { type: 'compare', stage: 'e' }, 'stage=a&compare=e'],
			['body=x&stage=a&compare=e', { type: 'stage', stage: null }, 'compare=e']
		];
		for (const [query, command, expected] of cases) {
			const { changes } = after(query, command);
			expect(changes.map((c) => [c.query, c.replace]), `${command.type} from ${query}`).toEqual([[expected, false]]);
		}
	});

	it('presents and leaves presentation without touching the scenario or the open body', () => {
		const on = after('body=x&stage=a&walk=peace&step=2', { type: 'present', on: true });
		expect(on.changes).toEqual([
			{ state: { scenario: { stage: 'a', walkthrough: 'peace', step: 1, compare: null }, presenting: true, body: 'x' }, query: 'body=x&stage=a&walk=peace&step=2&present=1', replace: false }
		]);
		expect(after('present=1&stage=a', { type: 'present', on: false }).query).toBe('stage=a');
	});

	it('opens and closes a body as new history entries', () => {
		const s = after('stage=zz', { type: 'select', body: 'acg' });
		// An unusable stage stays in the URL, so its notice stays on screen.
		expect(s.changes.map((c) => [c.query, c.replace])).toEqual([['stage=zz&body=acg', false]]);
		s.player.command({ type: 'select', body: null });
		expect(s.query).toBe('stage=zz');
		expect(s.player.state.body).toBeNull();
	});

	it('steps through the stages in rail order and stops at either end', () => {
		const s = setup('present=1');
		s.player.command({ type: 'stage-step', delta: 1 });
		expect(s.player.state.scenario.stage).toBe('a');
		s.player.command({ type: 'stage-step', delta: 1 });
		s.player.command({ type: 'stage-step', delta: 1 });
		expect(s.query).toBe('present=1&stage=e');
		s.player.command({ type: 'stage-step', delta: 1 });
		expect(s.changes).toHaveLength(3);
		s.player.command({ type: 'stage-step', delta: -1 });
		expect(s.player.state.scenario.stage).toBe('c2');
		expect(s.changes.every((c) => !c.replace && c.state.presenting)).toBe(true);
	});

	it('starts from the first stage when none is chosen, whichever way', () => {
		expect(after('', { type: 'stage-step', delta: -1 }).query).toBe('stage=a');
	});

	it('reads its state from the URL', () => {
		expect(setup('present=1&body=acg&walk=quake&step=2').player.state).toEqual({
			scenario: { stage: 'e', walkthrough: 'quake', step: 1, compare: null },
			presenting: true,
			body: 'acg'
		});
	});
});

describe('autoplay', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('advances one step per interval and stops at the last step', () => {
		const s = after('walk=peace&step=1', { type: 'toggle' });
		expect(s.player.playing).toBe(true);
		vi.advanceTimersByTime(STEP_MS - 1);
		expect(s.changes).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(s.changes.map((c) => [c.state.scenario.step, c.replace])).toEqual([[1, true]]);
		vi.advanceTimersByTime(STEP_MS);
		expect(s.player.state.scenario.step).toBe(2);
		expect(s.player.playing).toBe(false);
		expect(s.playing).toEqual([true, false]);
		vi.advanceTimersByTime(10 * STEP_MS);
		expect(s.changes).toHaveLength(2);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('pauses when toggled again', () => {
		const s = after('walk=peace&step=1', { type: 'toggle' }, { type: 'toggle' });
		vi.advanceTimersByTime(5 * STEP_MS);
		expect(s.changes).toEqual([]);
		expect(s.playing).toEqual([true, false]);
	});

	it('stops on a manual move', () => {
		for (const move of [{ type: 'next' }, { type: 'first' }, { type: 'goto', step: 2 }, { type: 'stop' }, { type: 'stage', stage: 'c2' }] as PlayerCommand[]) {
			const s = after('walk=peace&step=1', { type: 'toggle' }, move);
			const moved = s.query;
			vi.advanceTimersByTime(5 * STEP_MS);
			expect(s.query, move.type).toBe(moved);
			expect(s.player.playing, move.type).toBe(false);
		}
	});

	it('keeps playing while a body is opened or the presentation starts', () => {
		const s = after('walk=peace&step=1', { type: 'toggle' }, { type: 'select', body: 'acg' }, { type: 'present', on: true });
		vi.advanceTimersByTime(STEP_MS);
		expect(s.query).toBe('body=acg&present=1&stage=a&walk=peace&step=2');
		expect(s.player.playing).toBe(true);
	});

	it('does not start without a walkthrough or at its last step', () => {
		expect(after('stage=a', { type: 'toggle' }).player.playing).toBe(false);
		expect(after('walk=peace&step=3', { type: 'toggle' }).player.playing).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('stops without navigating when the walkthrough was left by other means', () => {
		const s = after('walk=peace&step=1', { type: 'toggle' });
		s.visit('stage=a');
		vi.advanceTimersByTime(STEP_MS);
		expect(s.changes).toEqual([]);
		expect(s.player.playing).toBe(false);
	});

	it('stops for good when destroyed', () => {
		const s = after('walk=peace&step=1', { type: 'toggle' });
		s.player.destroy();
		vi.advanceTimersByTime(5 * STEP_MS);
		expect(s.changes).toEqual([]);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('runs on the clock it is given', () => {
		const ticks: (() => void)[] = [];
		const cancel = vi.fn();
		let params = new URLSearchParams('walk=quake&step=1');
		const player = createPlayer({
			catalog: () => catalog,
			params: () => params,
			onchange: (_, navigation) => (params = navigation.params),
			schedule: (tick, ms) => {
				expect(ms).toBe(STEP_MS);
				ticks.push(tick);
				return cancel;
			}
		});
		player.command({ type: 'toggle' });
		ticks[0]!();
		expect(params.get('step')).toBe('2');
		expect(cancel).toHaveBeenCalledOnce();
	});
});

describe('keyCommand', () => {
	const key = (k: string, more: Partial<PlayerKey> = {}): PlayerKey => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, target: 'other', ...more });
	const walking: KeyContext = { presenting: false, walkthrough: true, selection: false };
	const idle: KeyContext = { presenting: false, walkthrough: false, selection: false };

	it('maps the walkthrough keys', () => {
		const map = Object.fromEntries(['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Home', 'End', ' ', 'Enter', 'a'].map((k) => [k, keyCommand(key(k), walking)?.type ?? null]));
		expect(map).toEqual({ ArrowRight: 'next', ArrowLeft: 'prev', PageDown: 'next', PageUp: 'prev', Home: 'first', End: 'last', ' ': 'toggle', Enter: null, a: null });
	});

	it('leaves every key to text fields and to modified presses', () => {
		for (const k of ['ArrowRight', ' ', 'PageDown', 'Escape']) {
			expect(keyCommand(key(k, { target: 'input' }), { presenting: true, walkthrough: true, selection: true }), k).toBeNull();
			for (const modifier of ['altKey', 'ctrlKey', 'metaKey'] as const) {
				expect(keyCommand(key(k, { [modifier]: true }), walking), `${modifier} ${k}`).toBeNull();
			}
		}
	});

	it('leaves the arrows and Space on a focused body to the canvas, but not the clicker keys or Escape', () => {
		const body = { target: 'body' } as const;
		expect(keyCommand(key('ArrowRight', body), walking)).toBeNull();
		expect(keyCommand(key('ArrowUp', body), walking)).toBeNull();
		expect(keyCommand(key(' ', body), walking)).toBeNull();
		expect(keyCommand(key('PageDown', body), walking)).toEqual({ type: 'next' });
		expect(keyCommand(key('Escape', body), walking)).toEqual({ type: 'stop' });
	});

	it('closes the open body first, then the presentation, then the walkthrough', () => {
		expect(keyCommand(key('Escape'), { presenting: true, walkthrough: true, selection: true })).toEqual({ type: 'select', body: null });
		expect(keyCommand(key('Escape'), { presenting: true, walkthrough: true, selection: false })).toEqual({ type: 'present', on: false });
		expect(keyCommand(key('Escape'), walking)).toEqual({ type: 'stop' });
		expect(keyCommand(key('Escape'), idle)).toBeNull();
	});

	it('moves through the stages with PageDown / PageUp only when presenting without a walkthrough', () => {
		const presenting = { ...idle, presenting: true };
		expect(keyCommand(key('PageDown'), presenting)).toEqual({ type: 'stage-step', delta: 1 });
		expect(keyCommand(key('PageUp'), presenting)).toEqual({ type: 'stage-step', delta: -1 });
		expect(keyCommand(key('PageDown'), idle)).toBeNull();
		expect(keyCommand(key('ArrowRight'), presenting)).toBeNull();
		expect(keyCommand(key('PageDown'), { ...walking, presenting: true })).toEqual({ type: 'next' });
	});
});
