import { describe, expect, it } from 'vitest';
import { contains, unionBox, visibleArea } from './geometry.ts';

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
