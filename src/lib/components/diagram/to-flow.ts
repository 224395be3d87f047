// Types only: the first view draws without Svelte Flow's code (StaticPicture.svelte).
import type { Edge, MarkerType, Node } from '@xyflow/svelte';
import type { Card } from '$lib/layout/card';
import type { CardDetail } from '$lib/layout/card-picture';
import type { DiagramLayout, RoutedEdge } from '$lib/layout/types';
import { screen } from '$lib/theme/theme';

export type BodyFlowNode = Node<{ card: Card; box: { width: number; height: number }; detail: CardDetail }, 'body'>;
export type FrameFlowNode = Node<{ label: string; labelX: number }, 'frame'>;
export type DiagramFlowNode = BodyFlowNode | FrameFlowNode;
/** Drawn along its route by EdgeLayer, not by Svelte Flow: Svelte Flow's edge type for its markers and layer. */
export type RoutedFlowEdge = Edge<{ route: RoutedEdge }>;

/** Svelte Flow's nodes, and the links EdgeLayer draws, at exactly the positions the layout computed. */
export function toFlow(layout: DiagramLayout): { nodes: DiagramFlowNode[]; edges: RoutedFlowEdge[] } {
	const nodes = layout.nodes.map((n): DiagramFlowNode => {
		const common = {
			id: n.id,
			position: { x: n.x, y: n.y },
			width: n.width,
			height: n.height,
			// Known from the layout: Svelte Flow shows the node at once instead of measuring it first, and
			// a node it already holds is not taken for a new one to measure again when the list changes.
			measured: { width: n.width, height: n.height },
			parentId: n.parentId,
			draggable: false,
			connectable: false
		};
		return n.type === 'body'
			? { ...common, type: 'body', data: { card: n.card, box: { width: n.width, height: n.height }, detail: layout.detail }, ariaLabel: n.card.title }
			: { ...common, type: 'frame', data: { label: n.label, labelX: n.labelX }, selectable: false, focusable: false, zIndex: -1 };
	});
	const edges = layout.edges.map((route): RoutedFlowEdge => {
		const marker = { type: 'arrowclosed' as MarkerType, color: screen.edge(route.kind), width: 14, height: 14 };
		return {
			id: route.id,
			source: route.source,
			target: route.target,
			data: { route },
			markerEnd: marker,
			markerStart: route.directed ? undefined : marker
		};
	});
	return { nodes, edges };
}
