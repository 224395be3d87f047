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
	/** only what a first view draws (see ./outline.ts): the texts, citations and walkthroughs follow */
	outline?: true;
}

/**
 * The stages that apply to a diagram (they mark one of its bodies, a walkthrough of it passes through
 * them, or the diagram serves every stage) and its walkthroughs. A stage's bodies and links are those
 * on this diagram.
 */
export function scenarioDetail(model: Model, diagram: Diagram): ScenarioDetail {
	const cite = citer(model);
	const shown = new Set(diagram.nodes.map((n) => n.body));
	const walkthroughs = model.walkthroughs.filter((w) => w.diagram === diagram.id);
	const visited = new Set(walkthroughs.flatMap((w) => [w.stage, ...w.steps.flatMap((s) => (s.stage ? [s.stage] : []))]));
	const names: Record<string, Text> = {};
	for (const b of model.bodies) if (shown.has(b.id)) names[b.id] = inEveryLang((lang) => bodyShortLabel(b, lang));
	for (const r of model.relationships) {
		if (shown.has(r.from) && shown.has(r.to)) {
			names[r.id] = inEveryLang((lang) => `${names[r.from]?.[lang] ?? r.from} – ${names[r.to]?.[lang] ?? r.to}`);
		}
	}
	const here = (ids: readonly string[]) => ids.filter((id) => id in names);
	const stages = model.stages
		.map((s) => ({ ...s, activeBodies: here(s.activeBodies), activeRelationships: here(s.activeRelationships), continuedBodies: here(s.continuedBodies) }))
		.filter((s) => diagram.everyStage || s.activeBodies.length > 0 || s.continuedBodies.length > 0 || visited.has(s.id));
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

/** Whether a walkthrough passes through a stage, at its start or at one of its steps. */
export const visitsStage = (walk: { stage: string; steps: readonly { stage?: string }[] }, stage: string) => walk.stage === stage || walk.steps.some((s) => s.stage === stage);

export interface StageChange {
	from: StageDetail;
	to: StageDetail;
	/** bodies and links in `to` but not in `from` */
	adds: string[];
	/** bodies and links in both, active or continued */
	keeps: string[];
	/** bodies and links in `from` that `to` does not list */
	drops: string[];
	/** of `keeps`, those `to` marks as continued from an earlier stage */
	continued: string[];
	measures: { adds: Text[]; drops: Text[] };
}

/** What the diagram has of a stage: its active and continued bodies and its active links. */
const present = (s: StageDetail) => [...s.activeBodies, ...s.continuedBodies, ...s.activeRelationships];

/**
 * From one stage to another (the earlier first, in the order of `stages`): what the later one adds,
 * keeps and drops, on this diagram, and how their listed measures differ.
 */
export function compareStages(a: StageDetail, b: StageDetail, stages: readonly { id: string }[]): StageChange {
	const order = (s: StageDetail) => stages.findIndex((x) => x.id === s.id);
	const [from, to] = order(a) <= order(b) ? [a, b] : [b, a];
	const before = present(from);
	const after = present(to);
	const measures = (x: readonly Text[], y: readonly Text[]) => x.filter((m) => !y.some((n) => n.ja === m.ja));
	return {
		from,
		to,
		adds: after.filter((id) => !before.includes(id)),
		keeps: after.filter((id) => before.includes(id)),
		drops: before.filter((id) => !after.includes(id)),
		continued: to.continuedBodies.filter((id) => before.includes(id)),
		measures: { adds: measures(to.measures, from.measures), drops: measures(from.measures, to.measures) }
	};
}
