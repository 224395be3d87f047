import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './dates.ts';

describe('formatPartialDate', () => {
	it('writes a date at exactly the precision the data gives', () => {
		expect(formatPartialDate('2015', 'ja')).toBe('2015年');
		expect(formatPartialDate('2015-11', 'ja')).toBe('2015年11月');
		expect(formatPartialDate('1960-01-19', 'ja')).toBe('1960年1月19日');
		expect(formatPartialDate('2015', 'en')).toBe('2015');
		expect(formatPartialDate('2015-11', 'en')).toBe('November 2015');
		expect(formatPartialDate('1960-01-19', 'en')).toBe('19 January 1960');
	});
});
