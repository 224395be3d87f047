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
const ask = <T>(fake: FakeWorker, options?: Parameters<typeof askWorker<T>>[2]) =>
	askWorker<T>(fake as unknown as Worker, { question: 42 }, options);

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
		const answer = ask(fake, { deadline: { ms: 500, error: () => new Error('too slow') } });
		vi.advanceTimersByTime(499);
		expect(fake.terminated).toBe(false);
		vi.advanceTimersByTime(1);
		await expect(answer).rejects.toThrow('too slow');
		expect(fake.terminated).toBe(true);
	});

	it('hands a worker that answered to `answered` instead of stopping it, and stops one that failed or ran late', async () => {
		vi.useFakeTimers();
		const kept: [unknown, string][] = [];
		const options = { deadline: { ms: 500, error: () => new Error('too slow') }, answered: (w: Worker, reply: string) => void kept.push([w, reply]) };
		const answering = new FakeWorker();
		const answer = ask<string>(answering, options);
		answering.reply('forty-two');
		await expect(answer).resolves.toBe('forty-two');
		expect(kept).toEqual([[answering, 'forty-two']]);
		expect(answering.terminated).toBe(false);
		// No stray handlers: the next request sets its own.
		expect(answering.onmessage).toBeNull();

		const failing = new FakeWorker();
		const failed = ask<string>(failing, options);
		failing.fail('out of memory');
		await expect(failed).rejects.toThrow('out of memory');
		expect(failing.terminated).toBe(true);

		const slow = new FakeWorker();
		const late = ask<string>(slow, options);
		vi.advanceTimersByTime(500);
		await expect(late).rejects.toThrow('too slow');
		expect(slow.terminated).toBe(true);
		expect(kept).toHaveLength(1);
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

	it('keeps a worker given back for the next request, in place of one started meanwhile', () => {
		const made: FakeWorker[] = [];
		const spare = spareWorker(() => (made.push(new FakeWorker()), made.at(-1) as unknown as Worker));
		const used = spare.take();
		spare.start({ warm: true });
		spare.giveBack(used);
		expect(made[1]!.terminated).toBe(true);
		expect(spare.waiting()).toBe(used);
		spare.start({ warm: true });
		expect(made).toHaveLength(2);
		expect(spare.take()).toBe(used);
	});
});
