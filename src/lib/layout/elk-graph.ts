import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { byId, type Model } from '../model/model.ts';
import type { Diagram, Lang, Relationship } from '../model/schema.ts';
import { bodyCard, type Card } from './card.ts';
import { cardWidth, drawCard, type CardDetail } from './card-picture.ts';
import { textWidth, wrapText } from './text.ts';

export const GROUP_LABEL = { size: 13, lineHeight: 1.4, bold: true } as const;
export const EDGE_LABEL = { size: 11.5, lineHeight: 1.35 } as const;
const EDGE_LABEL_MAX = 150;
export const EDGE_LABEL_PAD = 4;

export interface EdgeLabelText {
	text: string;
	lines: string[];
	width: number;
	height: number;
}
const GROUP_PAD = 16;
const RANK_STEP = 10_000;

export const ROOT_OPTIONS: Record<string, string> = {
	'elk.algorithm': 'layered',
	'elk.direction': 'DOWN',
	'elk.edgeRouting': 'ORTHOGONAL',
	'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
	'elk.json.edgeCoords': 'ROOT',
	'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
	'elk.layered.spacing.nodeNodeBetweenLayers': '72',
	'elk.spacing.edgeNode': '24',
	'elk.spacing.edgeEdge': '16',
	'elk.spacing.edgeLabel': '6',
	'elk.layered.spacing.edgeNodeBetweenLayers': '24',
	'elk.edgeLabels.inline': 'false',
	'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
	'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
	'elk.layered.crossingMinimization.semiInteractive': 'true',
	'elk.padding': '[top=24,left=24,bottom=24,right=24]'
};

/**
 * Past this many bodies, the options that keep the official figures' order and balance cost more than
 * a reader waits: a generated 2,000-body chart took over 120 s with them and about 4 s with these
 * (node bench/layout-scale.ts). The built-in diagrams are far below it and keep their exact layout.
 */
export const LARGE_DIAGRAM = 300;
export const LARGE_OPTIONS: Record<string, string> = {
	'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
	'elk.layered.considerModelOrder.strategy': 'NONE',
	'elk.layered.crossingMinimization.semiInteractive': 'false'
};

export interface ElkInput {
	graph: ElkNode;
	cards: Map<string, Card>;
	groupLabels: Map<string, string>;
	relationships: Relationship[];
	/** links between two nodes of one rank, routed after ELK by inRankRoute */
	inRank: Relationship[];
	/** nodes stretched across the diagram after layout */
	fullSpan: Set<string>;
}

export function diagramRelationships(diagram: Diagram, model: Model): Relationship[] {
	const shown = new Set(diagram.nodes.map((n) => n.body));
	if (diagram.relationships) {
		const all = byId(model.relationships);
		return diagram.relationships.flatMap((id) => all.get(id) ?? []);
	}
	return model.relationships.filter((r) => shown.has(r.from) && shown.has(r.to));
}

