import type { DiagramLayout } from '../layout/types.ts';
import type { Lang } from '../model/schema.ts';
import { writeScenario, EMPTY } from '../scenario/state.ts';
import type { SceneRequest, SceneSource } from '../scenario/source.ts';

/**
 * What an offline file carries: the diagram's records once (they hold both languages), its layout in
 * each language, and the view it opens on.
 */
export interface OfflineData {
	scene: Omit<SceneSource, 'layout'>;
	layouts: Record<Lang, DiagramLayout>;
	/** the fragment the file opens on when its address has none: `lang=ja&stage=c2&walk=…&step=2` */
	start: string;
}

/** The offline app's two files, built by vite.offline.config.ts into this folder of the static build. */
export const OFFLINE_APP = { dir: 'offline', script: 'renkei-offline.js', style: 'renkei-offline.css' } as const;

/** The id of the element that holds the data in the file. */
export const OFFLINE_DATA_ID = 'renkei-data';

/**
 * The data for a file that opens on `shown` (its language and card detail) at the stage or walkthrough
 * step `request` names, with `other`, the same layout in the other language, for the language switch.
 */
export function offlineData(shown: SceneSource, other: DiagramLayout, request: SceneRequest = {}): OfflineData {
	const { layout, ...scene } = shown;
	if (other.lang === layout.lang || other.diagram !== layout.diagram) throw new Error(`offline file: ${other.diagram}/${other.lang} is not the other language of ${layout.diagram}/${layout.lang}`);
	const layouts = { [layout.lang]: layout, [other.lang]: other } as Record<Lang, DiagramLayout>;
	const state = { ...EMPTY, stage: request.stage ?? null, compare: request.compare ?? null, walkthrough: request.walkthrough ?? null, step: request.step ?? 0 };
	return { scene, layouts, start: writeScenario(state, new URLSearchParams({ lang: layout.lang })).toString() };
}
