import type { SourceSection } from '../model/schema.ts';
import type { Span } from './quote.ts';

/** Offset where each line starts, so 1-based line ranges become spans of the text. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** 1-based line of an offset. */
export function lineOf(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

export function sectionSpans(section: Pick<SourceSection, 'lines'>, starts: readonly number[], length: number): Span[] {
	return section.lines.map(([from, to]) => ({ start: starts[from - 1] ?? length, end: starts[to] ?? length }));
}

/**
 * The section a citation's ref names: the one whose ref is the longest leading part of it. "3.2(5) 脚注3"
 * and "2(7)イ" fall within "3.2(5)" and "2(7)" unless they have entries of their own; "1" never
 * matches "10".
 */
export function sectionFor<S extends Pick<SourceSection, 'ref'>>(sections: readonly S[], ref: string): S | undefined {
	let best: S | undefined;
	for (const s of sections) {
		if (!ref.startsWith(s.ref)) continue;
		const next = ref.charAt(s.ref.length);
		if (next && /\d/.test(next) && /\d$/.test(s.ref)) continue;
		if (!best || s.ref.length > best.ref.length) best = s;
	}
	return best;
}

/** The narrowest section whose lines hold the whole span, so a citation names the most specific ref. */
export function sectionAt<S extends Pick<SourceSection, 'lines'>>(sections: readonly S[], starts: readonly number[], length: number, span: Span): S | undefined {
	let best: { section: S; size: number } | undefined;
	for (const section of sections) {
		const spans = sectionSpans(section, starts, length);
		if (!spans.some((s) => span.start >= s.start && span.end <= s.end)) continue;
		const size = spans.reduce((n, s) => n + s.end - s.start, 0);
		if (!best || size < best.size) best = { section, size };
	}
	return best?.section;
}
