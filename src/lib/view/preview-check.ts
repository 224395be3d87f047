import { askWorker } from '../ask-worker.ts';
import type { RawFile } from '../model/parse.ts';
import PreviewCheckWorker from './preview-check.worker.ts?worker';
import type { OwnFilesCheck } from './preview-files.ts';

/** The reader's files checked with the built-in data in a Web Worker of its own, so a large file does not freeze the page. */
export function checkOwnFilesInWorker(builtIn: readonly RawFile[], own: readonly RawFile[]): Promise<OwnFilesCheck> {
	return askWorker<OwnFilesCheck>(new PreviewCheckWorker(), { builtIn, own });
}
