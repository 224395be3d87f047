import type {
	Body,
	Diagram,
	Event,
	FigureTable,
	Organization,
	Relationship,
	Source,
	Stage,
	Walkthrough
} from './schema.ts';

/** The whole validated model: every record once, in file order. */
export interface Model {
	sources: Source[];
	organizations: Organization[];
	bodies: Body[];
	relationships: Relationship[];
	diagrams: Diagram[];
	tables: FigureTable[];
	stages: Stage[];
	walkthroughs: Walkthrough[];
	events: Event[];
}

export function emptyModel(): Model {
	return {
		sources: [],
		organizations: [],
		bodies: [],
		relationships: [],
		diagrams: [],
		tables: [],
		stages: [],
		walkthroughs: [],
		events: []
	};
}

export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
	return new Map(records.map((r) => [r.id, r]));
}

/** The links a diagram draws: its own list when it has one, else every link between two bodies it shows. */
export function diagramRelationships(diagram: Diagram, model: Pick<Model, 'relationships'>): Relationship[] {
	if (diagram.relationships) {
		const all = byId(model.relationships);
		return diagram.relationships.flatMap((id) => all.get(id) ?? []);
	}
	const shown = new Set(diagram.nodes.map((n) => n.body));
	return model.relationships.filter((r) => shown.has(r.from) && shown.has(r.to));
}
