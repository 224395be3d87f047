import type { Box } from '../layout/types.ts';

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export const DIRECTIONS: readonly Direction[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

export function isDirection(key: string): key is Direction {
	return (DIRECTIONS as readonly string[]).includes(key);
}

/** Layout coordinates differ by rounding, never by less than a pixel on purpose. */
const TOLERANCE = 0.5;

interface Span {
	start: number;
	end: number;
}

/** A box seen from the arrow: its extent along the arrow (growing that way) and across it. */
function project(box: Box, direction: Direction): { along: Span; across: Span } {
	const horizontal = direction === 'ArrowLeft' || direction === 'ArrowRight';
	const forward = direction === 'ArrowDown' || direction === 'ArrowRight';
	const [a0, a1] = horizontal ? [box.x, box.x + box.width] : [box.y, box.y + box.height];
	const across = horizontal ? { start: box.y, end: box.y + box.height } : { start: box.x, end: box.x + box.width };
	return { along: forward ? { start: a0, end: a1 } : { start: -a1, end: -a0 }, across };
}

/** How far apart two spans lie: 0 when they overlap or touch. */
function separation(a: Span, b: Span): number {
	return Math.max(0, b.start - a.end, a.start - b.end);
}

const middle = (s: Span) => (s.start + s.end) / 2;

/**
 * The body an arrow key moves to from `from`, by the boxes alone (links play no part):
 *
 * - a body lies in the arrow's direction when its whole box is beyond the edge of `from` that the
 *   arrow points at (below its bottom edge for ArrowDown, and so on);
 * - of those, the nearest wins: the smallest gap along the arrow plus twice the sideways distance
 *   between the two boxes (zero when they overlap sideways), so a body squarely in line beats a
 *   slightly nearer one off to the side;
 * - ties go to the body whose centre lies closest to the line through the centre of `from`, then to
 *   the earlier body in `boxes` (reading order).
 *
 * Undefined only when no body lies in that direction, or `from` has no box.
 */
export function nearestInDirection(from: string, direction: Direction, boxes: ReadonlyMap<string, Box>): string | undefined {
	const originBox = boxes.get(from);
	if (!originBox) return undefined;
	const origin = project(originBox, direction);
	let best: { id: string; score: number; offCentre: number } | undefined;
	for (const [id, box] of boxes) {
		if (id === from) continue;
		const candidate = project(box, direction);
		const gap = candidate.along.start - origin.along.end;
		if (gap < -TOLERANCE) continue;
		const score = Math.max(0, gap) + 2 * separation(origin.across, candidate.across);
		const offCentre = Math.abs(middle(candidate.across) - middle(origin.across));
		if (!best || score < best.score || (score === best.score && offCentre < best.offCentre)) best = { id, score, offCentre };
	}
	return best?.id;
}
