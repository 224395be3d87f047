import type { Point } from './types.ts';

/** An SVG path through orthogonal points, with corners rounded by at most `radius`. */
export function roundedPath(points: readonly Point[], radius = 8): string {
	const [first, ...rest] = points;
	if (!first) return '';
	let d = `M ${first.x} ${first.y}`;
	for (let i = 0; i < rest.length; i++) {
		const prev = points[i]!;
		const corner = rest[i]!;
		const next = rest[i + 1];
		if (!next) {
			d += ` L ${corner.x} ${corner.y}`;
			break;
		}
		const r = Math.min(radius, dist(prev, corner) / 2, dist(corner, next) / 2);
		const a = towards(corner, prev, r);
		const b = towards(corner, next, r);
		d += ` L ${a.x} ${a.y} Q ${corner.x} ${corner.y} ${b.x} ${b.y}`;
	}
	return d;
}

const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

function towards(from: Point, to: Point, length: number): Point {
	const d = dist(from, to) || 1;
	return { x: from.x + ((to.x - from.x) * length) / d, y: from.y + ((to.y - from.y) * length) / d };
}