/** Map a diagram to an ELK graph: groups become compound nodes, boxes are sized from their text. */
export function toElkGraph(diagram: Diagram, model: Model, lang: Lang, detail: CardDetail = 'full'): ElkInput {
	const bodies = byId(model.bodies);
	const orgs = byId(model.organizations);
	const cards = new Map<string, Card>();
	const groupLabels = new Map<string, string>();
	const parentOf = new Map<string, string>();
	for (const g of diagram.groups) {
		for (const m of g.members) parentOf.set(m, g.id);
		if (g.parent) parentOf.set(g.id, g.parent);
	}

	const elkNodes = new Map<string, ElkNode>();
	diagram.nodes.forEach((n, i) => {
		const body = bodies.get(n.body);
		if (!body) return;
		const card = bodyCard(body, lang, orgs);
		cards.set(n.body, card);
		const width = cardWidth(card, detail, n.width);
		const layoutOptions: Record<string, string> = {};
		if (n.rank !== undefined) layoutOptions['elk.partitioning.partition'] = String(n.rank);
		// Interactive layering and ordering read these: rank picks the layer, data order the place in it.
		elkNodes.set(n.body, { id: n.body, x: i * 10, y: (n.rank ?? 0) * RANK_STEP, width, height: drawCard(card, { width }, detail).height, layoutOptions });
	});
	for (const g of diagram.groups) {
		const label = g.label[lang];
		groupLabels.set(g.id, label);
		const labelHeight = Math.ceil(GROUP_LABEL.size * GROUP_LABEL.lineHeight) + 12;
		const ranks = g.members.map((m) => diagram.nodes.find((n) => n.body === m)?.rank).filter((r) => r !== undefined);
		const layoutOptions: Record<string, string> = {
			'elk.padding': `[top=${GROUP_PAD + labelHeight},left=${GROUP_PAD},bottom=${GROUP_PAD},right=${GROUP_PAD}]`,
			'elk.nodeSize.minimum': `(${Math.ceil(textWidth(label, GROUP_LABEL)) + 2 * GROUP_PAD}, 0)`,
			'elk.nodeSize.constraints': 'MINIMUM_SIZE'
		};
		if (ranks.length > 0) layoutOptions['elk.partitioning.partition'] = String(Math.min(...ranks));
		elkNodes.set(g.id, { id: g.id, children: [], layoutOptions });
	}

	const rankOf = new Map(diagram.nodes.map((n) => [n.body, n.rank]));
	const relationships = diagramRelationships(diagram, model);
	const isInRank = (r: Relationship) =>
		rankOf.get(r.from) !== undefined && rankOf.get(r.from) === rankOf.get(r.to) && parentOf.get(r.from) === parentOf.get(r.to);
	const inRank = relationships.filter(isInRank);
	// Level links run between neighbours; the gap between them must hold their label.
	const nodeSpacing = Math.max(56, ...inRank.map((r) => (edgeLabel(r, lang)?.width ?? 0) + 32));

	// With every node ranked, layers follow the ranks exactly (as in the official figures);
	// otherwise ELK chooses layers and ranks only constrain their order.
	const ranked = diagram.nodes.every((n) => n.rank !== undefined);
	const root: ElkNode = {
		id: `diagram:${diagram.id}`,
		layoutOptions: {
			...ROOT_OPTIONS,
			...(ranked ? { 'elk.layered.layering.strategy': 'INTERACTIVE' } : { 'elk.partitioning.activate': 'true' }),
			...(elkNodes.size > LARGE_DIAGRAM ? LARGE_OPTIONS : {}),
			'elk.spacing.nodeNode': String(nodeSpacing)
		},
		children: [],
		edges: []
	};
	for (const [id, node] of elkNodes) {
		const parent = parentOf.get(id);
		(parent ? elkNodes.get(parent)! : root).children!.push(node);
	}

	root.edges = relationships
		.filter((r) => !isInRank(r))
		.map((r): ElkExtendedEdge => {
			const edge: ElkExtendedEdge = { id: r.id, sources: [r.from], targets: [r.to] };
			const label = edgeLabel(r, lang);
			if (label) edge.labels = [{ id: `${r.id}:label`, text: label.text, width: label.width, height: label.height }];
			return edge;
		});

	const fullSpan = new Set(diagram.nodes.filter((n) => n.span === 'full').map((n) => n.body));
	return { graph: root, cards, groupLabels, relationships, inRank, fullSpan };
}

/** An edge label's text and box, wrapped to at most EDGE_LABEL_MAX pixels. */
export function edgeLabel(r: Relationship, lang: Lang): EdgeLabelText | undefined {
	if (!r.label) return undefined;
	const text = r.label[lang];
	const lines = wrapText(text, EDGE_LABEL, EDGE_LABEL_MAX - 2 * EDGE_LABEL_PAD);
	const width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, EDGE_LABEL)))) + 2 * EDGE_LABEL_PAD;
	return { text, lines, width, height: Math.ceil(lines.length * EDGE_LABEL.size * EDGE_LABEL.lineHeight) + 4 };
}
