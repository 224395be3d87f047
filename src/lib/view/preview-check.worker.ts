// Parses and validates data files off the main thread: a large file takes long enough to parse
// (about 0.6 s for 2,000 bodies) that doing it in the page would freeze input.
import type { RawFile } from '../model/parse.ts';
import { checkOwnFiles } from './preview-files.ts';

self.onmessage = (event: MessageEvent<{ builtIn: RawFile[]; own: RawFile[] }>) =>
	postMessage(checkOwnFiles(event.data.builtIn, event.data.own));
