import { askWorker } from '../ask-worker.ts';
import type { Model } from '../model/model.ts';
import type { Diagram, Lang } from '../model/schema.ts';
import { LayoutTimeout } from './deadline.ts';
import type { LayoutReply, LayoutRequest, WarmUp } from './layout.worker.ts';
import LayoutWorker from './layout.worker.ts?worker';
import type { DiagramLayout } from './types.ts';

let spare: Worker | undefined;

/**
 * Start the next layout's worker now: it loads and compiles ELK (1.6 MB, about 0.4 s) before the data
 * arrives instead of after. `warmUp`: it also lays out a small graph meanwhile (warm-up.ts), which
 * speeds up a large file's first layout but keeps the worker busy for about half a second more.
 */
export function prepareLayoutWorker(options: { warmUp: boolean }): void {
	if (spare) return;
	spare = new LayoutWorker();
	if (options.warmUp) spare.postMessage({ warmUp: true } satisfies WarmUp);
}

/**
 * Lay a diagram out in a Web Worker, so input never blocks, and give up after `deadlineMs` by
 * terminating the worker. Loaded only where data is laid out at run time. `reused` says the layout
 * came from an earlier one of the same diagram in this browser.
 */
export async function layoutInWorker(diagram: Diagram, model: Model, lang: Lang, deadlineMs: number): Promise<{ layout: DiagramLayout; reused: boolean }> {
	const request: LayoutRequest = { diagram, model, lang };
	const worker = spare ?? new LayoutWorker();
	spare = undefined;
	const reply = await askWorker<LayoutReply>(worker, request, { ms: deadlineMs, error: () => new LayoutTimeout(deadlineMs) });
	if (!reply.ok) throw new Error(reply.message);
	return { layout: reply.layout, reused: reply.reused };
}
