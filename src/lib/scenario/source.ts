import type { DiagramLayout } from '../layout/types.ts';
import { citer, diagramDetail, type DiagramDetail } from '../model/details.ts';
import type { Model } from '../model/model.ts';
import type { Diagram } from '../model/schema.ts';
import type { DiagramHistory } from './dates.ts';
import { scenarioDetail, type ScenarioDetail } from './detail.ts';

/** What a diagram page already has; the CLI builds the same from the model. */
export interface SceneSource {
	layout: DiagramLayout;
	detail: DiagramDetail;
	scenario: ScenarioDetail;
	/** founding dates of the diagram's bodies */
	established: Record<string, string>;
	/** dated changes to its bodies, and the events about them (for comparing two dates) */
	changes: DiagramHistory['changes'];
	events: DiagramHistory['events'];
}

/** The moment a view or an export shows. */
export interface SceneRequest {
	stage?: string | null;
	/** a second stage shown against the first */
	compare?: string | null;
	walkthrough?: string | null;
	/** 0-based; without it every step of the walkthrough becomes a scene */
	step?: number | null;
	date?: string | null;
	/** a second date `date` is compared with */
	compareDate?: string | null;
	/** one scene per stage that applies to the diagram */
	allStages?: boolean;
}

/** What the diagram page receives and exports read: built once, the same for screen and file. */
export function sceneSource(model: Model, diagram: Diagram, layout: DiagramLayout): SceneSource {
	const shown = new Set(diagram.nodes.map((n) => n.body));
	const cite = citer(model);
	return {
		layout,
		detail: diagramDetail(model, diagram),
		scenario: scenarioDetail(model, diagram),
		established: Object.fromEntries(
			model.bodies.filter((b) => shown.has(b.id) && b.established).map((b) => [b.id, b.established!])
		),
		changes: model.bodies
			.filter((b) => shown.has(b.id))
			.flatMap((b) => b.reorganized.map((r) => ({ body: b.id, date: r.date, what: r.what, sources: r.sources.map(cite) }))),
		// Events about a body drawn, or about the mechanism the whole diagram depicts.
		events: model.events
			.filter((e) => e.bodies.some((id) => shown.has(id) || id === diagram.mechanism))
			.map((e) => ({ id: e.id, date: e.date, title: e.title, bodies: e.bodies.filter((id) => shown.has(id)), sources: e.sources.map(cite) }))
	};
}
