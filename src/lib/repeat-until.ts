/**
 * Run `round` again and again until `stop()` says so or `budgetMs` have passed, a macrotask apart so
 * that a message waiting for the worker gets in between two rounds. Workers warm their code up this
 * way while the reader picks a file: V8 optimises what has run often, and a large file's first parse
 * or layout runs about twice as fast after a few seconds of it. Returns the rounds run.
 */
export async function repeatUntil(
	round: () => unknown,
	stop: () => boolean,
	budgetMs: number,
	now: () => number = () => performance.now()
): Promise<number> {
	const start = now();
	let rounds = 0;
	while (!stop() && now() - start < budgetMs) {
		await round();
		rounds++;
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	return rounds;
}
