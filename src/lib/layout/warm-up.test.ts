import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { syntheticYaml } from '../../../bench/synthetic.ts';
import { loadModel } from '../model/load.ts';
import { LARGE_DIAGRAM, toElkGraph } from './elk-graph.ts';
import { warmUpGraph } from './warm-up.ts';

describe('warmUpGraph', () => {
	it('is set up exactly as a large diagram without ranks is, so it warms up the code that one runs', () => {
		const result = loadModel([{ name: 'bench/synthetic.yaml', text: syntheticYaml(LARGE_DIAGRAM + 1) }]);
		if (!result.ok) throw new Error(result.errors[0]?.message);
		const large = toElkGraph(result.model.diagrams[0]!, result.model, 'en').graph;
		expect(warmUpGraph().layoutOptions).toEqual(large.layoutOptions);
	});

	it('is a graph ELK lays out, with labelled links across the tree', async () => {
		const graph = warmUpGraph(40);
		const laid = await new ELK().layout(graph);
		expect(laid.children).toHaveLength(40);
		expect(laid.children!.every((n) => n.x !== undefined && n.y !== undefined)).toBe(true);
		expect(graph.edges!.filter((e) => e.labels?.length).length).toBeGreaterThan(0);
		expect(graph.edges!.length).toBeGreaterThan(39);
	});
});
