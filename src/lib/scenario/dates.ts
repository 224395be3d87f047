import type { ResolvedCitation } from '../model/details.ts';
import { compareAtCommonPrecision, existsOn, within } from '../model/time.ts';
import type { Text } from '../model/schema.ts';

/** What a diagram's data records over time: founding dates, dated changes and the events about its bodies. */
export interface DiagramHistory {
	established: Readonly<Record<string, string>>;
	changes: readonly { body: string; date: string; what: Text; sources: ResolvedCitation[] }[];
	events: readonly { id: string; date: string; title: Text; bodies: readonly string[]; sources: ResolvedCitation[] }[];
}

type Edge = { id: string; source: string; target: string };

export interface DateComparison {
	earlier: string;
	later: string;
	/** bodies that exist at the later date and not at the earlier one */
	added: string[];
	/** links with an end that exists only at the later date */
	addedLinks: string[];
	/** dated changes to bodies that exist at both dates, in date order */
	changed: DiagramHistory['changes'][number][];
	/** events between the two dates about a body on this diagram, in date order, which the change list cites */
	events: DiagramHistory['events'][number][];
}

/**
 * Two moments of one diagram, the earlier first whichever way they are given. The data records when
 * bodies were set up and changed, never that one ended, so what differs is what was added or changed.
 */
export function compareDates(history: DiagramHistory, edges: readonly Edge[], a: string, b: string): DateComparison {
	const [earlier, later] = compareAtCommonPrecision(a, b) <= 0 ? [a, b] : [b, a];
	const exists = (id: string, date: string) => existsOn({ established: history.established[id] }, date);
	const added = Object.keys(history.established).filter((id) => !exists(id, earlier) && exists(id, later));
	const isAdded = new Set(added);
	const byDate = <T extends { date: string }>(items: readonly T[]) => [...items].sort((x, y) => compareAtCommonPrecision(x.date, y.date));
	return {
		earlier,
		later,
		added,
		addedLinks: edges.filter((e) => isAdded.has(e.source) || isAdded.has(e.target)).map((e) => e.id),
		changed: byDate(history.changes.filter((c) => !isAdded.has(c.body) && exists(c.body, earlier) && within(c.date, earlier, later))),
		events: byDate(history.events.filter((e) => within(e.date, earlier, later)))
	};
}

/** The events of a comparison about one body: the citations its line in the change list gives. */
export const eventsAbout = (comparison: DateComparison, body: string) => comparison.events.filter((e) => e.bodies.includes(body));
