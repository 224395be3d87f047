import { describe, expect, it } from 'vitest';
import { GROUP_LABEL, GROUP_PAD } from './elk-graph.ts';
import { placeFrameLabels } from './frame-label.ts';
import { textWidth } from './text.ts';
import type { DiagramLayout, Point } from './types.ts';

const NAME = 'Bilateral Planning Mechanism';
const nameWidth = textWidth(NAME, GROUP_LABEL);

/** A frame 600 wide at (100, 100), and links running down through its top at the given x. */
function frameWith(crossings: number[], width = 600): DiagramLayout {
	const link = (x: number, i: number) => ({ id: `e${i}`, source: 's', target: 't', kind: 'command' as const, directed: true, asNeeded: false, points: [{ x, y: 40 }, { x, y: 200 }] as Point[] });
	return {
		diagram: 'd',
		lang: 'en',
		detail: 'full',
		width: 800,
		height: 400,
		nodes: [{ id: 'g', type: 'group', label: NAME, labelX: GROUP_PAD, x: 100, y: 100, width, height: 200 }],
		edges: crossings.map(link)
	};
}
const labelX = (layout: DiagramLayout) => (layout.nodes[0] as { labelX: number }).labelX;

describe('placeFrameLabels', () => {
	it('leaves the name at the left where nothing crosses it', () => {
		expect(labelX(placeFrameLabels(frameWith([])))).toBe(GROUP_PAD);
		// A link far to the right of the name does not move it.
		expect(labelX(placeFrameLabels(frameWith([100 + GROUP_PAD + nameWidth + 40])))).toBe(GROUP_PAD);
	});

	it('moves the name past the links that enter the frame through it', () => {
		const x = labelX(placeFrameLabels(frameWith([130, 145])));
		expect(x).toBeGreaterThan(145 - 100);
		expect(x).toBeLessThan(145 - 100 + 20);
	});

	it('puts the name in the first gap wide enough for it', () => {
		// A gap too narrow after the first link, a wide one after the second.
		const second = 100 + GROUP_PAD + 60;
		const x = labelX(placeFrameLabels(frameWith([130, second])));
		expect(100 + x).toBeGreaterThan(second);
	});

	it('where no gap along the top holds it, puts the name where it crosses the fewest links', () => {
		// At the left it would cross the links at 130 and 260; just past 130, only the one at 260.
		const x = 100 + labelX(placeFrameLabels(frameWith([130, 260, 390], 400)));
		expect(x).toBeGreaterThan(130);
		expect(x).toBeLessThan(260);
	});

	it('keeps clear of a link label in its band', () => {
		const layout = frameWith([]);
		layout.edges.push({ ...frameWith([700]).edges[0]!, label: { x: 110, y: 104, width: 80, height: 20, text: 'x', lines: ['x'], font: GROUP_LABEL } });
		expect(labelX(placeFrameLabels(layout))).toBeGreaterThan(90);
	});
});
