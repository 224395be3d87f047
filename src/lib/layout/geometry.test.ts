import { describe, expect, it } from 'vitest';
import { unionBox } from './geometry.ts';

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
