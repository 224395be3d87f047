import type { Citation, SourceSection } from '../model/schema.ts';
import { compact, findQuote } from './quote.ts';
import { lineStarts, sectionAt } from './sections.ts';

/**
 * A citation for a passage a reader selected in the source reader: the selection's text as the quote
 * (spaces as shown, which the check ignores) and the narrowest section holding it as the ref. Undefined
 * when the text is not in the document or no section holds it.
 */
export function citationFor(source: { id: string; sections: readonly SourceSection[] }, text: string, selected: string): Citation | undefined {
	const quote = selected.replace(/\s+/gu, ' ').trim();
	if (!quote) return undefined;
	const [span] = findQuote(compact(text), quote);
	if (!span) return undefined;
	const section = sectionAt(source.sections, lineStarts(text), text.length, span);
	return section ? { source: source.id, ref: section.ref, quote } : undefined;
}
