import { t } from '$lib/i18n/messages';
import type { Lang } from '$lib/model/schema';
import type { ScenarioDetail } from '$lib/scenario/detail';
import { afterPaint } from './after-paint';
import { sharedBuildJson } from './build-file';
import { scenarioPath } from './routes';

/** A diagram's whole scenario, from its prerendered file: one request, shared by the page's load and the page. */
export const scenarioFile = (diagram: string) => sharedBuildJson<ScenarioDetail>(scenarioPath(diagram));

/**
 * The page's scenario: the outline it was given until the whole one is in, fetched once the first
 * frame is painted. The outline keeps the rail and a chosen stage's marks working meanwhile; a failure
 * is a notice, and the outline stays.
 */
export function wholeScenario(input: () => { diagram: string; scenario: ScenarioDetail; lang: Lang }) {
	let loaded = $state.raw<{ diagram: string; scenario: ScenarioDetail } | null>(null);
	let failed = $state.raw<string | null>(null);

	$effect(() => {
		const { diagram, scenario } = input();
		if (!scenario.outline) return;
		let live = true;
		const cancel = afterPaint(() =>
			scenarioFile(diagram).then(
				(whole) => live && (loaded = { diagram, scenario: whole }),
				() => live && (failed = diagram)
			)
		);
		return () => {
			live = false;
			cancel();
		};
	});

	const scenario = $derived.by(() => {
		const { diagram, scenario } = input();
		return scenario.outline && loaded?.diagram === diagram ? loaded.scenario : scenario;
	});
	const missing = $derived(!!scenario.outline && failed === input().diagram);
	return {
		get scenario() {
			return scenario;
		},
		/** whether the texts, citations and walkthroughs are in, or will not come */
		get settled() {
			return !scenario.outline || missing;
		},
		get notice() {
			return missing ? t(input().lang, 'scenarioFailed') : null;
		}
	};
}
