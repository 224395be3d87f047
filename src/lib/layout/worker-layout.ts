import ELK from 'elkjs/lib/elk-api.js';
import ElkWorker from 'elkjs/lib/elk-worker.min.js?worker';
import type { Model } from '../model/model.ts';
import type { Diagram, Lang } from '../model/schema.ts';
import { withDeadline } from './deadline.ts';
import { layoutDiagram } from './layout.ts';
import type { DiagramLayout } from './types.ts';

/**
 * Lay a diagram out in the browser, in a Web Worker so input never blocks, and give up after
 * `deadlineMs` by terminating the worker. Loaded only where data is laid out at run time.
 */
export function layoutInWorker(diagram: Diagram, model: Model, lang: Lang, deadlineMs: number): Promise<DiagramLayout> {
	let worker: Worker | undefined;
	const elk = new ELK({
		workerFactory: () => {
			worker = new ElkWorker();
			return worker;
		}
	});
	const stop = () => {
		worker?.terminate();
		elk.terminateWorker();
	};
	return withDeadline(layoutDiagram(diagram, model, lang, elk), deadlineMs, stop).finally(stop);
}
