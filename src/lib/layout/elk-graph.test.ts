import { describe, expect, it } from 'vitest';
import { syntheticYaml } from '../../../bench/synthetic.ts';
import { loadModel } from '../model/load.ts';
import type { Model } from '../model/model.ts';
import { LARGE_DIAGRAM, LARGE_OPTIONS, toElkGraph } from './elk-graph.ts';

function synthetic(n: number): Model {
	const result = loadModel([{ name: 'bench/synthetic.yaml', text: syntheticYaml(n) }]);
	if (!result.ok) throw new Error(`synthetic model invalid: ${result.errors[0]?.message}`);
	return result.model;
}

describe('toElkGraph options by size', () => {
	it('keeps model order and network-simplex placement up to LARGE_DIAGRAM bodies', () => {
		const model = synthetic(LARGE_DIAGRAM);
		const { graph } = toElkGraph(model.diagrams[0]!, model, 'en');
		expect(graph.children).toHaveLength(LARGE_DIAGRAM);
		expect(graph.layoutOptions?.['elk.layered.nodePlacement.strategy']).toBe('NETWORK_SIMPLEX');
		expect(graph.layoutOptions?.['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
	});

	it('switches to the fast options above it', () => {
		const model = synthetic(LARGE_DIAGRAM + 1);
		const { graph } = toElkGraph(model.diagrams[0]!, model, 'en');
		for (const [key, value] of Object.entries(LARGE_OPTIONS)) expect(graph.layoutOptions?.[key], key).toBe(value);
	});

	it('layers by longest path above LARGE_DIAGRAM, and by rank whenever every body has one', () => {
		const layering = (m: Model, ranks = false) => {
			const diagram = m.diagrams[0]!;
			const shown = ranks ? { ...diagram, nodes: diagram.nodes.map((n, i) => ({ ...n, rank: i % 3 })) } : diagram;
			return toElkGraph(shown, m, 'en').graph.layoutOptions?.['elk.layered.layering.strategy'];
		};
		expect(layering(synthetic(LARGE_DIAGRAM))).toBeUndefined();
		expect(layering(synthetic(LARGE_DIAGRAM + 1))).toBe('LONGEST_PATH_SOURCE');
		expect(layering(synthetic(LARGE_DIAGRAM + 1), true)).toBe('INTERACTIVE');
	});

	it('partitions a large diagram only when some body has a rank', () => {
		const model = synthetic(LARGE_DIAGRAM + 1);
		const diagram = model.diagrams[0]!;
		expect(toElkGraph(diagram, model, 'en').graph.layoutOptions?.['elk.partitioning.activate']).toBeUndefined();
		const ranked = { ...diagram, nodes: diagram.nodes.map((n, i) => (i === 0 ? { ...n, rank: 0 } : n)) };
		expect(toElkGraph(ranked, model, 'en').graph.layoutOptions?.['elk.partitioning.activate']).toBe('true');
	});

	it('keeps partitioning for small diagrams without ranks', () => {
		const model = synthetic(LARGE_DIAGRAM);
		expect(toElkGraph(model.diagrams[0]!, model, 'en').graph.layoutOptions?.['elk.partitioning.activate']).toBe('true');
	});
});
