import type { ScenarioDetail } from './detail.ts';

/**
 * The part of a diagram's scenario that its first view draws: each stage's code, name and what it
 * marks on the diagram (the stage rail, and the emphasis of a stage chosen before the rest arrives).
 * Its notes, measures, operations and citations, and the walkthroughs, were two thirds of every
 * diagram page; they come in a file of their own after the first view, or before it when the page's
 * address names a stage or a walkthrough.
 */
export function scenarioOutline(scenario: ScenarioDetail): ScenarioDetail {
	return {
		stages: scenario.stages.map((s) => ({
			id: s.id,
			code: s.code,
			track: s.track,
			name: s.name,
			legalNames: [],
			measures: [],
			operations: [],
			activeBodies: s.activeBodies,
			activeRelationships: s.activeRelationships,
			continuedBodies: s.continuedBodies,
			sources: []
		})),
		walkthroughs: [],
		names: scenario.names,
		outline: true
	};
}
