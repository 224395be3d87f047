import type { Box, Point } from './types.ts';

const CLEARANCE = 20;

/**
 * Route for a link between two boxes of the same rank. ELK would push one of them down a layer to
 * make the edge point downwards; the figures draw such links level, so they are routed here instead:
 * straight across when the boxes face each other with nothing between, otherwise around below.
 */
export function inRankRoute(from: Box, to: Box, obstacles: readonly Box[]): Point[] {
	const [left, right] = from.x <= to.x ? [from, to] : [to, from];
	const top = Math.max(left.y, right.y);
	const bottom = Math.min(left.y + left.height, right.y + right.height);
	if (bottom - top > 8) {
		const y = Math.round((top + Math.min(bottom, top + 60)) / 2);
		const a = { x: left.x + left.width, y };
		const b = { x: right.x, y };
		const blocked = obstacles.some((o) => o.x < b.x && o.x + o.width > a.x && o.y < y && o.y + o.height > y);
		if (!blocked) return from === left ? [a, b] : [b, a];
	}
	const below = Math.max(...[from, to, ...obstacles.filter((o) => spans(o, from, to))].map((b) => b.y + b.height)) + CLEARANCE;
	const start = { x: from.x + from.width / 2, y: from.y + from.height };
	const end = { x: to.x + to.width / 2, y: to.y + to.height };
	return [start, { x: start.x, y: below }, { x: end.x, y: below }, end];
}

function spans(o: Box, a: Box, b: Box): boolean {
	const lo = Math.min(a.x + a.width / 2, b.x + b.width / 2);
	const hi = Math.max(a.x + a.width / 2, b.x + b.width / 2);
	return o.x < hi && o.x + o.width > lo;
}
