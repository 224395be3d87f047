// Node side of exports: the validated model, an ELK layout and the scene source for one diagram.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { CardDetail } from '../src/lib/layout/card-picture.ts';
import { layoutDiagram } from '../src/lib/layout/layout.ts';
import { formatError } from '../src/lib/model/errors.ts';
import { loadModel } from '../src/lib/model/load.ts';
import type { Model } from '../src/lib/model/model.ts';
import type { Lang } from '../src/lib/model/schema.ts';
import { sceneSource, type SceneSource } from '../src/lib/scenario/source.ts';
import { readDataFiles } from './data-files.ts';

export function loadDataModel(dir = 'data'): Model {
	const result = loadModel(readDataFiles(dir));
	if (!result.ok) throw new Error(`invalid data:\n${result.errors.map(formatError).join('\n')}`);
	return result.model;
}

const elk = new ELK();

export async function loadSceneSource(model: Model, diagramId: string, lang: Lang, detail: CardDetail = 'full'): Promise<SceneSource> {
	const diagram = model.diagrams.find((d) => d.id === diagramId);
	if (!diagram) throw new Error(`unknown diagram "${diagramId}" (known: ${model.diagrams.map((d) => d.id).join(', ')})`);
	return sceneSource(model, diagram, await layoutDiagram(diagram, model, lang, elk, detail));
}
