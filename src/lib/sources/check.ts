import type { DataError } from '../model/errors.ts';
import { forEachCitation } from '../model/references.ts';
import type { ParsedFile } from '../model/parse.ts';
import type { Citation, DataFile, Source } from '../model/schema.ts';
import { compact, findQuote, type Compacted } from './quote.ts';
import { lineOf, lineStarts, sectionFor, sectionSpans } from './sections.ts';

export interface SourceText {
	source: Source;
	/** undefined when sources/ has no copy of the file */
	text?: string;
}

type Located = { name: string; content: DataFile };

/**
 * Every quote must stand in its document, inside the section or figure its ref names, ignoring spaces
 * and line breaks (the copies keep the printed page's breaks). Errors point at the citation.
 */
export function checkQuotes(files: readonly Located[], texts: readonly SourceText[]): DataError[] {
	const errors: DataError[] = [];
	const prepared = new Map(
		texts.map(({ source, text }) => [source.id, text === undefined ? undefined : { source, text, compacted: compact(text), starts: lineStarts(text) }])
	);
	for (const { name, content } of files) {
		content.sources.forEach((s, i) => {
			const doc = prepared.get(s.id);
			if (!doc) {
				errors.push({ file: name, path: ['sources', i, 'file'], message: `no copy of "${s.file}" in sources/` });
				return;
			}
			s.sections.forEach((section, j) =>
				section.lines.forEach(([, to], k) => {
					if (to > doc.starts.length)
						errors.push({ file: name, path: ['sources', i, 'sections', j, 'lines', k], message: `line ${to} is past the end of ${s.file} (${doc.starts.length} lines)` });
				})
			);
		});
		forEachCitation(content, (path, c) => {
			const doc = prepared.get(c.source);
			if (!doc || !c.quote) return;
			const message = quoteProblem(doc, c);
			if (message) errors.push({ file: name, path: [...path, 'quote'], message });
		});
	}
	return errors;
}

function quoteProblem(doc: { source: Source; text: string; compacted: Compacted; starts: number[] }, c: Citation): string | undefined {
	const quote = c.quote!;
	const short = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
	const anywhere = findQuote(doc.compacted, quote);
	if (anywhere.length === 0) return `quote not found in ${doc.source.file}: 「${short}」`;
	if (doc.source.sections.length === 0) return undefined;
	const section = sectionFor(doc.source.sections, c.ref);
	if (!section) return `ref "${c.ref}" names no section of ${doc.source.file} (see its sections in data/sources.yaml)`;
	if (findQuote(doc.compacted, quote, sectionSpans(section, doc.starts, doc.text.length)).length > 0) return undefined;
	const lines = anywhere.map((s) => lineOf(doc.starts, s.start)).join(', ');
	return `quote is not in ${section.ref} (lines ${section.lines.map(([a, b]) => `${a}–${b}`).join(', ')}) but at line ${lines} of ${doc.source.file}: 「${short}」`;
}


/**
 * The quote check for parsed data files, each error placed at its line: `read` gives a source file's
 * text from sources/ (from disk in scripts, bundled in the build), undefined when there is none.
 */
export function quoteErrors(files: readonly ParsedFile[], read: (file: string) => string | undefined): DataError[] {
	const sources = files.flatMap((f) => f.content.sources.filter(Boolean));
	const texts = sources.map((source) => ({ source, text: read(source.file) }));
	const byName = new Map(files.map((f) => [f.name, f]));
	return checkQuotes(files, texts).map((e) => ({ ...e, ...byName.get(e.file)?.locate(e.path) }));
}
