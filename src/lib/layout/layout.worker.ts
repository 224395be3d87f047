// The whole layout off the main thread: cards are measured and wrapped, ELK runs, and edges are
// routed here, so only the finished layout crosses back to the page.
import ELK from 'elkjs/lib/elk.bundled.js';
import { repeatUntil } from '../repeat-until.ts';
import { unpackModel, type PackedModel } from '../model/packed.ts';
import type { Diagram, Lang } from '../model/schema.ts';
import { cachedElk, indexedDbStore } from './elk-cache.ts';
import { layoutDiagram } from './layout.ts';
import { WARM_UP_MS, warmUpGraph } from './warm-up.ts';
import type { DiagramLayout } from './types.ts';

export interface LayoutRequest {
	diagram: Diagram;
	model: PackedModel;
	lang: Lang;
}
/**
 * `true`: lay the warm-up graph out again and again until a layout is asked for (at most WARM_UP_MS),
 * and answer nothing: the worker waits for the reader's file. `false`: stop after the round under way.
 */
export interface WarmUp {
	warmUp: boolean;
}
/** `reused`: ELK's part came from an earlier layout of the same graph in this browser (elk-cache.ts). */
export type LayoutReply = { ok: true; layout: DiagramLayout; reused: boolean } | { ok: false; message: string };

const elk = new ELK();
const cache = cachedElk(elk, indexedDbStore());
let warming = true;

// Assigned, not added: elk.bundled.js installs its own self.onmessage when loaded in a worker.
self.onmessage = async ({ data }: MessageEvent<LayoutRequest | WarmUp>) => {
	if ('warmUp' in data) {
		if (data.warmUp) await repeatUntil(() => elk.layout(warmUpGraph()), () => !warming, WARM_UP_MS);
		else warming = false;
		return;
	}
	warming = false;
	let reply: LayoutReply;
	try {
		const before = cache.hits();
		const layout = await layoutDiagram(data.diagram, unpackModel(data.model), data.lang, cache.elk);
		reply = { ok: true, layout, reused: cache.hits() > before };
	} catch (error) {
		reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	postMessage(reply);
};
