// Types only: the first view draws without Svelte Flow's code (StaticPicture.svelte).
import type { Edge, MarkerType, Node, NodeHandle, Position } from '@xyflow/svelte';
import type { Card } from '$lib/layout/card';
import type { CardDetail } from '$lib/layout/card-picture';
import type { DiagramLayout, RoutedEdge } from '$lib/layout/types';
import { screen } from '$lib/theme/theme';

export type BodyFlowNode = Node<{ card: Card; box: { width: number; height: number }; detail: CardDetail }, 'body'>;
export type FrameFlowNode = Node<{ label: string }, 'frame'>;
export type DiagramFlowNode = BodyFlowNode | FrameFlowNode;
export type RoutedFlowEdge = Edge<{ route: RoutedEdge }, 'routed'>;

// Our edges draw ELK's route and ignore handle positions, but Svelte Flow (and its server render)
// only draws an edge between known handles.
function handles(width: number, height: number): NodeHandle[] {
	return [
		{ id: 's', type: 'source', position: 'bottom' as Position, x: width / 2, y: height, width: 1, height: 1 },
		{ id: 't', type: 'target', position: 'top' as Position, x: width / 2, y: 0, width: 1, height: 1 }
	];
}

/** Svelte Flow nodes and edges at exactly the positions the layout computed. */
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
			handles: handles(n.width, n.height),
			draggable: false,
			connectable: false
		};
		return n.type === 'body'
			? { ...common, type: 'body', data: { card: n.card, box: { width: n.width, height: n.height }, detail: layout.detail }, ariaLabel: n.card.title }
			: { ...common, type: 'frame', data: { label: n.label }, selectable: false, focusable: false, zIndex: -1 };
	});
	const edges = layout.edges.map((route): RoutedFlowEdge => {
		const marker = { type: 'arrowclosed' as MarkerType, color: screen.edge(route.kind), width: 14, height: 14 };
		return {
			id: route.id,
			type: 'routed',
			source: route.source,
			target: route.target,
			sourceHandle: 's',
			targetHandle: 't',
			data: { route },
			markerEnd: marker,
			markerStart: route.directed ? undefined : marker,
			selectable: false,
			focusable: false
		};
	});
	return { nodes, edges };
}
