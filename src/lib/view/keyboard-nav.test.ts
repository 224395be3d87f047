import { describe, expect, it } from 'vitest';
import { isDirection, nearestInDirection } from './keyboard-nav.ts';

const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

// Shaped like the ACM figure: a full-width box on top, two bodies in the next row, two more stacked
// under the right-hand one.
//
//   [ upper ......................... ]
//   [ jc ]            [ acg ]
//                     [ bocc ]
//                     [ cccs ]
const acm = new Map([
	['upper', box(0, 0, 500, 50)],
	['jc', box(0, 100)],
	['acg', box(300, 100)],
	['bocc', box(300, 200)],
	['cccs', box(300, 300)]
]);

describe('nearestInDirection', () => {
	it('moves to the nearest body in line with the arrow', () => {
		expect(nearestInDirection('acg', 'ArrowLeft', acm)).toBe('jc');
		expect(nearestInDirection('jc', 'ArrowRight', acm)).toBe('acg');
		expect(nearestInDirection('acg', 'ArrowDown', acm)).toBe('bocc');
		expect(nearestInDirection('bocc', 'ArrowDown', acm)).toBe('cccs');
		expect(nearestInDirection('bocc', 'ArrowUp', acm)).toBe('acg');
		expect(nearestInDirection('acg', 'ArrowUp', acm)).toBe('upper');
	});

	it('needs no link: a body with none still moves, and to bodies it is not linked to', () => {
		// upper's centre (x 250) is nearer acg's (350) than jc's (50): both lie under it, equally far.
		expect(nearestInDirection('upper', 'ArrowDown', acm)).toBe('acg');
		expect(nearestInDirection('jc', 'ArrowUp', acm)).toBe('upper');
	});

	it('reaches a body off to the side when nothing is in line', () => {
		// Nothing is straight below jc; bocc is the nearest body lower down.
		expect(nearestInDirection('jc', 'ArrowDown', acm)).toBe('bocc');
		expect(nearestInDirection('bocc', 'ArrowLeft', acm)).toBe('jc');
	});

	it('goes nowhere only when no body lies that way', () => {
		expect(nearestInDirection('upper', 'ArrowUp', acm)).toBeUndefined();
		expect(nearestInDirection('upper', 'ArrowLeft', acm)).toBeUndefined();
		expect(nearestInDirection('cccs', 'ArrowDown', acm)).toBeUndefined();
		expect(nearestInDirection('cccs', 'ArrowRight', acm)).toBeUndefined();
		expect(nearestInDirection('nowhere', 'ArrowUp', acm)).toBeUndefined();
		expect(nearestInDirection('alone', 'ArrowDown', new Map([['alone', box(0, 0)]]))).toBeUndefined();
	});

	it('prefers a body in line over a slightly nearer one off to the side', () => {
		const boxes = new Map([
			['from', box(0, 0)],
			['inline', box(0, 120)],
			['aside', box(150, 100)]
		]);
		expect(nearestInDirection('from', 'ArrowDown', boxes)).toBe('inline');
		// Far enough in line, the nearer side body wins: gaps 400 vs 50 + 2 × 50.
		boxes.set('inline', box(0, 450));
		expect(nearestInDirection('from', 'ArrowDown', boxes)).toBe('aside');
	});

	it('ignores a body only partly beyond the edge: a taller neighbour is beside, not below', () => {
		const boxes = new Map([
			['short', box(0, 0, 100, 40)],
			['tall', box(120, 0, 100, 200)]
		]);
		expect(nearestInDirection('short', 'ArrowDown', boxes)).toBeUndefined();
		expect(nearestInDirection('short', 'ArrowRight', boxes)).toBe('tall');
		expect(nearestInDirection('tall', 'ArrowUp', boxes)).toBeUndefined();
	});

	it('counts boxes that touch or differ by rounding as beyond the edge', () => {
		const boxes = new Map([
			['a', box(0, 0)],
			['b', box(99.8, 0)]
		]);
		expect(nearestInDirection('a', 'ArrowRight', boxes)).toBe('b');
		expect(nearestInDirection('b', 'ArrowLeft', boxes)).toBe('a');
	});

	it('breaks an exact tie by reading order', () => {
		const boxes = new Map([
			['from', box(100, 0)],
			['first', box(0, 100)],
			['second', box(200, 100)]
		]);
		expect(nearestInDirection('from', 'ArrowDown', boxes)).toBe('first');
		expect(nearestInDirection('from', 'ArrowDown', new Map([...boxes].reverse()))).toBe('second');
	});
});

describe('isDirection', () => {
	it('accepts the four arrow keys only', () => {
		expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].every(isDirection)).toBe(true);
		expect(isDirection('Arrow')).toBe(false);
		expect(isDirection('Enter')).toBe(false);
	});
});
