/**
 * One request to a Web Worker, which is stopped once it has failed or been given up on: `deadline.ms`
 * (if set) rejects with `deadline.error()` and terminates the worker, the only way to stop a
 * computation such as an ELK layout that cannot be cancelled from inside. Once it has answered, it is
 * stopped too, or handed to `answered` if given (to serve the next request with its code warm).
 */
export function askWorker<Reply>(
	worker: Worker,
	request: unknown,
	{ deadline, answered }: { deadline?: { ms: number; error: () => Error }; answered?: (worker: Worker, reply: Reply) => void } = {}
): Promise<Reply> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let reply: { value: Reply } | undefined;
	return new Promise<Reply>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<Reply>) => {
			reply = { value: event.data };
			resolve(event.data);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new Error(event.message || 'the worker stopped unexpectedly'));
		};
		if (deadline) timer = setTimeout(() => reject(deadline.error()), deadline.ms);
		worker.postMessage(request);
	}).finally(() => {
		clearTimeout(timer);
		worker.onmessage = worker.onerror = null;
		if (reply && answered) answered(worker, reply.value);
		else worker.terminate();
	});
}

/**
 * A worker started ahead of the request it will serve (as the reader reaches for a control), so its
 * code loads meanwhile; the request takes it, or a new one if none was started, and may give it back.
 */
export function spareWorker(create: () => Worker): {
	/** Start one unless one waits already, and send a new one `first`, if given. */
	start(first?: unknown): void;
	/** The worker waiting, if any. */
	waiting(): Worker | undefined;
	/** The worker waiting, or a new one: the caller's from now on. */
	take(): Worker;
	/**
	 * A worker done with its request, kept to serve the next one with its code warm: it takes the
	 * place of one started meanwhile, which has done less.
	 */
	giveBack(worker: Worker): void;
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
		},
		giveBack(worker) {
			spare?.terminate();
			spare = worker;
		}
	};
}
