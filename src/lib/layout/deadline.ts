/** A layout that did not finish in time; the caller keeps what it had. */
export class LayoutTimeout extends Error {
	constructor(readonly ms: number) {
		super(`layout did not finish within ${ms} ms`);
	}
}
