import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Model } from '../model/model.ts';
import type { Diagram, Lang, Relationship } from '../model/schema.ts';
import { TITLE_WIDTHS, type CardDetail } from './card-picture.ts';
import { edgeLabel, GROUP_PAD, spacingFor, toElkGraph, type EdgeLabelText } from './elk-graph.ts';
import { closeGaps } from './compact.ts';
import { placeFrameLabels } from './frame-label.ts';
import { absoluteBoxes } from './geometry.ts';
import { inRankRoute } from './in-rank.ts';
import type { DiagramLayout, Point, PositionedNode, RoutedEdge } from './types.ts';

/** The shape names alone are shown in: presentations, slides and embeds are 16:9. */
const SLIDE = { width: 16, height: 9 };

/** How large a diagram of this size can be shown on a slide (relative; larger is better). */
export function slideFit(layout: { width: number; height: number }): number {
	return Math.min(SLIDE.width / layout.width, SLIDE.height / layout.height);
}

/**
 * Lay a diagram out with the given ELK instance (bundled in Node at build time, a worker in the
 * browser). At `title` detail, where only names are shown, names are tried at each wrapping width and
 * the layout that fills a 16:9 slide best is kept.
 */
export async function layoutDiagram(diagram: Diagram, model: Model, lang: Lang, elk: ELK, detail: CardDetail = 'full'): Promise<DiagramLayout> {
	if (detail !== 'title') return layoutOnce(diagram, model, lang, elk, detail);
	const tries = await Promise.all(TITLE_WIDTHS.map((w) => layoutOnce(diagram, model, lang, elk, detail, w)));
	return tries.reduce((best, next) => (slideFit(next) > slideFit(best) ? next : best));
}

async function layoutOnce(diagram: Diagram, model: Model, lang: Lang, elk: ELK, detail: CardDetail, titleWidth?: number): Promise<DiagramLayout> {
	const input = toElkGraph(diagram, model, lang, detail, titleWidth);
	const result = await elk.layout(input.graph);

	const nodes: PositionedNode[] = [];
	const visit = (node: ElkNode, parentId: string | undefined) => {
		for (const child of node.children ?? []) {
			const box = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 };
			const card = input.cards.get(child.id);
			if (card) nodes.push({ id: child.id, type: 'body', parentId, card, ...box });
			else nodes.push({ id: child.id, type: 'group', parentId, label: input.groupLabels.get(child.id) ?? child.id, labelX: GROUP_PAD, ...box });
			visit(child, child.id);
		}
	};
	visit(result, undefined);

	const width = result.width ?? 0;
	const height = result.height ?? 0;
	const { padding } = spacingFor(detail);
	const attached = new Set(input.relationships.flatMap((r) => [r.from, r.to]));
	for (const node of nodes) {
		// A band without edges can stretch across the figure without invalidating any route.
		if (input.fullSpan.has(node.id) && !node.parentId && !attached.has(node.id)) {
			node.x = padding;
			node.width = width - 2 * padding;
		}
	}

	trimFrames(nodes, result.edges ?? []);

	const layout: DiagramLayout = { diagram: diagram.id, lang, detail, width, height, nodes, edges: [] };
	const routed = new Map<string, RoutedEdge>();
	const relationships = new Map(input.relationships.map((r) => [r.id, r]));
	for (const e of result.edges ?? []) {
		const r = relationships.get(e.id);
		const section = e.sections?.[0];
		if (!r || !section) continue;
		const placed = e.labels?.[0];
		const text = edgeLabel(r, lang, input.edgeLabelMax, input.edgeLabelFont);
		const points = straighten([section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(({ x, y }) => ({ x, y })));
		routed.set(r.id, routedEdge(r, points, text && placed && { ...text, x: placed.x ?? 0, y: placed.y ?? 0 }));
	}
	const boxes = absoluteBoxes(layout);
	for (const r of input.inRank) {
		const from = boxes.get(r.from)!;
		const to = boxes.get(r.to)!;
		const obstacles = layout.nodes.filter((n) => n.type === 'body' && n.id !== r.from && n.id !== r.to).map((n) => boxes.get(n.id)!);
		const points = inRankRoute(from, to, obstacles);
		const text = edgeLabel(r, lang, input.edgeLabelMax, input.edgeLabelFont);
		routed.set(r.id, routedEdge(r, points, text && labelOnLongestSegment(points, text)));
	}
	// Keep the data's order so every render and export draws edges the same way.
	layout.edges = input.relationships.flatMap((r) => routed.get(r.id) ?? []);
	layout.height = Math.max(height, ...layout.edges.flatMap((e) => e.points.map((p) => p.y + padding)));
	return placeFrameLabels(closeGaps(layout, spacingFor(detail).betweenLayers, padding));
}

