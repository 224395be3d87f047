import type { SceneRequest, SceneSource } from '$lib/scenario/source';
import { joinList, t } from '$lib/i18n/messages';
import { diagramMarks } from '$lib/scenario/marks';
import { stepTargets } from '$lib/scenario/targets';
import { parseScenario } from '$lib/scenario/state';
import { readDate } from './date';
import { compareDates } from '$lib/scenario/dates';
import { rejectedOptions, type ViewOption } from './embed-options';
import { noticeText } from './notices';
import { readSelection } from './selection';
import { absoluteBoxes } from '$lib/layout/geometry';
import { diagramParts } from '$lib/layout/parts';
import { readPart } from './parts';

/**
 * Everything a diagram view derives from its data and its address's parameters: selection, date,
 * stage, walkthrough, step, their notices and the marks to draw. The full page, the embed and the
 * offline file share it; `query` reads the page's search parameters (null while prerendering) or the
 * offline file's fragment. `options` are the view options the page reads, reported when the address
 * gives them a value the page cannot use.
 */
export function diagramView(data: () => SceneSource, query: () => URLSearchParams | null, options: readonly ViewOption[] = ['theme']) {
	const params = $derived(query());
	const lang = $derived(data().layout.lang);
	const selection = $derived(readSelection(params, data().detail.bodies));
	const date = $derived(readDate(params));
	const compareDate = $derived(readDate(params, 'compare-date'));
	// Two dates are compared when both are given; a second date alone is a date to compare with nothing.
	const dates = $derived(
		date.date && compareDate.date ? compareDates(data(), data().layout.edges, date.date, compareDate.date) : null
	);
	const parsed = $derived(parseScenario(params, data().scenario));
	const state = $derived(parsed.state);
	const stage = $derived(data().scenario.stages.find((s) => s.id === state.stage) ?? null);
	const compare = $derived(data().scenario.stages.find((s) => s.id === state.compare) ?? null);
	const walkthrough = $derived(data().scenario.walkthroughs.find((w) => w.id === state.walkthrough) ?? null);
	const step = $derived(walkthrough?.steps[state.step] ?? null);
	// A diagram too big to read whole in a room is shown part by part (?part=N) where it is presented.
	const parts = $derived(diagramParts(data().layout, absoluteBoxes(data().layout)));
	const part = $derived(readPart(params, parts.length));
	const notices = $derived([
		...(selection.notice ? [t(lang, 'unknownBody', { id: selection.notice })] : []),
		...(date.rejected ? [t(lang, 'badDate', { value: date.rejected })] : []),
		...(compareDate.rejected ? [t(lang, 'badCompareDate', { value: compareDate.rejected })] : []),
		...(compareDate.date && !date.date && !date.rejected ? [t(lang, 'compareDateAlone', { value: compareDate.date })] : []),
		...(part.rejected === null ? [] : [t(lang, parts.length ? 'badPart' : 'noParts', { value: part.rejected, count: String(parts.length) })]),
		...parsed.notices.map((n) => noticeText(n, lang)),
		...rejectedOptions(params, options).map((o) => t(lang, 'badOption', { param: o.param, value: o.value, allowed: joinList(o.allowed, lang) }))
	]);
	const marks = $derived(
		diagramMarks(
			{ nodes: data().layout.nodes, edges: data().layout.edges, established: data().established },
			{ selected: selection.id, stage, compare, step: step ? stepTargets(step) : null, date: date.date, dates }
		)
	);
	const request = $derived<SceneRequest>({
		stage: state.stage,
		compare: state.compare,
		walkthrough: state.walkthrough,
		step: state.walkthrough ? state.step : null,
		date: date.date,
		compareDate: dates ? compareDate.date : null
	});

	return {
		get params() {
			return params;
		},
		get selection() {
			return selection;
		},
		get date() {
			return date.date;
		},
		/** what differs between ?date= and ?compare-date=, when both are given */
		get dates() {
			return dates;
		},
		get state() {
			return state;
		},
		get stage() {
			return stage;
		},
		get compare() {
			return compare;
		},
		get walkthrough() {
			return walkthrough;
		},
		/** the parts a presentation shows this diagram in; none when it is legible whole */
		get parts() {
			return parts;
		},
		/** the part shown (1-based), or null for the whole diagram */
		get part() {
			return part.part;
		},
		get notices() {
			return notices;
		},
		get marks() {
			return marks;
		},
		get request() {
			return request;
		}
	};
}
