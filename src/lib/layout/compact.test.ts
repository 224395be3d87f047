import { describe, expect, it } from 'vitest';
import { loadDataModel } from '../../../scripts/scene-source.ts';
import ELK from 'elkjs/lib/elk.bundled.js';
import { closeGaps } from './compact.ts';
import { absoluteBoxes, onBorder } from './geometry.ts';
import { layoutDiagram } from './layout.ts';
import type { DiagramLayout, PositionedNode } from './types.ts';

const card = { kind: 'body' } as unknown as Extract<PositionedNode, { type: 'body' }>['card'];
const body = (id: string, y: number): PositionedNode => ({ id, type: 'body', card, x: 0, y, width: 100, height: 40 });

describe('closeGaps', () => {
	const layout: DiagramLayout = {
		diagram: 'x',
		lang: 'en',
		detail: 'full',
		width: 300,
		height: 900,
		nodes: [body('top', 20), body('bottom', 500)],
		edges: [
			{ id: 'down', source: 'top', target: 'bottom', kind: 'coordination', directed: true, asNeeded: false, points: [{ x: 50, y: 60 }, { x: 50, y: 500 }] }
		]
	};

	it('shrinks an empty band deeper than twice the layer spacing and moves what is below up, links following', () => {
		const closed = closeGaps(layout, 72, 24);
		const boxes = absoluteBoxes(closed);
		expect(boxes.get('bottom')!.y - (boxes.get('top')!.y + 40)).toBe(72);
		expect(closed.edges[0]!.points).toEqual([{ x: 50, y: 60 }, { x: 50, y: 132 }]);
		expect(onBorder(closed.edges[0]!.points[1]!, boxes.get('bottom')!)).toBe(true);
		// and the picture ends below what it holds
		expect(closed.height).toBe(132 + 40 + 24);
	});

	it('treats a horizontal run of a link as content: the bands on either side close apart, and the run stays between them', () => {
		const across: DiagramLayout = { ...layout, edges: [{ ...layout.edges[0]!, points: [{ x: 50, y: 60 }, { x: 50, y: 300 }, { x: 200, y: 300 }, { x: 200, y: 500 }] }] };
		const closed = closeGaps(across, 72, 24);
		expect(closed.edges[0]!.points.map((p) => p.y)).toEqual([60, 133, 133, 206]);
		expect(absoluteBoxes(closed).get('bottom')!.y).toBe(206);
	});

	it('leaves bands no deeper than twice the spacing as they are', () => {
		expect(absoluteBoxes(closeGaps(layout, 250, 24)).get('bottom')!.y).toBe(500);
	});
});

describe('the Guidelines diagram laid out', () => {
	it('draws every stage frame around its row, with no deep empty band inside it', async () => {
		const model = loadDataModel();
		const diagram = model.diagrams.find((d) => d.id === 'guidelines')!;
		const layout = await layoutDiagram(diagram, model, 'ja', new ELK(), 'full');
		const boxes = absoluteBoxes(layout);
		for (const group of diagram.groups) {
			const frame = boxes.get(group.id)!;
			const bottom = Math.max(...group.members.map((m) => boxes.get(m)!.y + boxes.get(m)!.height));
			expect(frame.y + frame.height - bottom, group.id).toBeLessThanOrEqual(120);
		}
	});
});
