import { GROUP_LABEL, GROUP_PAD } from './elk-graph.ts';
import { absoluteBoxes } from './geometry.ts';
import { lineBox, textWidth } from './text.ts';
import type { Box, DiagramLayout, RoutedEdge } from './types.ts';

/** A frame's name sits this far below the frame's top edge; how far from its left edge, `labelX` says. */
export const FRAME_LABEL_TOP = 8;
// Between the name and a link passing by: room for the arrowhead drawn on the link's end.
const CLEARANCE = 8;

/**
 * Links that enter a frame from above cross the band its name is written in. The name moves right,
 * past them, to the first place along the top where it is clear of every link and link label; where
 * there is none, to where it crosses the fewest.
 */
export function placeFrameLabels(layout: DiagramLayout): DiagramLayout {
	const boxes = absoluteBoxes(layout);
	for (const node of layout.nodes) if (node.type === 'group') node.labelX = clearLabelX(boxes.get(node.id)!, node.label, layout.edges);
	return layout;
}

function clearLabelX(frame: Box, label: string, edges: readonly RoutedEdge[]): number {
	const top = frame.y + FRAME_LABEL_TOP;
	const bottom = top + lineBox(GROUP_LABEL);
	const across = (y1: number, y2: number) => Math.max(y1, y2) > top && Math.min(y1, y2) < bottom;
	const taken: [number, number][] = [];
	for (const edge of edges) {
		edge.points.forEach((b, i) => {
			const a = edge.points[i - 1];
			if (a && across(a.y, b.y)) taken.push([Math.min(a.x, b.x) - CLEARANCE, Math.max(a.x, b.x) + CLEARANCE]);
		});
		const l = edge.label;
		if (l && across(l.y, l.y + l.height)) taken.push([l.x - CLEARANCE, l.x + l.width + CLEARANCE]);
	}
	const width = textWidth(label, GROUP_LABEL);
	const left = frame.x + GROUP_PAD;
	const right = frame.x + frame.width - GROUP_PAD;
	// The name starts at the left or just past something in its way; of those places, the one
	// crossing the fewest things wins, the leftmost of them on a tie.
	const crossings = (x: number) => taken.filter(([from, to]) => from < x + width && to > x).length;
	let best = { x: left, crossings: crossings(left) };
	for (const [, to] of taken) {
		if (to <= left || to + width > right) continue;
		const n = crossings(to);
		if (n < best.crossings || (n === best.crossings && to < best.x)) best = { x: to, crossings: n };
	}
	return best.x - frame.x;
}
