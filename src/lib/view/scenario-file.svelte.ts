import { t } from '$lib/i18n/messages';
import type { Lang } from '$lib/model/schema';
import type { ScenarioDetail } from '$lib/scenario/detail';
import { afterPaint } from './after-paint';
import { buildJson } from './build-file';
import { scenarioPath } from './routes';

// Not state: one request per diagram, shared by the page's load and the page.
const requests = new Map<string, Promise<ScenarioDetail>>();

/** A diagram's whole scenario, from its prerendered file, asked for once (again after a failure). */
export function scenarioFile(diagram: string): Promise<ScenarioDetail> {
	let request = requests.get(diagram);
	if (!request) {
		request = buildJson<ScenarioDetail>(scenarioPath(diagram));
		request.catch(() => requests.delete(diagram));
		requests.set(diagram, request);
	}
	return request;
}

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
	return {
		get scenario() {
			return scenario;
		},
		/** whether the texts, citations and walkthroughs are in, or will not come */
		get settled() {
			return !scenario.outline || failed === input().diagram;
		},
		get notice() {
			return scenario.outline && failed === input().diagram ? t(input().lang, 'scenarioFailed') : null;
		}
	};
}
