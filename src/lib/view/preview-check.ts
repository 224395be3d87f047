import { askWorker } from '../ask-worker.ts';
import type { RawFile } from '../model/parse.ts';
import type { CheckPreparation, CheckRequest } from './preview-check.worker.ts';
import PreviewCheckWorker from './preview-check.worker.ts?worker';
import type { OwnFilesCheck } from './preview-files.ts';

let spare: Worker | undefined;

/**
 * Start the next check's worker now, as the reader reaches for the file button: it loads its code
 * (the YAML parser and the schema) and parses the built-in data while the file dialog is open.
 */
export function prepareCheckWorker(builtIn: readonly RawFile[]): void {
	if (spare) return;
	spare = new PreviewCheckWorker();
	spare.postMessage({ prepare: [...builtIn] } satisfies CheckPreparation);
}

/** The reader's files checked with the built-in data in a Web Worker of its own, so a large file does not freeze the page. */
export function checkOwnFilesInWorker(builtIn: readonly RawFile[], own: readonly RawFile[]): Promise<OwnFilesCheck> {
	const worker = own.length > 0 && spare ? spare : new PreviewCheckWorker();
	if (worker === spare) spare = undefined;
	return askWorker<OwnFilesCheck>(worker, { builtIn: [...builtIn], own: [...own] } satisfies CheckRequest);
}
