// Parses and validates data files off the main thread: a large file takes long enough to parse
// (about 0.6 s for 2,000 bodies) that doing it in the page would freeze input.
import type { RawFile } from '../model/parse.ts';
import { repeatUntil } from '../repeat-until.ts';
import { checkOwnFiles, packCheck, parsedAhead } from './preview-files.ts';

/** Check the reader's files with the built-in data, and answer with the result. */
export interface CheckRequest {
	builtIn: readonly RawFile[];
	own: readonly RawFile[];
}
/**
 * Parse the built-in data, again and again for PREPARE_MS unless files come first, and answer
 * nothing: the reader is picking files. Their check then parses only the reader's files, with the
 * parser's code compiled and warm.
 */
export interface CheckPreparation {
	prepare: readonly RawFile[];
}
/** Short, so that ELK's warm-up in the layout worker, which gains more from it, has the cores after. */
const PREPARE_MS = 1_000;

const ahead = parsedAhead();
let asked = false;

self.onmessage = async ({ data }: MessageEvent<CheckRequest | CheckPreparation>) => {
	if ('prepare' in data) {
		await repeatUntil(() => ahead.keep(data.prepare), () => asked, PREPARE_MS);
		return;
	}
	asked = true;
	// Packed, and the bytes transferred: the page shows the diagrams and counts, and hands the model on unread.
	const check = packCheck(checkOwnFiles(data.builtIn, data.own, { parse: ahead.parse }));
	postMessage(check, { transfer: check.result.ok ? [check.result.model] : [] });
};
