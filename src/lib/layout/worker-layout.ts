import { askWorker, spareWorker } from '../ask-worker.ts';
import type { PackedModel } from '../model/packed.ts';
import type { Diagram, Lang } from '../model/schema.ts';
import { LayoutTimeout } from './deadline.ts';
import type { LayoutReply, LayoutRequest, WarmUp } from './layout.worker.ts';
import LayoutWorker from './layout.worker.ts?worker';
import type { DiagramLayout } from './types.ts';

const spare = spareWorker(() => new LayoutWorker());

/**
 * Start the next layout's worker now: it loads and compiles ELK (1.6 MB, about 0.4 s) before the data
 * arrives instead of after. `warmUp`: it also lays a small graph out again and again until the data
 * arrives (warm-up.ts, at most 4 s), which makes a large file's first layout about twice as fast; the
 * data waits for at most the round under way (0.1–0.6 s).
 */
export function prepareLayoutWorker(options: { warmUp: boolean }): void {
	spare.start(options.warmUp ? ({ warmUp: true } satisfies WarmUp) : undefined);
}

/**
 * The reader chose files, which are checked next. A worker warming up since the reader reached for
 * the file button stops, so the check has the cores (the files arrive 0.1–0.2 s sooner on a 2-core
 * machine); else a worker starts now, warming up while the files are checked if they are `large`.
 */
export function filesChosen(large: boolean): void {
	const warming = spare.waiting();
	if (warming) warming.postMessage({ warmUp: false } satisfies WarmUp);
	else prepareLayoutWorker({ warmUp: large });
}

/**
 * Lay a diagram out in a Web Worker, so input never blocks, and give up after `deadlineMs` by
 * terminating the worker. Loaded only where data is laid out at run time. `reused` says the layout
 * came from an earlier one of the same diagram in this browser.
 */
export async function layoutInWorker(diagram: Diagram, model: PackedModel, lang: Lang, deadlineMs: number): Promise<{ layout: DiagramLayout; reused: boolean }> {
	const request: LayoutRequest = { diagram, model, lang };
	const worker = spare.take();
	const reply = await askWorker<LayoutReply>(worker, request, {
		deadline: { ms: deadlineMs, error: () => new LayoutTimeout(deadlineMs) },
		// ELK's code stays optimised in a worker that has laid a diagram out: the reader's next file
		// (an edited copy, most often) is laid out about twice as fast as in a fresh one.
		answered: (done, answer) => (answer.ok ? spare.giveBack(done) : done.terminate())
	});
	if (!reply.ok) throw new Error(reply.message);
	return { layout: reply.layout, reused: reply.reused };
}
