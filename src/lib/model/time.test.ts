import { describe, expect, it } from 'vitest';
import { compareAtCommonPrecision, dateBefore, existsOn, notYetEstablished, within } from './time.ts';

describe('time filter', () => {
	it('compares dates at the precision both have', () => {
		expect(compareAtCommonPrecision('2015-11', '2015-11-03')).toBe(0);
		expect(compareAtCommonPrecision('2015-11', '2015-10-31')).toBeGreaterThan(0);
		expect(compareAtCommonPrecision('1976-07-08', '1977')).toBeLessThan(0);
	});

	it('counts a body as existing from its founding date on', () => {
		expect(existsOn({ established: '1976-07-08' }, '1976-07-07')).toBe(false);
		expect(existsOn({ established: '1976-07-08' }, '1976-07-08')).toBe(true);
		expect(existsOn({ established: '2015-11' }, '2015-11-01')).toBe(true);
		expect(existsOn({ established: undefined }, '1900')).toBe(true);
	});

	it('lists the bodies not yet established on a date, and none when no date is chosen', () => {
		const established = { scc: '1960-01-19', acm: '2015-11' };
		expect([...notYetEstablished(established, '2000')]).toEqual(['acm']);
		expect([...notYetEstablished(established, '1959-12-31')]).toEqual(['scc', 'acm']);
		expect(notYetEstablished(established, null).size).toBe(0);
	});
});

describe('dateBefore and within', () => {
	it('steps back one unit at the date’s own precision', () => {
		expect(dateBefore('2015-04-27')).toBe('2015-04-26');
		expect(dateBefore('2016-03-01')).toBe('2016-02-29');
		expect(dateBefore('2015-01-01')).toBe('2014-12-31');
		expect(dateBefore('2015-11')).toBe('2015-10');
		expect(dateBefore('2015-01')).toBe('2014-12');
		expect(dateBefore('1960')).toBe('1959');
	});

	it('takes a date as within a span after its start and up to its end', () => {
		expect(within('2015-11', '2015-04-27', '2024-07-28')).toBe(true);
		expect(within('2015-04-27', '2015-04-27', '2024-07-28')).toBe(false);
		expect(within('2024-07-28', '2015-04-27', '2024-07-28')).toBe(true);
		expect(within('2015', '2015-04-27', '2024-07-28')).toBe(false);
		expect(within('1976-07-08', '2015-04-27', '2024-07-28')).toBe(false);
	});
});
