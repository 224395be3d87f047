import type { LoadResult } from './load.ts';
import LoadWorker from './load.worker.ts?worker';
import type { RawFile } from './parse.ts';

/** loadModel in a Web Worker of its own, which is stopped once it has answered. */
export function loadModelInWorker(files: readonly RawFile[]): Promise<LoadResult> {
	const worker = new LoadWorker();
	return new Promise<LoadResult>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<LoadResult>) => resolve(event.data);
		worker.onerror = (event) => reject(new Error(event.message || 'the data check stopped unexpectedly'));
		worker.postMessage(files);
	}).finally(() => worker.terminate());
}
