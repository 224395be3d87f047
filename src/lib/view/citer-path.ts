import type { Lang } from '../i18n/lang.ts';
import type { CiterPlace } from '../sources/citers.ts';
import { diagramPath, timelinePath, type AppPath } from './routes.ts';

/** Where a record that cites a passage is shown; undefined when no page shows it on its own. */
export function citerPath(lang: Lang, place: CiterPlace): AppPath | undefined {
	if (place.event) return timelinePath(lang, { event: place.event });
	if (!place.diagram) return undefined;
	return diagramPath(lang, place.diagram, { body: place.body, stage: place.stage, walk: place.walk, step: place.step });
}
