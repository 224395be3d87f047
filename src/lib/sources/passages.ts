import type { Model } from '../model/model.ts';
import type { Source } from '../model/schema.ts';
import { citationsIn } from './citers.ts';
import { passageId } from './passage.ts';
import { compact, findQuote } from './quote.ts';
import type { CitedPassage } from './reading.ts';
import { lineStarts, sectionFor, sectionSpans } from './sections.ts';

/**
 * Where each passage the data quotes from this source stands: inside the section its ref names, or
 * anywhere in the text when the ref names none (check:data reports that case).
 */
export function citedPassages(model: Model, source: Source, text: string): CitedPassage[] {
	const compacted = compact(text);
	const starts = lineStarts(text);
	const found = new Map<string, CitedPassage>();
	const records = [model.organizations, model.bodies, model.relationships, model.diagrams, model.tables, model.stages, model.walkthroughs, model.events];
	for (const c of records.flatMap((r) => citationsIn(r))) {
		if (c.source !== source.id || !c.quote) continue;
		const id = passageId(c.quote);
		if (found.has(id)) continue;
		const section = sectionFor(source.sections, c.ref);
		const span = (section && findQuote(compacted, c.quote, sectionSpans(section, starts, text.length))[0]) ?? findQuote(compacted, c.quote)[0];
		if (span) found.set(id, { id, span });
	}
	return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}
