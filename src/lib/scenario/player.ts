import { isLastStep, parseScenario, transition, writeScenario, type ScenarioAction, type ScenarioCatalog, type ScenarioState } from './state.ts';

/** What the player reads from and writes to the URL. */
export interface PlayerState {
	scenario: ScenarioState;
	presenting: boolean;
	/** the body whose details are open */
	body: string | null;
}

export type PlayerCommand =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	/** a step by its 0-based index (a deck driving an embed) */
	| { type: 'goto'; step: number }
	/** play or pause */
	| { type: 'toggle' }
	/** leave the walkthrough */
	| { type: 'stop' }
	| { type: 'start'; walkthrough: string }
	| { type: 'stage'; stage: string | null }
	/** the neighbouring stage on the rail */
	| { type: 'stage-step'; delta: 1 | -1 }
	| { type: 'compare'; stage: string | null }
	| { type: 'present'; on: boolean }
	| { type: 'select'; body: string | null };

/** A key press as the player needs it; the page says what kind of element had focus. */
export interface PlayerKey {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** a text field, a body on the canvas, or anything else */
	target: 'input' | 'body' | 'other';
}

export interface KeyContext {
	presenting: boolean;
	walkthrough: boolean;
	/** a body's details are open */
	selection: boolean;
}

/** Autoplay's pace: long enough to read a narration aloud. */
export const STEP_MS = 6000;

/** Runs `tick` every `ms` until the returned function is called. */
export type Schedule = (tick: () => void, ms: number) => () => void;

const everyInterval: Schedule = (tick, ms) => {
	const id = setInterval(tick, ms);
	return () => clearInterval(id);
};

const WALK_KEYS: Record<string, PlayerCommand> = {
	ArrowRight: { type: 'next' },
	ArrowLeft: { type: 'prev' },
	// Presentation clickers send PageDown / PageUp.
	PageDown: { type: 'next' },
	PageUp: { type: 'prev' },
	Home: { type: 'first' },
	End: { type: 'last' },
	' ': { type: 'toggle' }
};

/** The command a key asks for, or null when the key is not the player's. */
export function keyCommand(key: PlayerKey, context: KeyContext): PlayerCommand | null {
	// A text field keeps its keys (Escape clears a search field); modified keys are the browser's.
	if (key.target === 'input' || key.altKey || key.ctrlKey || key.metaKey) return null;
	if (key.key === 'Escape') {
		// The most recent, smallest thing closes first.
		if (context.selection) return { type: 'select', body: null };
		if (context.presenting) return { type: 'present', on: false };
		return context.walkthrough ? { type: 'stop' } : null;
	}
	if (!context.walkthrough) {
		if (context.presenting && (key.key === 'PageDown' || key.key === 'PageUp')) return { type: 'stage-step', delta: key.key === 'PageDown' ? 1 : -1 };
		return null;
	}
	// On a focused body the arrows move to a neighbour and Space opens it: the canvas' keys.
	if (key.target === 'body' && (key.key.startsWith('Arrow') || key.key === ' ')) return null;
	return WALK_KEYS[key.key] ?? null;
}

function readPlayer(params: URLSearchParams, catalog: ScenarioCatalog): PlayerState {
	return { scenario: parseScenario(params, catalog).state, presenting: params.get('present') === '1', body: params.get('body') };
}

const STEPS = new Set<PlayerCommand['type']>(['next', 'prev', 'first', 'last', 'goto']);

/** The scenario action behind a command, or null for commands that leave the scenario alone. */
function scenarioAction(command: PlayerCommand, state: ScenarioState, catalog: ScenarioCatalog): ScenarioAction | null {
	switch (command.type) {
		case 'toggle':
		case 'present':
		case 'select':
			return null;
		case 'stage-step': {
			const ids = catalog.stages.map((s) => s.id);
			const at = state.stage ? ids.indexOf(state.stage) : -1;
			const stage = ids[Math.min(ids.length - 1, Math.max(0, at + command.delta))];
			return stage ? { type: 'stage', stage } : null;
		}
		default:
			return command;
	}
}

/**
 * The URL after a command: scenario commands rewrite stage / walk / step / compare, and all but
 * stepping close the open body, which belongs to the view being left. Stepping replaces the history
 * entry so Back leaves the walkthrough instead of undoing steps; everything else is a new entry.
 */
function plan(command: PlayerCommand, params: URLSearchParams, catalog: ScenarioCatalog): { params: URLSearchParams; replace: boolean } | null {
	const next = new URLSearchParams(params);
	if (command.type === 'present') {
		if (command.on) next.set('present', '1');
		else next.delete('present');
		return { params: next, replace: false };
	}
	if (command.type === 'select') {
		if (command.body) next.set('body', command.body);
		else next.delete('body');
		return { params: next, replace: false };
	}
	const state = parseScenario(params, catalog).state;
	const action = scenarioAction(command, state, catalog);
	if (!action) return null;
	const written = writeScenario(transition(state, action, catalog), params);
	const stepping = STEPS.has(command.type);
	if (!stepping) written.delete('body');
	return { params: written, replace: stepping };
}

export interface PlayerOptions {
	catalog: () => ScenarioCatalog;
	/** the current URL's parameters: the one source of the player's state */
	params: () => URLSearchParams;
	/** navigate to `params`; `state` is what they say */
	onchange: (state: PlayerState, navigation: { params: URLSearchParams; replace: boolean }) => void;
	onplaying?: (playing: boolean) => void;
	schedule?: Schedule;
}

export interface Player {
	command(command: PlayerCommand): void;
	readonly playing: boolean;
	readonly state: PlayerState;
	/** stop autoplay for good (the page is leaving) */
	destroy(): void;
}

/**
 * The walkthrough and presentation player shared by the diagram page and the embed. Autoplay
 * advances one step every STEP_MS and stops at the last step or as soon as the reader moves.
 */
export function createPlayer({ catalog, params, onchange, onplaying, schedule = everyInterval }: PlayerOptions): Player {
	let cancel: (() => void) | null = null;

	const read = () => readPlayer(params(), catalog());
	const atEnd = (state: PlayerState) => !state.scenario.walkthrough || isLastStep(state.scenario, catalog());

	function setPlaying(on: boolean) {
		if (on === (cancel !== null)) return;
		if (on) cancel = schedule(tick, STEP_MS);
		else {
			cancel?.();
			cancel = null;
		}
		onplaying?.(on);
	}

	function go(command: PlayerCommand): PlayerState | null {
		const change = plan(command, params(), catalog());
		if (!change || change.params.toString() === params().toString()) return null;
		const state = readPlayer(change.params, catalog());
		onchange(state, change);
		return state;
	}

	function tick() {
		// The walkthrough may have ended meanwhile (Back, a link): then there is nothing to play.
		if (atEnd(read())) return setPlaying(false);
		const state = go({ type: 'next' });
		if (!state || atEnd(state)) setPlaying(false);
	}

	return {
		command(command) {
			if (command.type === 'toggle') return setPlaying(cancel === null && !atEnd(read()));
			// Any move of the reader's own ends autoplay; opening a body or presenting is not a move.
			if (command.type !== 'present' && command.type !== 'select') setPlaying(false);
			go(command);
		},
		get playing() {
			return cancel !== null;
		},
		get state() {
			return read();
		},
		destroy() {
			setPlaying(false);
		}
	};
}
