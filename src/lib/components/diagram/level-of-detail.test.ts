import { describe, expect, it } from 'vitest';
import { detailAt, drawsArrowheads } from './level-of-detail.ts';

describe('detailAt', () => {
	it('always draws everything on a small canvas', () => {
		for (const zoom of [0.1, 0.3, 1]) expect(detailAt(zoom, false)).toBe('full');
	});

	it('drops unreadable text from a large canvas as it zooms out', () => {
		expect(detailAt(1, true)).toBe('full');
		expect(detailAt(0.4, true)).toBe('full');
		expect(detailAt(0.39, true)).toBe('outline');
		expect(detailAt(0.2, true)).toBe('outline');
		expect(detailAt(0.19, true)).toBe('box');
	});
});

describe('drawsArrowheads', () => {
	it('drops arrowheads only where cards are bare boxes', () => {
		expect(drawsArrowheads('full')).toBe(true);
		expect(drawsArrowheads('outline')).toBe(true);
		expect(drawsArrowheads('box')).toBe(false);
		expect(drawsArrowheads(detailAt(0.1, false))).toBe(true);
	});
});
