import { afterEach, describe, expect, it, vi } from 'vitest';
import { askWorker, spareWorker } from './ask-worker.ts';

/** Just enough of a Worker: records what it was sent and whether it was stopped. */
class FakeWorker {
	onmessage: ((event: MessageEvent) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	sent: unknown[] = [];
	terminated = false;
	postMessage(message: unknown) {
		this.sent.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	reply(data: unknown) {
		this.onmessage?.({ data } as MessageEvent);
	}
	fail(message: string) {
		this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
	}
}
const ask = <T>(fake: FakeWorker, deadline?: Parameters<typeof askWorker>[2]) =>
	askWorker<T>(fake as unknown as Worker, { question: 42 }, deadline);

afterEach(() => vi.useRealTimers());

describe('askWorker', () => {
	it('sends the request, resolves with the reply and stops the worker', async () => {
		const fake = new FakeWorker();
		const answer = ask<string>(fake);
		expect(fake.sent).toEqual([{ question: 42 }]);
		fake.reply('forty-two');
		await expect(answer).resolves.toBe('forty-two');
		expect(fake.terminated).toBe(true);
	});

	it('rejects with the worker’s error and stops it', async () => {
		const fake = new FakeWorker();
		const answer = ask(fake);
		fake.fail('out of memory');
		await expect(answer).rejects.toThrow('out of memory');
		expect(fake.terminated).toBe(true);
	});

	it('past the deadline, terminates the worker and rejects with the deadline’s error', async () => {
		vi.useFakeTimers();
		const fake = new FakeWorker();
		const answer = ask(fake, { ms: 500, error: () => new Error('too slow') });
		vi.advanceTimersByTime(499);
		expect(fake.terminated).toBe(false);
		vi.advanceTimersByTime(1);
		await expect(answer).rejects.toThrow('too slow');
		expect(fake.terminated).toBe(true);
	});
});

describe('spareWorker', () => {
	it('starts one worker ahead, sends a new one its first message, and gives it to the request that comes', () => {
		const made: FakeWorker[] = [];
		const spare = spareWorker(() => (made.push(new FakeWorker()), made.at(-1) as unknown as Worker));
		expect(spare.waiting()).toBeUndefined();
		spare.start({ warm: true });
		spare.start({ warm: true });
		expect(made).toHaveLength(1);
		expect(made[0]!.sent).toEqual([{ warm: true }]);
		expect(spare.waiting()).toBe(made[0]);
		expect(spare.take()).toBe(made[0]);
		expect(spare.waiting()).toBeUndefined();
	});

	it('makes a new worker for a request when none was started, and sends nothing without a first message', () => {
		const made: FakeWorker[] = [];
		const spare = spareWorker(() => (made.push(new FakeWorker()), made.at(-1) as unknown as Worker));
		expect(spare.take()).toBe(made[0]);
		spare.start();
		expect(made).toHaveLength(2);
		expect(made[1]!.sent).toEqual([]);
	});
});
