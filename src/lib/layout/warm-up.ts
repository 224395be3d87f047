import type { ElkNode } from 'elkjs/lib/elk-api';
import { rootOptions, spacingFor } from './elk-graph.ts';

/**
 * A small graph set up as a large, unranked diagram is (a tree with labelled cross links), for a fresh
 * layout worker to lay out while a large file is still being checked. ELK's first large layout in a
 * page runs mostly unoptimised code: laying out 2,000 bodies took 4.5 s cold and 3.7 s after this
 * graph (Chromium, 2-core machine), and the check leaves the worker idle for a second or more anyway.
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
