import { t } from '../i18n/messages.ts';
import type { Lang } from '../model/schema.ts';
import type { ScenarioNotice } from '../scenario/state.ts';

/** The sentence a reader sees when a link asked for a stage, walkthrough or step that does not exist. */
export function noticeText(notice: ScenarioNotice, lang: Lang): string {
	switch (notice.kind) {
		case 'unknown-stage':
			return t(lang, 'unknownStage', { id: notice.value });
		case 'unknown-walkthrough':
			return t(lang, 'unknownWalkthrough', { id: notice.value });
		case 'bad-step':
			return t(lang, 'badStep', { value: notice.value, fallback: String(notice.fallback) });
		case 'unknown-compare':
			return t(lang, 'unknownCompare', { id: notice.value });
	}
}
