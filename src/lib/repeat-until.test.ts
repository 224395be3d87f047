import { describe, expect, it } from 'vitest';
import { repeatUntil } from './repeat-until.ts';

describe('repeatUntil', () => {
	it('runs round after round, each finished before the next, until told to stop', async () => {
		const log: string[] = [];
		let stop = false;
		const rounds = await repeatUntil(
			async () => {
				log.push('start');
				await new Promise((resolve) => setTimeout(resolve, 1));
				log.push('end');
				if (log.length === 6) stop = true;
			},
			() => stop,
			60_000
		);
		expect(rounds).toBe(3);
		expect(log).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
	});

	it('lets a message in between two rounds', async () => {
		let stop = false;
		setTimeout(() => (stop = true), 0);
		const rounds = await repeatUntil(() => undefined, () => stop, 60_000);
		expect(rounds).toBeGreaterThanOrEqual(1);
		expect(rounds).toBeLessThan(5);
	});

	it('stops when its time is up, even if never told to', async () => {
		let clock = 0;
		const rounds = await repeatUntil(() => (clock += 700), () => false, 2_000, () => clock);
		expect(rounds).toBe(3);
	});

	it('runs no round when told to stop before the first', async () => {
		const rounds = await repeatUntil(() => expect.unreachable('no round should run'), () => true, 60_000);
		expect(rounds).toBe(0);
	});
});
