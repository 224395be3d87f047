/**
 * Text size estimates without a DOM, so layouts can be computed at build time. They err on the wide
 * side: a box sized from them holds its text in any of the fonts the page may fall back to.
 */

export interface Font {
	size: number;
	lineHeight: number;
	bold?: boolean;
}

// Full-width code points: Hangul Jamo, CJK (radicals through Yi), Hangul syllables, compatibility
// ideographs, CJK compatibility forms, and the full-width forms. Ranges compared by hand rather than
// with a Unicode regular expression, whose compilation the page paid for on every first view.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
	[0x1100, 0x115f],
	[0x2e80, 0xa4cf],
	[0xac00, 0xd7a3],
	[0xf900, 0xfaff],
	[0xfe30, 0xfe4f],
	[0xff00, 0xff60],
	[0xffe0, 0xffe6]
];
// Kinsoku: these never begin a line in Japanese typesetting, so they stay with the character before.
const NO_LINE_START = new Set('、。，．・：；？！ー）」』】〕〉》’”ぁぃぅぇぉっゃゅょァィゥェォッャュョ');
const NARROW = new Set("il.,:;'|!()[]");
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function measureChar(ch: string): number {
	const c = ch.codePointAt(0) ?? 0;
	if (WIDE_RANGES.some(([from, to]) => c >= from && c <= to)) return 1;
	if (ch === ' ') return 0.3;
	if (isUpper(c)) return 0.7;
	if (ch === 'm' || ch === 'w') return 0.9;
	if (NARROW.has(ch)) return 0.32;
	if (isDigit(c)) return 0.6;
	return 0.58;
}

// Cards are measured as they are drawn, on the page as in the build: a character's width is looked
// up once, not tested against six patterns at every line break.
const charWidths = new Map<string, number>();

function charWidth(ch: string): number {
	let width = charWidths.get(ch);
	if (width === undefined) charWidths.set(ch, (width = measureChar(ch)));
	return width;
}

const isWide = (ch: string) => charWidth(ch) === 1;
// What String.prototype.trimEnd removes.
const isSpace = (ch: string) => ch === ' ' || ch.trim() === '';

export function textWidth(text: string, font: Font): number {
	let em = 0;
	for (const ch of text) em += charWidth(ch);
	return toPx(em, font);
}

const toPx = (em: number, font: Font) => em * font.size * (font.bold ? 1.07 : 1);

/** Units that wrap as a whole: a Latin word with its trailing space or hyphen, or one CJK character with the closing marks that follow it. */
export function wrapUnits(text: string): string[] {
	const out: string[] = [];
	let word = '';
	for (const ch of text) {
		if (isWide(ch)) {
			if (word) out.push(word);
			word = '';
			if (NO_LINE_START.has(ch) && out.length > 0) out[out.length - 1] += ch;
			else out.push(ch);
		} else {
			word += ch;
			if (ch === ' ' || ch === '-' || ch === '/') {
				out.push(word);
				word = '';
			}
		}
	}
	if (word) out.push(word);
	return out;
}

/**
 * The text broken greedily into lines no wider than `maxWidth`; words longer than a line are split.
 * A line keeps the space it was broken at, so the lines joined give the text back (what a screen
 * reader or a copy reads); its width is measured without it.
 */
export function breakLines(text: string, font: Font, maxWidth: number): string[] {
	const lines: string[] = [];
	let current = '';
	// The line's width so far, kept as characters are added rather than measured afresh for each
	// candidate (which made breaking a long text quadratic).
	let line = NO_RUN;
	const breakLine = () => {
		lines.push(current);
		current = '';
		line = NO_RUN;
	};
	for (const token of wrapUnits(text)) {
		// Spaces after a break stay at the end of the line before, never start the next one.
		if (!current && !token.trim() && lines.length > 0) {
			lines[lines.length - 1] += token;
			continue;
		}
		let next = extend(line, token);
		if (current && toPx(next.trimmed, font) > maxWidth) {
			breakLine();
			next = extend(NO_RUN, token);
		}
		// A word wider than a line on its own is split between characters.
		if (!current && toPx(next.trimmed, font) > maxWidth) {
			for (const ch of token) {
				const grown = extend(line, ch);
				if (current && toPx(grown.em, font) > maxWidth) {
					breakLine();
					line = extend(NO_RUN, ch);
				} else line = grown;
				current += ch;
			}
		} else {
			current += token;
			line = next;
		}
	}
	if (current || lines.length === 0) lines.push(current);
	return lines;
}

/** A run of text's width in em, and without the whitespace at its end (what trimEnd leaves). */
interface Run {
	em: number;
	trimmed: number;
}

const NO_RUN: Run = { em: 0, trimmed: 0 };

/** `run` with `chars` added, their widths summed one by one as textWidth sums them, so both compare alike. */
function extend(run: Run, chars: string): Run {
	let { em, trimmed } = run;
	for (const ch of chars) {
		em += charWidth(ch);
		if (!isSpace(ch)) trimmed = em;
	}
	return { em, trimmed };
}

/** The lines of `breakLines` without their trailing spaces, for pictures that draw each line alone. */
export function wrapText(text: string, font: Font, maxWidth: number): string[] {
	return breakLines(text, font, maxWidth).map((l) => l.trimEnd());
}

export function wrapLines(text: string, font: Font, maxWidth: number): number {
	return wrapText(text, font, maxWidth).length;
}

export function textHeight(text: string, font: Font, maxWidth: number): number {
	return wrapLines(text, font, maxWidth) * font.size * font.lineHeight;
}

/** Baseline of a line of `font` whose line box starts at `top`, as CSS places it for Noto Sans CJK
 * (ascent 1.16 em, descent 0.288 em): the SVG and PowerPoint writers put text where the screen does. */
export function baseline(top: number, font: Font): number {
	return top + (font.size * font.lineHeight) / 2 + font.size * ((1.16 - 0.288) / 2);
}

export const lineBox = (font: Font) => font.size * font.lineHeight;
