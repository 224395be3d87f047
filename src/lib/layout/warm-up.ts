import type { ElkNode } from 'elkjs/lib/elk-api';
import { rootOptions, spacingFor } from './elk-graph.ts';

/**
 * A small graph set up as a large, unranked diagram is (a tree with labelled cross links), for a fresh
 * layout worker to lay out while the reader picks a file and while a large file is still checked.
 * ELK's first large layout in a page runs mostly unoptimised code.
 */
export function warmUpGraph(bodies = 100): ElkNode {
	const children = Array.from({ length: bodies }, (_, i) => ({ id: `n${i}`, width: 200 + (i % 3) * 40, height: 60 + (i % 2) * 30 }));
	const tree = children.slice(1).map((_, k) => ({ id: `t${k}`, sources: [`n${Math.floor(k / 4)}`], targets: [`n${k + 1}`] }));
	// Links across the tree, between neighbours of the same or the next depth, half of them labelled.
	const across = children.slice(5).filter((_, k) => k % 6 === 0).map((_, k) => ({
		id: `x${k}`,
		sources: [`n${5 + 6 * k}`],
		targets: [`n${4 + 6 * k}`],
		labels: k % 2 ? [] : [{ id: `x${k}:label`, text: 'coordination', width: 90, height: 16 }]
	}));
	return {
		id: 'warm-up',
		layoutOptions: rootOptions(spacingFor('full'), { ranked: false, partitioned: false, large: true, nodeSpacing: 56 }),
		children,
		edges: [...tree, ...across]
	};
}

/**
 * How long a spare layout worker keeps laying the warm-up graph out while no layout is asked for. In
 * Chromium on a 2-core machine, ELK laid 2,000 bodies out in 3.7 s cold, in 3.1–3.2 s after one
 * warm-up graph and in 1.4–1.6 s after 2.5 s of them. Past 4 s the worker would only burn power.
 */
export const WARM_UP_MS = 4_000;
