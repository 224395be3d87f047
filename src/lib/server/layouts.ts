import ELK from 'elkjs/lib/elk.bundled.js';
import type { CardDetail } from '$lib/layout/card-picture';
import { layoutDiagram } from '$lib/layout/layout';
import type { DiagramLayout } from '$lib/layout/types';
import type { Diagram, Lang } from '$lib/model/schema';
import { getModel } from './model';

const elk = new ELK();
const cache = new Map<string, Promise<DiagramLayout>>();

/**
 * Layouts are computed once per diagram, language and card detail while prerendering; the browser
 * loads no ELK. Each level has its own layout, since narrower cards pack the diagram tighter.
 */
export function prebuiltLayout(diagram: Diagram, lang: Lang, detail: CardDetail = 'full'): Promise<DiagramLayout> {
	const key = `${diagram.id}:${lang}:${detail}`;
	let layout = cache.get(key);
	if (!layout) {
		layout = layoutDiagram(diagram, getModel(), lang, elk, detail);
		cache.set(key, layout);
	}
	return layout;
}
