// Parses and validates data files off the main thread: a large file takes long enough to parse
// (about 0.6 s for 2,000 bodies) that doing it in the page would freeze input.
import { loadModel } from './load.ts';
import type { RawFile } from './parse.ts';

self.onmessage = (event: MessageEvent<RawFile[]>) => postMessage(loadModel(event.data));
