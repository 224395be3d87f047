import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../src/lib/layout/layout.ts';
import { loadDataModel } from '../scripts/scene-source.ts';
import { mermaidFlowchart } from './mermaid-graph.ts';

describe('mermaidFlowchart', () => {
	it('writes every body, group and drawn relationship of the BPM, with its text', async () => {
		const model = loadDataModel();
		const layout = await layoutDiagram(model.diagrams.find((d) => d.id === 'bpm')!, model, 'ja', new ELK());
		const text = mermaidFlowchart(layout);
		const lines = text.split('\n');
		expect(lines[0]).toBe('flowchart TB');
		const bodies = layout.nodes.filter((n) => n.type === 'body');
		const groups = layout.nodes.filter((n) => n.type === 'group');
		expect(lines.filter((l) => /^\s*n\d+\["/.test(l))).toHaveLength(bodies.length);
		expect(lines.filter((l) => /^\s*subgraph /.test(l))).toHaveLength(groups.length);
		expect(lines.filter((l) => /^\s*end$/.test(l))).toHaveLength(groups.length);
		expect(lines.filter((l) => / (-->|---)/.test(l))).toHaveLength(layout.edges.length);
		for (const body of bodies) if (body.type === 'body') expect(text).toContain(body.card.title);
		// Labels are quoted whole: no quote or line break inside one may end it early.
		for (const line of lines.filter((l) => /^\s*n\d+\[/.test(l))) expect(line).toMatch(/^\s*n\d+\["[^"]*"\]$/);
	});
});
