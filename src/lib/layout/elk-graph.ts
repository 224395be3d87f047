import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { byId, diagramRelationships, type Model } from '../model/model.ts';
import type { Diagram, Lang, Relationship } from '../model/schema.ts';
import { bodyCard, type Card } from './card.ts';
import { cardWidth, drawCard, type CardDetail } from './card-picture.ts';
import { textWidth, wrapText, type Font } from './text.ts';

export const GROUP_LABEL = { size: 13, lineHeight: 1.4, bold: true } as const;
export const EDGE_LABEL: Font = { size: 11.5, lineHeight: 1.35 };
/** Beside names alone the labels grow with them (see TITLE_TYPOGRAPHY). */
const TITLE_EDGE_LABEL: Font = { size: 13.5, lineHeight: 1.3 };
export const EDGE_LABEL_PAD = 4;

export interface EdgeLabelText {
	text: string;
	lines: string[];
	font: Font;
	width: number;
	height: number;
}
export const GROUP_PAD = 16;
const RANK_STEP = 10_000;

/**
 * How far apart things stand. Cards with participants keep the official figures' generous spacing;
 * names alone (the level presentations, slides and embeds use) are spaced as tightly as keeps every
 * label clear, with wider edge labels on fewer lines, so the diagram can be shown large: the ACM's
 * title layout went from 663×775 to 733×381 px, its names from 12 to 25 px in a 1280×720 presentation.
 */
export interface Spacing {
	padding: number;
	betweenLayers: number;
	edgeBetweenLayers: number;
	edgeNode: number;
	edgeLabel: number;
	/** an edge label wraps at this width */
	edgeLabelMax: number;
}

const FIGURE_SPACING: Spacing = { padding: 24, betweenLayers: 72, edgeBetweenLayers: 24, edgeNode: 24, edgeLabel: 6, edgeLabelMax: 150 };
const SLIDE_SPACING: Spacing = { padding: 8, betweenLayers: 20, edgeBetweenLayers: 8, edgeNode: 10, edgeLabel: 3, edgeLabelMax: 320 };

export function spacingFor(detail: CardDetail): Spacing {
	return detail === 'title' ? SLIDE_SPACING : FIGURE_SPACING;
}

function spacingOptions(s: Spacing): Record<string, string> {
	return {
		'elk.layered.spacing.nodeNodeBetweenLayers': String(s.betweenLayers),
		'elk.spacing.edgeNode': String(s.edgeNode),
		'elk.spacing.edgeLabel': String(s.edgeLabel),
		'elk.layered.spacing.edgeNodeBetweenLayers': String(s.edgeBetweenLayers),
		'elk.padding': `[top=${s.padding},left=${s.padding},bottom=${s.padding},right=${s.padding}]`
	};
}

const ROOT_OPTIONS: Record<string, string> = {
	'elk.algorithm': 'layered',
	'elk.direction': 'DOWN',
	'elk.edgeRouting': 'ORTHOGONAL',
	'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
	'elk.json.edgeCoords': 'ROOT',
	'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
	'elk.spacing.edgeEdge': '16',
	'elk.edgeLabels.inline': 'false',
	'elk.layered.edgeLabels.sideSelection': 'SMART_DOWN',
	'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
	'elk.layered.crossingMinimization.semiInteractive': 'true'
};

/**
 * Past this many bodies, the options that keep the official figures' order and balance cost more than
 * a reader waits: a generated 2,000-body chart took over 120 s with them and about 3 s with the first
 * three (npm run bench:layout). Thoroughness 1 (ELK's default is 7: fewer crossing-minimisation
 * attempts) brings that to about 1.8 s, and without partitioning 1.5 s. The built-in diagrams are far
 * below the threshold and keep their exact layout.
 */
export const LARGE_DIAGRAM = 300;
export const LARGE_OPTIONS: Record<string, string> = {
	'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
	'elk.layered.considerModelOrder.strategy': 'NONE',
	'elk.layered.crossingMinimization.semiInteractive': 'false',
	'elk.layered.thoroughness': '1'
};

