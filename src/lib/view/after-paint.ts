/**
 * Runs `task` once the next frame has been painted, or when the page is idle after it; returns a
 * function that cancels it. What can wait a frame (an animation's start, the router's copy of the URL)
 * leaves the frame that a reader's key press is waiting for.
 */
export function afterPaint(task: () => void, { idle = false } = {}): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let idleHandle: number | undefined;
	// A task queued from a frame's callback runs after that frame's paint. Safari has no requestIdleCallback.
	const frame = requestAnimationFrame(() => {
		if (idle && 'requestIdleCallback' in globalThis) idleHandle = requestIdleCallback(task, { timeout: 200 });
		else timer = setTimeout(task, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
		if (idleHandle !== undefined) cancelIdleCallback(idleHandle);
	};
}
