import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutDiagram } from '$lib/layout/layout';
import type { DiagramLayout } from '$lib/layout/types';
import type { Diagram, Lang } from '$lib/model/schema';
import { getModel } from './model';

const elk = new ELK();
const cache = new Map<string, Promise<DiagramLayout>>();

/** Layouts are computed once per diagram and language while prerendering; the browser loads no ELK. */
export function prebuiltLayout(diagram: Diagram, lang: Lang): Promise<DiagramLayout> {
	const key = `${diagram.id}:${lang}`;
	let layout = cache.get(key);
	if (!layout) {
		layout = layoutDiagram(diagram, getModel(), lang, elk);
		cache.set(key, layout);
	}
	return layout;
}
