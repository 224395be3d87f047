/** A layout that did not finish in time; the caller keeps what it had. */
export class LayoutTimeout extends Error {
	constructor(readonly ms: number) {
		super(`layout did not finish within ${ms} ms`);
	}
}

/**
 * Run `task` against a deadline. ELK cannot be cancelled from inside, so on timeout `stop` is called
 * (terminating its worker) and the promise rejects with LayoutTimeout.
 */
export function withDeadline<T>(task: Promise<T>, ms: number, stop: () => void): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			stop();
			reject(new LayoutTimeout(ms));
		}, ms);
	});
	return Promise.race([task, timeout]).finally(() => clearTimeout(timer));
}
