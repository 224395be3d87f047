import { absoluteBoxes } from './geometry.ts';
import type { DiagramLayout } from './types.ts';

/**
 * Closes the empty horizontal bands a layered layout can leave between rows (deep layers around long
 * links): a band crossed by nothing but vertical runs of links, deeper than `most`, shrinks to `keep`.
 * Everything below moves up by the same amount, so no box, label or bend changes its place relative
 * to its neighbours and every route stays orthogonal; the vertical runs crossing the band get shorter.
 */
export function closeGaps(layout: DiagramLayout, keep: number, padding: number, most = 2 * keep): DiagramLayout {
	const boxes = absoluteBoxes(layout);
	const taken: [number, number][] = [...boxes.values()].map((b) => [b.y, b.y + b.height]);
	for (const e of layout.edges) {
		if (e.label) taken.push([e.label.y, e.label.y + e.label.height]);
		e.points.forEach((p, i) => {
			const q = e.points[i + 1];
			if (q && Math.abs(q.y - p.y) < 0.5) taken.push([p.y - 1, p.y + 1]);
		});
	}
	taken.sort((a, b) => a[0] - b[0]);
	// Where each closed band ends, and how far what lies below it moves up.
	const cuts: { at: number; by: number }[] = [];
	let end = taken[0]?.[1] ?? 0;
	for (const [start, stop] of taken.slice(1)) {
		if (start - end > most) cuts.push({ at: start, by: start - end - keep });
		end = Math.max(end, stop);
	}
	// The picture ends below what it holds (a frame trimmed by its content can leave space under it).
	const height = Math.min(layout.height, end + padding);
	if (cuts.length === 0) return { ...layout, height };
	const up = (y: number) => y - cuts.filter((c) => c.at <= y + 0.5).reduce((sum, c) => sum + c.by, 0);
	return {
		...layout,
		height: up(height),
		nodes: layout.nodes.map((n) => (n.parentId ? n : { ...n, y: up(n.y) })),
		edges: layout.edges.map((e) => ({
			...e,
			points: e.points.map((p) => ({ x: p.x, y: up(p.y) })),
			...(e.label && { label: { ...e.label, y: up(e.label.y) } })
		}))
	};
}
