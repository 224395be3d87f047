import { notYetEstablished } from '../model/time.ts';
import type { Mark } from '../theme/marks.ts';
import type { StepTarget } from '../model/schema.ts';
import type { StageDetail } from './detail.ts';

/** How a node or edge is drawn at the current moment (its look is theme/marks.ts); positions never change with it. */
export type { Mark };

export interface Emphasis {
	nodes: Record<string, Mark>;
	edges: Record<string, Mark>;
}

type Edge = { id: string; source: string; target: string };

/** What of a diagram takes marks; a layout has the nodes and edges. */
export interface MarkedDiagram {
	/** only bodies take marks, group frames never do */
	nodes: readonly { id: string; type: string }[];
	edges: readonly Edge[];
	/** founding dates by body id; a body without one was always there */
	established?: Readonly<Record<string, string>>;
}

type ActiveSet = Pick<StageDetail, 'activeBodies' | 'activeRelationships'> & Partial<Pick<StageDetail, 'continuedBodies'>>;

/** The moment shown: whatever the reader has chosen, each part optional. */
export interface MarkedView {
	selected?: string | null;
	stage?: ActiveSet | null;
	compare?: ActiveSet | null;
	/** what acts in the walkthrough's step: one body or link, or several */
	step?: readonly StepTarget[] | null;
	date?: string | null;
	/** what differs between `date` and a second date (dates.ts) */
	dates?: { added: readonly string[]; addedLinks: readonly string[]; changed: readonly { body: string }[] } | null;
}

/**
 * The one rule for every kind of highlight, on screen and in exports. Precedence: a body that did
 * not exist yet on the date is a ghost, and so is every link touching it; then the walkthrough
 * step; then the selected body and its neighbours; then the stage's active bodies and links; then
 * what two compared dates tell apart.
 */
export function diagramMarks(diagram: MarkedDiagram, view: MarkedView): Emphasis {
	const ghosts = notYetEstablished(diagram.established ?? {}, view.date ?? null);
	let nodeMark: (id: string) => Mark = () => 'plain';
	let edgeMark: (e: Edge) => Mark = () => 'plain';

	if (view.step && view.step.length > 0) {
		const bodies = new Set(view.step.flatMap((t) => ('body' in t ? [t.body] : [])));
		const links = new Set(view.step.flatMap((t) => ('relationship' in t ? [t.relationship] : [])));
		const ends = new Set(diagram.edges.filter((e) => links.has(e.id)).flatMap((e) => [e.source, e.target]));
		nodeMark = (id) => (bodies.has(id) ? 'focus' : ends.has(id) ? 'near' : 'dim');
		edgeMark = (e) => (links.has(e.id) ? 'focus' : 'dim');
	} else if (view.selected) {
		const selected = view.selected;
		const touching = new Set(diagram.edges.filter((e) => e.source === selected || e.target === selected));
		const neighbours = new Set([...touching].flatMap((e) => [e.source, e.target]));
		nodeMark = (id) => (id === selected ? 'focus' : neighbours.has(id) ? 'near' : 'dim');
		edgeMark = (e) => (touching.has(e) ? 'near' : 'dim');
	} else if (view.stage) {
		// A compared stage widens the stage: what either one activates is active, what either continues
		// from an earlier stage is continued, what neither has is dim. A stage that names nothing on this
		// diagram (a mechanism that serves every stage) leaves it as it is.
		const stages = view.compare ? [view.stage, view.compare] : [view.stage];
		const bodies = new Set(stages.flatMap((s) => s.activeBodies));
		const continued = new Set(stages.flatMap((s) => s.continuedBodies ?? []));
		const relationships = new Set(stages.flatMap((s) => s.activeRelationships));
		const drawn = diagram.nodes.some((n) => bodies.has(n.id) || continued.has(n.id)) || diagram.edges.some((e) => relationships.has(e.id));
		if (drawn) {
			nodeMark = (id) => (bodies.has(id) ? 'active' : continued.has(id) ? 'continued' : 'dim');
			edgeMark = (e) => (relationships.has(e.id) ? 'active' : continued.has(e.source) && continued.has(e.target) ? 'continued' : 'dim');
		}
	} else if (view.dates) {
		// Two dates: what was added or changed between them stands out, the rest is drawn as it is.
		const changed = new Set([...view.dates.added, ...view.dates.changed.map((c) => c.body)]);
		const links = new Set(view.dates.addedLinks);
		nodeMark = (id) => (changed.has(id) ? 'active' : 'plain');
		edgeMark = (e) => (links.has(e.id) ? 'active' : 'plain');
	}

	const nodes: Record<string, Mark> = {};
	const edges: Record<string, Mark> = {};
	for (const n of diagram.nodes) if (n.type === 'body') nodes[n.id] = ghosts.has(n.id) ? 'ghost' : nodeMark(n.id);
	for (const e of diagram.edges) edges[e.id] = ghosts.has(e.source) || ghosts.has(e.target) ? 'ghost' : edgeMark(e);
	return { nodes, edges };
}
