/**
 * One request to a fresh Web Worker, which is stopped once it has answered, failed, or been given up
 * on: `deadlineMs` (if set) rejects with `onDeadline()` and terminates the worker, the only way to
 * stop a computation such as an ELK layout that cannot be cancelled from inside.
 */
export function askWorker<Reply>(worker: Worker, request: unknown, deadline?: { ms: number; error: () => Error }): Promise<Reply> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return new Promise<Reply>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<Reply>) => resolve(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message || 'the worker stopped unexpectedly'));
		};
		if (deadline) timer = setTimeout(() => reject(deadline.error()), deadline.ms);
		worker.postMessage(request);
	}).finally(() => {
		clearTimeout(timer);
		worker.terminate();
	});
}

/**
 * A worker started ahead of the request it will serve (as the reader reaches for a control), so its
 * code loads meanwhile; the request takes it, or a new one if none was started.
 */
export function spareWorker(create: () => Worker): {
	/** Start one unless one waits already, and send a new one `first`, if given. */
	start(first?: unknown): void;
	/** The worker waiting, if any. */
	waiting(): Worker | undefined;
	/** The worker waiting, or a new one: the caller's from now on. */
	take(): Worker;
} {
	let spare: Worker | undefined;
	return {
		start(first) {
			if (spare) return;
			spare = create();
			if (first !== undefined) spare.postMessage(first);
		},
		waiting: () => spare,
		take() {
			const worker = spare ?? create();
			spare = undefined;
			return worker;
		}
	};
}
