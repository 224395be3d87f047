import type { DiagramLayout } from '../layout/types.ts';
import { diagramDetail } from '../model/details.ts';
import type { Model } from '../model/model.ts';
import type { Diagram } from '../model/schema.ts';
import { scenarioDetail } from '../scenario/detail.ts';
import type { SceneSource } from './scenes.ts';

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
