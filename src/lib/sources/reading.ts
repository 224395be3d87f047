import type { SourceSection } from '../model/schema.ts';
import { sectionAnchor } from './passage.ts';
import { lineStarts, sectionSpans } from './sections.ts';
import type { Span } from './quote.ts';

/** A run of a paragraph's text, with the cited passages that cover it. */
export interface Piece {
	text: string;
	passages: string[];
	/** passages that begin here, which links scroll to */
	starts: string[];
}

export interface Block {
	/** 1-based line where the paragraph starts in the project's copy */
	line: number;
	/** anchors of the sections that begin in this paragraph */
	sections: string[];
	/** a paragraph that is only a section's heading line */
	heading: boolean;
	pieces: Piece[];
}

export interface OutlineEntry {
	ref: string;
	title: string;
	anchor: string;
	depth: number;
}

export interface CitedPassage {
	id: string;
	span: Span;
}

const ASCII_WORD = /[A-Za-z0-9]/;
/** characters of a printed line of body text; figure cells and headings are shorter */
const PROSE_LINE = 18;
const SENTENCE_END = /[。．.!?！？」』）)]$/u;

/**
 * The text as paragraphs a person can read: the copies keep the printed page's line breaks, which in
 * Japanese fall mid-word, so a break inside a paragraph is dropped (kept as a space between two Latin
 * words). Cited passages are split out so the reader can mark the one a link points to.
 */
export function readingBlocks(text: string, sections: readonly SourceSection[], passages: readonly CitedPassage[]): Block[] {
	const starts = lineStarts(text);
	const sectionStarts = new Map<number, string[]>();
	for (const s of sections) {
		const first = s.lines[0]![0];
		sectionStarts.set(first, [...(sectionStarts.get(first) ?? []), sectionAnchor(s.ref)]);
	}
	const blocks: Block[] = [];
	let line = 0;
	while (line < starts.length) {
		const lineText = (n: number) => text.slice(starts[n], (starts[n + 1] ?? text.length + 1) - 1);
		if (!lineText(line).trim()) {
			line++;
			continue;
		}
		const first = line;
		for (;;) {
			while (line < starts.length && lineText(line).trim()) line++;
			// The extraction sometimes breaks a paragraph with an empty line mid-sentence: carry on when the
			// last line is a full-width line of prose that does not end a sentence.
			let next = line;
			while (next < starts.length && !lineText(next).trim()) next++;
			const last = lineText(line - 1).trim();
			const continues = next < starts.length && !sectionStarts.has(next + 1) && last.length >= PROSE_LINE && !SENTENCE_END.test(last);
			if (!continues) break;
			line = next;
		}
		const span = { start: starts[first]!, end: Math.min(starts[line] ?? text.length, text.length) };
		const anchors = new Set<string>();
		for (let n = first + 1; n <= line; n++) for (const a of sectionStarts.get(n) ?? []) anchors.add(a);
		blocks.push({
			line: first + 1,
			sections: [...anchors],
			heading: line - first === 1 && sectionStarts.has(first + 1),
			pieces: pieces(text, span, passages)
		});
	}
	return blocks;
}

function pieces(text: string, block: Span, passages: readonly CitedPassage[]): Piece[] {
	const inside = passages.filter((p) => p.span.start < block.end && p.span.end > block.start);
	const cuts = new Set([block.start, block.end]);
	for (const p of inside) {
		cuts.add(Math.max(p.span.start, block.start));
		cuts.add(Math.min(p.span.end, block.end));
	}
	const bounds = [...cuts].sort((a, b) => a - b);
	const out: Piece[] = [];
	for (let i = 0; i + 1 < bounds.length; i++) {
		const [from, to] = [bounds[i]!, bounds[i + 1]!];
		const shown = readable(text, from, to);
		if (!shown) continue;
		out.push({
			text: shown,
			passages: inside.filter((p) => p.span.start <= from && p.span.end >= to).map((p) => p.id),
			starts: inside.filter((p) => p.span.start === from).map((p) => p.id)
		});
	}
	return out;
}

function readable(text: string, from: number, to: number): string {
	let out = '';
	for (let i = from; i < to; i++) {
		const ch = text[i]!;
		if (ch === '\r') continue;
		if (ch === '\n') {
			const before = out.at(-1) ?? text[i - 1] ?? '';
			const after = text[i + 1] ?? '';
			if (i + 1 < text.length && ASCII_WORD.test(before) && ASCII_WORD.test(after)) out += ' ';
		} else out += ch === '\t' ? ' ' : ch;
	}
	return out;
}

/** The sections as a table of contents, nested by which section's lines hold which. */
export function outline(text: string, sections: readonly SourceSection[]): OutlineEntry[] {
	const starts = lineStarts(text);
	const spans = sections.map((s) => sectionSpans(s, starts, text.length));
	const within = (inner: Span[], outer: Span[]) => inner.every((i) => outer.some((o) => i.start >= o.start && i.end <= o.end));
	return sections
		.map((s, i) => ({
			ref: s.ref,
			title: s.title,
			anchor: sectionAnchor(s.ref),
			depth: spans.filter((outer, j) => j !== i && within(spans[i]!, outer) && !(within(outer, spans[i]!) && j > i)).length,
			first: s.lines[0]![0]
		}))
		.sort((a, b) => a.first - b.first)
		.map(({ first: _, ...entry }) => entry);
}
