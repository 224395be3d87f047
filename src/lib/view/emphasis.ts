/** How a node or edge is drawn at the current moment; layout positions never change with it. */
export type Mark = 'focus' | 'near' | 'active' | 'plain' | 'dim' | 'ghost';

export interface EmphasisInput {
	nodes: readonly string[];
	edges: readonly { id: string; source: string; target: string }[];
	/** bodies that did not yet exist on the chosen date */
	ghosts: ReadonlySet<string>;
	selected: string | null;
	stage: { bodies: ReadonlySet<string>; relationships: ReadonlySet<string> } | null;
	step: { body: string } | { relationship: string } | null;
}

export interface Emphasis {
	nodes: Record<string, Mark>;
	edges: Record<string, Mark>;
}

/**
 * One pure rule for every kind of highlight. Precedence: a body that did not exist yet is a ghost;
 * then the walkthrough step; then the selected body and its neighbours; then the stage's active set.
 */
export function emphasis(input: EmphasisInput): Emphasis {
	const nodes: Record<string, Mark> = {};
	const edges: Record<string, Mark> = {};
	const ghostEdge = (e: EmphasisInput['edges'][number]) => input.ghosts.has(e.source) || input.ghosts.has(e.target);

	let nodeMark: (id: string) => Mark = () => 'plain';
	let edgeMark: (e: EmphasisInput['edges'][number]) => Mark = () => 'plain';

	if (input.step) {
		const step = input.step;
		const edge = 'relationship' in step ? input.edges.find((e) => e.id === step.relationship) : undefined;
		const ends = new Set(edge ? [edge.source, edge.target] : []);
		nodeMark = (id) => ('body' in step && step.body === id ? 'focus' : ends.has(id) ? 'near' : 'dim');
		edgeMark = (e) => (e === edge ? 'focus' : 'dim');
	} else if (input.selected) {
		const selected = input.selected;
		const touching = input.edges.filter((e) => e.source === selected || e.target === selected);
		const neighbours = new Set(touching.flatMap((e) => [e.source, e.target]));
		nodeMark = (id) => (id === selected ? 'focus' : neighbours.has(id) ? 'near' : 'dim');
		edgeMark = (e) => (touching.includes(e) ? 'near' : 'dim');
	} else if (input.stage) {
		const stage = input.stage;
		nodeMark = (id) => (stage.bodies.has(id) ? 'active' : 'dim');
		edgeMark = (e) => (stage.relationships.has(e.id) ? 'active' : 'dim');
	}

	for (const id of input.nodes) nodes[id] = input.ghosts.has(id) ? 'ghost' : nodeMark(id);
	for (const e of input.edges) edges[e.id] = ghostEdge(e) ? 'ghost' : edgeMark(e);
	return { nodes, edges };
}
