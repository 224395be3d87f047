/** Where a reader is in the scenario: a stage, optionally a walkthrough of it, and a step. */
export interface ScenarioState {
	stage: string | null;
	walkthrough: string | null;
	/** 0-based index into the walkthrough's steps; 0 when no walkthrough */
	step: number;
	/** a second stage shown against the first */
	compare: string | null;
}

export interface ScenarioCatalog {
	stages: readonly { id: string }[];
	walkthroughs: readonly CatalogWalkthrough[];
}

type CatalogWalkthrough = { id: string; stage: string; steps: readonly { stage?: string }[] };

/** The stage a walkthrough is in at a step: the step's own, or the walkthrough's. */
export const stageAt = (walk: CatalogWalkthrough, step: number): string => walk.steps[step]?.stage ?? walk.stage;

export type ScenarioNotice =
	| { kind: 'unknown-stage'; value: string }
	| { kind: 'unknown-walkthrough'; value: string }
	| { kind: 'bad-step'; value: string; fallback: number }
	| { kind: 'unknown-compare'; value: string };

export const EMPTY: ScenarioState = { stage: null, walkthrough: null, step: 0, compare: null };

const clean = (v: string | null) => (v ?? '').trim().slice(0, 80) || null;

/**
 * Read the scenario from URL parameters (?stage=c2&walk=armed-attack-c2&step=3, step 1-based).
 * Anything unknown falls back to the nearest valid state and is reported, never thrown.
 */
export function parseScenario(
	params: URLSearchParams | null,
	catalog: ScenarioCatalog
): { state: ScenarioState; notices: ScenarioNotice[] } {
	const notices: ScenarioNotice[] = [];
	if (!params) return { state: EMPTY, notices };
	const stageParam = clean(params.get('stage'));
	const walkParam = clean(params.get('walk'));
	const stepParam = clean(params.get('step'));
	const compareParam = clean(params.get('compare'));

	const walkthrough = walkParam ? catalog.walkthroughs.find((w) => w.id === walkParam) : undefined;
	if (walkParam && !walkthrough) notices.push({ kind: 'unknown-walkthrough', value: walkParam });

	let stage = stageParam && catalog.stages.some((s) => s.id === stageParam) ? stageParam : null;
	if (stageParam && !stage) notices.push({ kind: 'unknown-stage', value: stageParam });
	let step = 0;
	if (walkthrough && stepParam !== null) {
		const n = /^\d{1,6}$/.test(stepParam) ? Number(stepParam) : NaN;
		const last = walkthrough.steps.length;
		if (Number.isInteger(n) && n >= 1 && n <= last) step = n - 1;
		else {
			step = Number.isInteger(n) && n > last ? last - 1 : 0;
			notices.push({ kind: 'bad-step', value: stepParam, fallback: step + 1 });
		}
	}
	// A walkthrough's step decides the stage when both are given.
	if (walkthrough) stage = stageAt(walkthrough, step);

	let compare = compareParam && catalog.stages.some((s) => s.id === compareParam) ? compareParam : null;
	if (compareParam && !compare) notices.push({ kind: 'unknown-compare', value: compareParam });
	if (compare === stage) compare = null;

	return { state: { stage, walkthrough: walkthrough?.id ?? null, step, compare }, notices };
}

/** The URL parameters for a state; other parameters in `base` are kept. */
export function writeScenario(state: ScenarioState, base: URLSearchParams): URLSearchParams {
	const params = new URLSearchParams(base);
	for (const key of ['stage', 'walk', 'step', 'compare']) params.delete(key);
	if (state.stage) params.set('stage', state.stage);
	if (state.walkthrough) {
		params.set('walk', state.walkthrough);
		params.set('step', String(state.step + 1));
	}
	if (state.compare) params.set('compare', state.compare);
	return params;
}

export type ScenarioAction =
	| { type: 'stage'; stage: string | null }
	| { type: 'start'; walkthrough: string }
	| { type: 'stop' }
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	/** a step by its 0-based index, kept within the walkthrough */
	| { type: 'goto'; step: number }
	| { type: 'compare'; stage: string | null };

/** The state machine: every transition stays within the walkthrough's bounds. */
export function transition(state: ScenarioState, action: ScenarioAction, catalog: ScenarioCatalog): ScenarioState {
	const walk = catalog.walkthroughs.find((w) => w.id === state.walkthrough);
	const last = walk ? walk.steps.length - 1 : 0;
	// A step kept within the walkthrough, and the stage rail following it.
	const at = (w: CatalogWalkthrough, wanted: number): ScenarioState => {
		const step = Math.min(Math.max(wanted, 0), last);
		return { ...state, step, stage: stageAt(w, step) };
	};
	switch (action.type) {
		case 'stage':
			return { ...EMPTY, stage: action.stage, compare: action.stage === state.compare ? null : state.compare };
		case 'start': {
			const w = catalog.walkthroughs.find((x) => x.id === action.walkthrough);
			return w ? { stage: stageAt(w, 0), walkthrough: w.id, step: 0, compare: null } : state;
		}
		case 'stop':
			return { ...state, walkthrough: null, step: 0 };
		case 'next':
			return walk ? at(walk, state.step + 1) : state;
		case 'prev':
			return walk ? at(walk, state.step - 1) : state;
		case 'first':
			return walk ? at(walk, 0) : state;
		case 'last':
			return walk ? at(walk, last) : state;
		case 'goto':
			return walk && Number.isInteger(action.step) ? at(walk, action.step) : state;
		case 'compare':
			return { ...state, walkthrough: null, step: 0, compare: action.stage === state.stage ? null : action.stage };
	}
}

export function isLastStep(state: ScenarioState, catalog: ScenarioCatalog): boolean {
	const walk = catalog.walkthroughs.find((w) => w.id === state.walkthrough);
	return !walk || state.step >= walk.steps.length - 1;
}
