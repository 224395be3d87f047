import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterPaint } from './after-paint';

describe('afterPaint', () => {
	let frames: FrameRequestCallback[];
	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
		vi.stubGlobal('cancelAnimationFrame', (handle: number) => (frames[handle - 1] = () => {}));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});
	const paintFrame = () => frames.splice(0).forEach((callback) => callback(0));

	test('runs the task after the next frame, not in it', () => {
		const task = vi.fn();
		afterPaint(task);
		vi.runAllTimers();
		expect(task).not.toHaveBeenCalled();
		paintFrame();
		expect(task).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(task).toHaveBeenCalledOnce();
	});

	test('waits for the page to be idle when asked', () => {
		const idle = vi.fn();
		vi.stubGlobal('requestIdleCallback', idle);
		const task = vi.fn();
		afterPaint(task, { idle: true });
		paintFrame();
		vi.runAllTimers();
		expect(task).not.toHaveBeenCalled();
		expect(idle).toHaveBeenCalledWith(task, { timeout: 200 });
	});

	test('cancelled before or after the frame, the task never runs', () => {
		const early = vi.fn();
		afterPaint(early)();
		const late = vi.fn();
		const cancel = afterPaint(late);
		paintFrame();
		cancel();
		vi.runAllTimers();
		expect(early).not.toHaveBeenCalled();
		expect(late).not.toHaveBeenCalled();
	});
});
