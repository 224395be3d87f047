import type { DiagramLayout } from '../layout/types.ts';
import { diagramDetail, type DiagramDetail } from '../model/details.ts';
import type { Model } from '../model/model.ts';
import type { Diagram } from '../model/schema.ts';
import { scenarioDetail, type ScenarioDetail } from './detail.ts';

/** What a diagram page already has; the CLI builds the same from the model. */
export interface SceneSource {
	layout: DiagramLayout;
	detail: DiagramDetail;
	scenario: ScenarioDetail;
	/** founding dates of the diagram's bodies */
	established: Record<string, string>;
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
	/** one scene per stage that applies to the diagram */
	allStages?: boolean;
}

/** What the diagram page receives and exports read: built once, the same for screen and file. */
export function sceneSource(model: Model, diagram: Diagram, layout: DiagramLayout): SceneSource {
	const shown = new Set(diagram.nodes.map((n) => n.body));
	return {
		layout,
		detail: diagramDetail(model, diagram),
		scenario: scenarioDetail(model, diagram),
		established: Object.fromEntries(
			model.bodies.filter((b) => shown.has(b.id) && b.established).map((b) => [b.id, b.established!])
		)
	};
}