/** ELK's ports can land half a pixel off their bend points at tight spacing: keep every segment level or upright. */
function straighten(points: Point[]): Point[] {
	for (let i = 1; i < points.length; i++) {
		const [a, b] = [points[i - 1]!, points[i]!];
		if (Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) > 1) b.x = a.x;
		else if (Math.abs(a.y - b.y) <= 1 && Math.abs(a.x - b.x) > 1) b.y = a.y;
	}
	return points;
}

function routedEdge(r: Relationship, points: Point[], label: RoutedEdge['label']): RoutedEdge {
	return { id: r.id, source: r.from, target: r.to, kind: r.kind, directed: r.directed, asNeeded: r.asNeeded, points, label };
}

/** Above a level segment, beside a vertical one: the label sits clear of the line. */
function labelOnLongestSegment(points: Point[], label: EdgeLabelText): NonNullable<RoutedEdge['label']> {
	const length = (k: number) => Math.abs(points[k]!.x - points[k - 1]!.x) + Math.abs(points[k]!.y - points[k - 1]!.y);
	let best = 1;
	for (let i = 2; i < points.length; i++) if (length(i) > length(best)) best = i;
	const a = points[best - 1]!;
	const b = points[best]!;
	const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
	return a.y === b.y
		? { ...label, x: mid.x - label.width / 2, y: mid.y - label.height - 4 }
		: { ...label, x: mid.x + 6, y: mid.y - label.height / 2 };
}

/**
 * ELK can leave a frame taller than what it holds (a row of boxes in a layer its routing made deep).
 * A frame ends below the lowest of its boxes, and of the bends and labels of links that end inside
 * it; nothing else moves, so no route changes.
 */
function trimFrames(nodes: PositionedNode[], edges: readonly ElkExtendedEdge[]) {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const top = (n: PositionedNode): number => n.y + (n.parentId ? top(byId.get(n.parentId)!) : 0);
	const inside = (id: string, group: string): boolean => {
		const parent = byId.get(id)?.parentId;
		return parent === group || (parent !== undefined && inside(parent, group));
	};
	// Deepest frames first, so a parent sees its children's trimmed size.
	const depth = (n: PositionedNode): number => (n.parentId ? 1 + depth(byId.get(n.parentId)!) : 0);
	const groups = nodes.filter((n) => n.type === 'group').sort((a, b) => depth(b) - depth(a));
	for (const group of groups) {
		const origin = top(group);
		const held = [
			...nodes.filter((n) => n.parentId === group.id).map((n) => n.y + n.height),
			...edges
				.filter((e) => [...e.sources, ...e.targets].some((id) => inside(id, group.id)))
				.flatMap((e) => [
					...(e.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => p.y - origin)),
					...(e.labels ?? []).map((l) => (l.y ?? 0) + (l.height ?? 0) - origin)
				])
				.filter((y) => y < group.height)
		];
		if (held.length > 0) group.height = Math.min(group.height, Math.max(...held) + GROUP_PAD);
	}
}
