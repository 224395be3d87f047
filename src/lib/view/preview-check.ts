import { askWorker, spareWorker } from '../ask-worker.ts';
import type { RawFile } from '../model/parse.ts';
import type { CheckPreparation, CheckRequest } from './preview-check.worker.ts';
import PreviewCheckWorker from './preview-check.worker.ts?worker';
import type { PackedCheck } from './preview-files.ts';

const spare = spareWorker(() => new PreviewCheckWorker());

/**
 * Start the next check's worker now, as the reader reaches for the file button: it loads its code
 * (the YAML parser and the schema) and parses the built-in data while the file dialog is open.
 */
export function prepareCheckWorker(builtIn: readonly RawFile[]): void {
	spare.start({ prepare: builtIn } satisfies CheckPreparation);
}

/** The reader's files checked with the built-in data in a Web Worker of its own, so a large file does not freeze the page. */
export function checkOwnFilesInWorker(builtIn: readonly RawFile[], own: readonly RawFile[]): Promise<PackedCheck> {
	// The spare has parsed the built-in data ahead for the reader's files; the built-in check needs none.
	if (own.length === 0) return askWorker<PackedCheck>(new PreviewCheckWorker(), { builtIn, own } satisfies CheckRequest);
	// Kept for the reader's next files, with the parser warm and the built-in data parsed.
	return askWorker<PackedCheck>(spare.take(), { builtIn, own } satisfies CheckRequest, { answered: spare.giveBack });
}
