// The whole layout off the main thread: cards are measured and wrapped, ELK runs, and edges are
// routed here, so only the finished layout crosses back to the page.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Model } from '../model/model.ts';
import type { Diagram, Lang } from '../model/schema.ts';
import { cachedElk, indexedDbStore } from './elk-cache.ts';
import { layoutDiagram } from './layout.ts';
import { warmUpGraph } from './warm-up.ts';
import type { DiagramLayout } from './types.ts';

export interface LayoutRequest {
	diagram: Diagram;
	model: Model;
	lang: Lang;
}
/** Lay the warm-up graph out, and answer nothing: the worker is waiting for a large file's check. */
export interface WarmUp {
	warmUp: true;
}
/** `reused`: ELK's part came from an earlier layout of the same graph in this browser (elk-cache.ts). */
export type LayoutReply = { ok: true; layout: DiagramLayout; reused: boolean } | { ok: false; message: string };

const elk = new ELK();
const cache = cachedElk(elk, indexedDbStore());

// Assigned, not added: elk.bundled.js installs its own self.onmessage when loaded in a worker.
self.onmessage = async ({ data }: MessageEvent<LayoutRequest | WarmUp>) => {
	if ('warmUp' in data) {
		await elk.layout(warmUpGraph());
		return;
	}
	let reply: LayoutReply;
	try {
		const before = cache.hits();
		const layout = await layoutDiagram(data.diagram, data.model, data.lang, cache.elk);
		reply = { ok: true, layout, reused: cache.hits() > before };
	} catch (error) {
		reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	postMessage(reply);
};
