import { offlineHtml } from '$lib/export/html';
import { OFFLINE_APP, offlineData } from '$lib/export/offline-data';
import { otherLang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';
import type { DiagramLayout } from '$lib/layout/types';
import type { SceneRequest, SceneSource } from '$lib/scenario/source';
import { href } from '$lib/view/href';
import { buildJson } from '$lib/view/build-file';
import { layoutPath } from '$lib/view/routes';

async function text(url: string, missing: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(missing);
	return response.text();
}

/**
 * The offline file of what the reader sees: the data the page holds (its walkthroughs include one
 * being written or opened from a link), the layout in the other language and the offline app, both
 * from the static build.
 */
export async function offlineFile(source: SceneSource, request: SceneRequest): Promise<string> {
	const { lang, diagram, detail } = source.layout;
	const missing = t(lang, 'offlineAppMissing');
	const [script, style, other] = await Promise.all([
		text(href(`/${OFFLINE_APP.dir}/${OFFLINE_APP.script}`), missing),
		text(href(`/${OFFLINE_APP.dir}/${OFFLINE_APP.style}`), missing),
		buildJson<DiagramLayout>(layoutPath(otherLang(lang), diagram, detail))
	]);
	const data = offlineData(source, other, request);
	return offlineHtml({ script, style, data, lang, title: `${source.detail.title[lang]} — Renkei` });
}
