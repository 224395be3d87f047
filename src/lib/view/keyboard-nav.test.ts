import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from './keyboard-nav.ts';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 50 });
// jc — acg side by side; bocc below acg; cccs below bocc; upper not connected.
const boxes = new Map([
	['upper', box(0, -200)],
	['jc', box(0, 0)],
	['acg', box(300, 0)],
	['bocc', box(300, 200)],
	['cccs', box(300, 400)]
]);
const edges = [
	{ source: 'jc', target: 'acg' },
	{ source: 'acg', target: 'bocc' },
	{ source: 'bocc', target: 'cccs' }
];

describe('neighbourInDirection', () => {
	it('moves along links in the direction of the arrow', () => {
		expect(neighbourInDirection('acg', 'ArrowLeft', boxes, edges)).toBe('jc');
		expect(neighbourInDirection('acg', 'ArrowDown', boxes, edges)).toBe('bocc');
		expect(neighbourInDirection('bocc', 'ArrowUp', boxes, edges)).toBe('acg');
		expect(neighbourInDirection('jc', 'ArrowRight', boxes, edges)).toBe('acg');
	});

	it('goes nowhere without a linked body that way, and never to unlinked ones', () => {
		expect(neighbourInDirection('acg', 'ArrowUp', boxes, edges)).toBeUndefined();
		expect(neighbourInDirection('jc', 'ArrowUp', boxes, edges)).toBeUndefined();
		expect(neighbourInDirection('nowhere', 'ArrowUp', boxes, edges)).toBeUndefined();
	});
});
