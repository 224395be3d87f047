import { askWorker } from '../ask-worker.ts';
import type { Model } from '../model/model.ts';
import type { Diagram, Lang } from '../model/schema.ts';
import { LayoutTimeout } from './deadline.ts';
import type { LayoutReply, LayoutRequest, WarmUp } from './layout.worker.ts';
import LayoutWorker from './layout.worker.ts?worker';
import type { DiagramLayout } from './types.ts';

let spare: Worker | undefined;

/**
 * Start the next layout's worker now: it loads and compiles ELK (1.6 MB) while the data is still being
 * checked in the other worker, instead of after. For a large file it also lays out a small graph
 * meanwhile (warm-up.ts); a small file's layout would only wait for it.
 */
export function prepareLayoutWorker(options: { large: boolean }): void {
	if (spare) return;
	spare = new LayoutWorker();
	if (options.large) spare.postMessage({ warmUp: true } satisfies WarmUp);
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
