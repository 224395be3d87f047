import { askWorker } from '../ask-worker.ts';
import type { LoadResult } from './load.ts';
import LoadWorker from './load.worker.ts?worker';
import type { RawFile } from './parse.ts';

/** loadModel in a Web Worker of its own, so a large file does not freeze the page. */
export function loadModelInWorker(files: readonly RawFile[]): Promise<LoadResult> {
	return askWorker<LoadResult>(new LoadWorker(), files);
}
