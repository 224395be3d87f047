import { diagramsShowing, type DiagramLink, type NamedBody } from './catalogue.ts';
import { citer, type ResolvedCitation } from './details.ts';
import { byId, type Model } from './model.ts';
import type { Text } from './schema.ts';
import { compareAtCommonPrecision } from './time.ts';

/** One event as the timeline shows it, every reference resolved. */
export interface TimelineEntry {
	id: string;
	date: string;
	title: Text;
	note?: Text;
	bodies: (NamedBody & { diagrams: DiagramLink[] })[];
	/** diagrams that show at least one of its bodies, each once */
	diagrams: DiagramLink[];
	sources: ResolvedCitation[];
}

export interface TimelineYear<T> {
	year: string;
	events: T[];
}

/** Partial dates in order: "2015" before "2015-04" before "2015-04-27" before "2015-05". */
export function compareDates(a: string, b: string): number {
	return compareAtCommonPrecision(a, b) || a.length - b.length;
}

/** Events in date order, grouped by year; events of the same date keep the data's order. */
export function byYear<T extends { date: string }>(events: readonly T[]): TimelineYear<T>[] {
	const years: TimelineYear<T>[] = [];
	for (const event of [...events].sort((a, b) => compareDates(a.date, b.date))) {
		const year = event.date.slice(0, 4);
		const last = years.at(-1);
		if (last?.year === year) last.events.push(event);
		else years.push({ year, events: [event] });
	}
	return years;
}

export function timelineEntries(model: Model): TimelineEntry[] {
	const bodies = byId(model.bodies);
	const cite = citer(model);
	return model.events.map((e) => {
		const concerned = e.bodies.map((id) => {
			const b = bodies.get(id);
			return { id, name: b?.name ?? { ja: id, en: id }, abbr: b?.abbr, diagrams: diagramsShowing(model, id) };
		});
		return {
			id: e.id,
			date: e.date,
			title: e.title,
			...(e.note && { note: e.note }),
			bodies: concerned,
			diagrams: [...byId(concerned.flatMap((b) => b.diagrams)).values()],
			sources: e.sources.map(cite)
		};
	});
}
