/** Offsets [start, end) into a source text. */
export type Span = { start: number; end: number };

/**
 * The text with every space and line break removed, and where each remaining character came from:
 * the copies are extracted from printed pages, so a quoted sentence may be broken anywhere.
 */
export interface Compacted {
	text: string;
	origin: number[];
}

const SPACE = /\s/u;

export function compact(text: string): Compacted {
	let out = '';
	const origin: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (SPACE.test(ch)) continue;
		out += ch;
		origin.push(i);
	}
	return { text: out, origin };
}

export const withoutSpaces = (text: string): string => text.replace(/\s+/gu, '');

/** Every place the quote occurs in `within` (all of the text when omitted), ignoring spaces and line breaks. */
export function findQuote(source: Compacted, quote: string, within?: readonly Span[]): Span[] {
	const needle = withoutSpaces(quote);
	if (!needle) return [];
	const found: Span[] = [];
	for (let at = source.text.indexOf(needle); at >= 0; at = source.text.indexOf(needle, at + 1)) {
		const span = { start: source.origin[at]!, end: source.origin[at + needle.length - 1]! + 1 };
		if (!within || within.some((w) => span.start >= w.start && span.end <= w.end)) found.push(span);
	}
	return found;
}