/**
 * Which layer each body goes to. Ranked bodies keep their ranks. Above LARGE_DIAGRAM, each body goes one
 * layer below the longest chain of links above it, as an organisation chart puts it anyway: for a
 * generated 2,000-body chart that is as wide and as tall as network simplex's layers and a quarter
 * faster to lay out (ELK in Node, 6 warm runs each: 1.32 s against 1.82 s, median).
 */
function layering(shape: { ranked: boolean; large: boolean }): Record<string, string> {
	if (shape.ranked) return { 'elk.layered.layering.strategy': 'INTERACTIVE' };
	return shape.large ? { 'elk.layered.layering.strategy': 'LONGEST_PATH_SOURCE' } : {};
}

/** The options of a diagram's root: ELK's settings for a diagram of this shape and size. */
export function rootOptions(
	spacing: Spacing,
	shape: { ranked: boolean; partitioned: boolean; large: boolean; nodeSpacing: number }
): Record<string, string> {
	return {
		...ROOT_OPTIONS,
		...spacingOptions(spacing),
		...(shape.large ? LARGE_OPTIONS : {}),
		...layering(shape),
		...(!shape.ranked && shape.partitioned ? { 'elk.partitioning.activate': 'true' } : {}),
		'elk.spacing.nodeNode': String(shape.nodeSpacing)
	};
}

export interface ElkInput {
	graph: ElkNode;
	cards: Map<string, Card>;
	groupLabels: Map<string, string>;
	relationships: Relationship[];
	/** links between two nodes of one rank, routed after ELK by inRankRoute */
	inRank: Relationship[];
	/** nodes stretched across the diagram after layout */
	fullSpan: Set<string>;
	/** the width edge labels wrap at, and their type */
	edgeLabelMax: number;
	edgeLabelFont: Font;
}

/** Map a diagram to an ELK graph: groups become compound nodes, boxes are sized from their text. */
export function toElkGraph(diagram: Diagram, model: Model, lang: Lang, detail: CardDetail = 'full', titleWidth?: number): ElkInput {
	const spacing = spacingFor(detail);
	const edgeLabelMax = Math.min(spacing.edgeLabelMax, titleWidth ?? Infinity);
	const edgeLabelFont = detail === 'title' ? TITLE_EDGE_LABEL : EDGE_LABEL;
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
		const width = cardWidth(card, detail, n.width, titleWidth);
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
	const nodeSpacing = Math.max(56, ...inRank.map((r) => (edgeLabel(r, lang, edgeLabelMax, edgeLabelFont)?.width ?? 0) + 32));

	// With every node ranked, layers follow the ranks exactly (as in the official figures);
	// otherwise ELK chooses layers and ranks only constrain their order.
	const ranked = diagram.nodes.every((n) => n.rank !== undefined);
	const large = elkNodes.size > LARGE_DIAGRAM;
	// Partitioning with no ranks at all changes nothing but costs a large layout about a fifth of its time.
	const partitioned = !large || diagram.nodes.some((n) => n.rank !== undefined);
	const root: ElkNode = {
		id: `diagram:${diagram.id}`,
		layoutOptions: rootOptions(spacing, { ranked, partitioned, large, nodeSpacing }),
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
			const label = edgeLabel(r, lang, edgeLabelMax, edgeLabelFont);
			if (label) edge.labels = [{ id: `${r.id}:label`, text: label.text, width: label.width, height: label.height }];
			return edge;
		});

	const fullSpan = new Set(diagram.nodes.filter((n) => n.span === 'full').map((n) => n.body));
	return { graph: root, cards, groupLabels, relationships, inRank, fullSpan, edgeLabelMax, edgeLabelFont };
}

/** An edge label's text and box, wrapped at `maxWidth`. */
export function edgeLabel(r: Relationship, lang: Lang, maxWidth: number, font: Font = EDGE_LABEL): EdgeLabelText | undefined {
	if (!r.label) return undefined;
	const text = r.label[lang];
	const lines = wrapText(text, font, maxWidth - 2 * EDGE_LABEL_PAD);
	const width = Math.ceil(Math.max(...lines.map((l) => textWidth(l, font)))) + 2 * EDGE_LABEL_PAD;
	return { text, lines, font, width, height: Math.ceil(lines.length * font.size * font.lineHeight) + 4 };
}
