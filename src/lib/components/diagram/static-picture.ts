import type { EdgeMarker } from '@xyflow/svelte';
import type { DiagramFlowNode, RoutedFlowEdge } from './to-flow';

export interface Placed {
	x: number;
	y: number;
	z: number;
	/** has nodes inside */
	parent: boolean;
	child: boolean;
}

/**
 * Where Svelte Flow puts each node on its pane, and in which layer: a child at its parent's position
 * plus its own, and above its parent (`@xyflow/system`'s rule for nodes that are not selected). Parents
 * come before their children, as Svelte Flow requires of the list too.
 */
export function staticNodes(nodes: readonly DiagramFlowNode[]): Map<string, Placed> {
	const placed = new Map<string, Placed>();
	const parents = new Set(nodes.map((n) => n.parentId).filter((id) => id !== undefined));
	for (const n of nodes) {
		const own = n.zIndex ?? 0;
		const parent = n.parentId === undefined ? undefined : placed.get(n.parentId);
		placed.set(n.id, {
			x: (parent?.x ?? 0) + n.position.x,
			y: (parent?.y ?? 0) + n.position.y,
			z: parent && parent.z >= own ? parent.z + 1 : own,
			parent: parents.has(n.id),
			child: parent !== undefined
		});
	}
	return placed;
}

/** An edge's layer: above a child node it connects, as Svelte Flow raises it. */
export function edgeZ(edge: RoutedFlowEdge, placed: ReadonlyMap<string, Placed>): number {
	const z = (id: string) => {
		const node = placed.get(id);
		return node?.child ? node.z : 0;
	};
	return (edge.zIndex ?? 0) + Math.max(z(edge.source), z(edge.target));
}

/** One arrowhead definition per look, as Svelte Flow makes them. */
export function markerKey(marker: EdgeMarker): string {
	return `${marker.type}-${marker.width ?? ''}-${marker.height ?? ''}-${(marker.color ?? '').replace(/[^a-z0-9-]/gi, '')}`;
}
