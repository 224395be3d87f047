import { describe, expect, it } from 'vitest';
import { contains, pictureBounds, routeBox, unionBox, visibleArea } from './geometry.ts';
import type { DiagramLayout, RoutedEdge } from './types.ts';

describe('unionBox', () => {
	it('spans every box, wherever they lie', () => {
		expect(
			unionBox([
				{ x: 10, y: 20, width: 30, height: 40 },
				{ x: -5, y: 50, width: 10, height: 5 },
				{ x: 100, y: 0, width: 1, height: 1 }
			])
		).toEqual({ x: -5, y: 0, width: 106, height: 60 });
	});

	it('is an empty box at the origin for no boxes', () => {
		expect(unionBox([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
	});
});

describe('visibleArea', () => {
	it('is the pane in diagram coordinates', () => {
		expect(visibleArea({ x: -100, y: 50, zoom: 2 }, 800, 600)).toEqual({ x: 50, y: -25, width: 400, height: 300 });
	});

	it('contains a diagram after zooming out, not after zooming in', () => {
		const diagram = { x: 0, y: 0, width: 1000, height: 500 };
		expect(contains(visibleArea({ x: 10, y: 10, zoom: 0.5 }, 800, 600), diagram)).toBe(true);
		expect(contains(visibleArea({ x: 10, y: 10, zoom: 1 }, 800, 600), diagram)).toBe(false);
	});
});

describe('pictureBounds', () => {
	it('reaches past the boxes to an edge label beside them', () => {
		const layout = {
			diagram: 'd',
			lang: 'en',
			detail: 'title',
			width: 0,
			height: 0,
			nodes: [
				{ id: 'a', type: 'group', label: 'A', labelX: 16, x: 10, y: 10, width: 100, height: 50 },
				{ id: 'b', type: 'group', parentId: 'a', label: 'B', labelX: 16, x: 5, y: 5, width: 20, height: 20 }
			],
			edges: [{ id: 'e', source: 'a', target: 'b', kind: 'coordination', directed: false, points: [{ x: 50, y: 60 }, { x: 50, y: 90 }], label: { text: 't', lines: ['t'], x: 120, y: 70, width: 40, height: 12 } }]
		} as unknown as DiagramLayout;
		expect(pictureBounds(layout)).toEqual({ x: 10, y: 10, width: 150, height: 80 });
	});
});

describe('routeBox', () => {
	it('holds the route and its label', () => {
		const route = {
			points: [{ x: 10, y: 0 }, { x: 10, y: 100 }, { x: 300, y: 100 }],
			label: { x: 100, y: 90, width: 50, height: 40, text: '', lines: [], font: { size: 12, lineHeight: 1.3 } }
		} as unknown as RoutedEdge;
		expect(routeBox(route)).toEqual({ x: 10, y: 0, width: 290, height: 130 });
	});
});
