import { describe, expect, it } from 'vitest';
import { readDate } from './date.ts';

describe('readDate', () => {
	it('accepts partial dates and rejects anything else', () => {
		expect(readDate(new URLSearchParams('date=2015-11'))).toEqual({ date: '2015-11', rejected: null });
		expect(readDate(new URLSearchParams('date=2015-13'))).toEqual({ date: null, rejected: '2015-13' });
		expect(readDate(new URLSearchParams('date=<img>'))).toEqual({ date: null, rejected: '<img>' });
		expect(readDate(null)).toEqual({ date: null, rejected: null });
	});
});
