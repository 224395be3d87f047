import { describe, expect, it } from 'vitest';
import { roundedPath } from './path.ts';

describe('roundedPath', () => {
	it('draws a straight line through two points', () => {
		expect(roundedPath([{ x: 0, y: 0 }, { x: 0, y: 100 }])).toBe('M 0 0 L 0 100');
	});

	it('rounds each bend with a quadratic curve no larger than half the shorter leg', () => {
		const d = roundedPath([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 100, y: 10 }], 8);
		expect(d).toBe('M 0 0 L 0 5 Q 0 10 5 10 L 100 10');
	});

	it('is empty without points', () => {
		expect(roundedPath([])).toBe('');
	});
});
