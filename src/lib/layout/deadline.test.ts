import { describe, expect, it, vi } from 'vitest';
import { LayoutTimeout, withDeadline } from './deadline.ts';

describe('withDeadline', () => {
	it('passes a result through when it arrives in time, without stopping anything', async () => {
		const stop = vi.fn();
		await expect(withDeadline(Promise.resolve(42), 1000, stop)).resolves.toBe(42);
		expect(stop).not.toHaveBeenCalled();
	});

	it('stops the work and rejects with LayoutTimeout when the deadline passes', async () => {
		vi.useFakeTimers();
		const stop = vi.fn();
		const never = new Promise<number>(() => {});
		const result = withDeadline(never, 500, stop);
		vi.advanceTimersByTime(500);
		await expect(result).rejects.toBeInstanceOf(LayoutTimeout);
		expect(stop).toHaveBeenCalledOnce();
		vi.useRealTimers();
	});

	it('passes errors of the work itself through', async () => {
		await expect(withDeadline(Promise.reject(new Error('bad graph')), 1000, () => {})).rejects.toThrow('bad graph');
	});
});
