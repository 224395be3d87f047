import { describe, expect, it } from 'vitest';
import { compareAtCommonPrecision, existsOn, notYetEstablished } from './time.ts';

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
