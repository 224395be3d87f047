import { bodyShortLabel, inEveryLang } from '../format/labels.ts';
import { citer, type ResolvedCitation } from '../model/details.ts';
import type { Model } from '../model/model.ts';
import type { Diagram, Stage, Step, Text, Walkthrough } from '../model/schema.ts';

type Cited<T> = Omit<T, 'sources'> & { sources: ResolvedCitation[] };

export type StageDetail = Cited<Omit<Stage, 'operations'>> & { operations: Cited<Stage['operations'][number]>[] };
export type StepDetail = Cited<Step>;
export type WalkthroughDetail = Cited<Omit<Walkthrough, 'steps'>> & { steps: StepDetail[] };

export interface ScenarioDetail {
	stages: StageDetail[];
	walkthroughs: WalkthroughDetail[];
	/** body and relationship names, for step and comparison texts */
	names: Record<string, Text>;
}

/** The stages that apply to a diagram (they activate one of its bodies) and its walkthroughs. */
export function scenarioDetail(model: Model, diagram: Diagram): ScenarioDetail {
	const cite = citer(model);
	const shown = new Set(diagram.nodes.map((n) => n.body));
	const walkthroughs = model.walkthroughs.filter((w) => w.diagram === diagram.id);
	const stages = model.stages.filter(
		(s) => s.activeBodies.some((b) => shown.has(b)) || walkthroughs.some((w) => w.stage === s.id)
	);
	const names: Record<string, Text> = {};
	for (const b of model.bodies) if (shown.has(b.id)) names[b.id] = inEveryLang((lang) => bodyShortLabel(b, lang));
	for (const r of model.relationships) {
		if (shown.has(r.from) && shown.has(r.to)) {
			names[r.id] = inEveryLang((lang) => `${names[r.from]?.[lang] ?? r.from} – ${names[r.to]?.[lang] ?? r.to}`);
		}
	}
	return {
		stages: stages.map((s) => ({
			...s,
			operations: s.operations.map((o) => ({ ...o, sources: o.sources.map(cite) })),
			sources: s.sources.map(cite)
		})),
		walkthroughs: walkthroughs.map((w) => ({
			...w,
			steps: w.steps.map((step) => ({ ...step, sources: step.sources.map(cite) })),
			sources: w.sources.map(cite)
		})),
		names
	};
}

export interface StageComparison {
	onlyFirst: { bodies: string[]; relationships: string[]; measures: Text[] };
	onlySecond: { bodies: string[]; relationships: string[]; measures: Text[] };
	both: { bodies: string[]; relationships: string[] };
}

/** What activates or stops between two stages: bodies, links and measures present in only one. */
export function compareStages(first: StageDetail, second: StageDetail): StageComparison {
	const minus = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));
	const measures = (a: readonly Text[], b: readonly Text[]) => a.filter((m) => !b.some((n) => n.ja === m.ja));
	return {
		onlyFirst: {
			bodies: minus(first.activeBodies, second.activeBodies),
			relationships: minus(first.activeRelationships, second.activeRelationships),
			measures: measures(first.measures, second.measures)
		},
		onlySecond: {
			bodies: minus(second.activeBodies, first.activeBodies),
			relationships: minus(second.activeRelationships, first.activeRelationships),
			measures: measures(second.measures, first.measures)
		},
		both: {
			bodies: first.activeBodies.filter((b) => second.activeBodies.includes(b)),
			relationships: first.activeRelationships.filter((r) => second.activeRelationships.includes(r))
		}
	};
}
