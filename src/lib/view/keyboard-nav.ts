import type { Box } from '../layout/types.ts';

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const VECTORS: Record<Direction, [number, number]> = {
	ArrowUp: [0, -1],
	ArrowDown: [0, 1],
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0]
};

/**
 * The connected body an arrow key should move to: among the bodies linked to `from`, the one lying
 * most squarely in that direction, nearer ones first. Undefined when none lies that way.
 */
export function neighbourInDirection(
	from: string,
	direction: Direction,
	boxes: ReadonlyMap<string, Box>,
	edges: readonly { source: string; target: string }[]
): string | undefined {
	const origin = boxes.get(from);
	if (!origin) return undefined;
	const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
	const o = centre(origin);
	const [dx, dy] = VECTORS[direction];
	let best: { id: string; score: number } | undefined;
	for (const e of edges) {
		const other = e.source === from ? e.target : e.target === from ? e.source : undefined;
		const box = other ? boxes.get(other) : undefined;
		if (!other || !box) continue;
		const c = centre(box);
		const along = (c.x - o.x) * dx + (c.y - o.y) * dy;
		if (along <= 0) continue;
		const across = Math.abs((c.x - o.x) * dy) + Math.abs((c.y - o.y) * dx);
		// Off-axis distance counts double, so "down" prefers the body below over one far to the side.
		const score = along + 2 * across;
		if (!best || score < best.score) best = { id: other, score };
	}
	return best?.id;
}
