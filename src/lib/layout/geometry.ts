import type { Box, DiagramLayout, Point, RoutedEdge } from './types.ts';

/** Node boxes in diagram coordinates (the layout stores them relative to their parent). */
export function absoluteBoxes(layout: DiagramLayout): Map<string, Box> {
	const boxes = new Map<string, Box>();
	for (const n of layout.nodes) {
		const parent = n.parentId ? boxes.get(n.parentId) : undefined;
		boxes.set(n.id, { x: n.x + (parent?.x ?? 0), y: n.y + (parent?.y ?? 0), width: n.width, height: n.height });
	}
	return boxes;
}

export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Box, inner: Box): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.width <= outer.x + outer.width &&
		inner.y + inner.height <= outer.y + outer.height
	);
}

export function onBorder(p: Point, box: Box, tolerance = 1): boolean {
	const inX = p.x >= box.x - tolerance && p.x <= box.x + box.width + tolerance;
	const inY = p.y >= box.y - tolerance && p.y <= box.y + box.height + tolerance;
	const nearVertical = Math.abs(p.x - box.x) <= tolerance || Math.abs(p.x - box.x - box.width) <= tolerance;
	const nearHorizontal = Math.abs(p.y - box.y) <= tolerance || Math.abs(p.y - box.y - box.height) <= tolerance;
	return (inX && nearHorizontal) || (inY && nearVertical);
}

/** Whether the segment a–b passes through the inside of the box (touching its border is fine). */
export function segmentCrosses(a: Point, b: Point, box: Box, inset = 1): boolean {
	const inner = { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
	const seg = {
		x: Math.min(a.x, b.x),
		y: Math.min(a.y, b.y),
		width: Math.abs(a.x - b.x) || 0.001,
		height: Math.abs(a.y - b.y) || 0.001
	};
	return overlaps(seg, inner);
}

/** The smallest box around all of `boxes` (an empty box at the origin when there are none). */
export function unionBox(boxes: readonly Box[]): Box {
	if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
	const x = Math.min(...boxes.map((b) => b.x));
	const y = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x, y, width: right - x, height: bottom - y };
}

/** What a picture of the layout must show: every box, every edge and every edge label. */
export function pictureBounds(layout: DiagramLayout, absolute: ReadonlyMap<string, Box> = absoluteBoxes(layout)): Box {
	return unionBox([...absolute.values(), ...layout.edges.map(routeBox)]);
}

/** Where a link is drawn: its route and its label. */
export function routeBox(route: Pick<RoutedEdge, 'points' | 'label'>): Box {
	const points = route.points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 }));
	return unionBox(route.label ? [...points, route.label] : points);
}

/** The part of the diagram a pane of `width` × `height` screen pixels shows at this pan and zoom. */
export function visibleArea(viewport: { x: number; y: number; zoom: number }, width: number, height: number): Box {
	return { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: width / viewport.zoom, height: height / viewport.zoom };
}
