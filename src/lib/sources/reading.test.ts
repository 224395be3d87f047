import { describe, expect, it } from 'vitest';
import { passageId } from './passage.ts';
import { compact, findQuote } from './quote.ts';
import { outline, readingBlocks } from './reading.ts';
import { lineOf, lineStarts, sectionFor } from './sections.ts';

const text = ['1 ■ 経緯', '', '日米両国は、同盟関', '係を築いてきた。', '', '（1）設置', 'ACM is', 'used here.', ''].join('\n');
const sections = [
	{ ref: '1', title: '経緯', lines: [[1, 8]] as [number, number][] },
	{ ref: '1(1)', title: '設置', lines: [[6, 8]] as [number, number][] }
];

describe('findQuote', () => {
	it('finds a quote across the printed line breaks and maps it back to the text', () => {
		const [span] = findQuote(compact(text), '同盟関係を築いて');
		expect(text.slice(span!.start, span!.end)).toBe('同盟関\n係を築いて');
	});

	it('finds nothing outside the spans it is limited to', () => {
		expect(findQuote(compact(text), '同盟関係', [{ start: text.indexOf('（1）'), end: text.length }])).toEqual([]);
	});
});

describe('sectionFor', () => {
	const refs = ['1', '1(1)', '10', '3.2(5)', '図表Ⅱ-4-2-2 第Ⅳ章C'].map((ref) => ({ ref }));
	it('takes the longest ref that leads the citation’s', () => {
		expect(sectionFor(refs, '1(1)')?.ref).toBe('1(1)');
		expect(sectionFor(refs, '1(2)')?.ref).toBe('1');
		expect(sectionFor(refs, '3.2(5) 脚注3')?.ref).toBe('3.2(5)');
		expect(sectionFor(refs, '図表Ⅱ-4-2-2 第Ⅳ章C2 作戦構想')?.ref).toBe('図表Ⅱ-4-2-2 第Ⅳ章C');
	});
	it('never reads "1" as the start of "12"', () => {
		expect(sectionFor(refs, '12')).toBeUndefined();
	});
});

describe('readingBlocks', () => {
	const quote = '同盟関係を築いてきた';
	const [span] = findQuote(compact(text), quote);
	const blocks = readingBlocks(text, sections, [{ id: passageId(quote), span: span! }]);

	it('makes a paragraph of each run of lines, joining Japanese without a space and Latin words with one', () => {
		expect(blocks.map((b) => b.pieces.map((p) => p.text).join(''))).toEqual(['1 ■ 経緯', '日米両国は、同盟関係を築いてきた。', '（1）設置ACM is used here.']);
		expect(blocks.map((b) => b.line)).toEqual([1, 3, 6]);
	});

	it('marks section starts and headings', () => {
		expect(blocks.map((b) => [b.sections.length, b.heading])).toEqual([[1, true], [0, false], [1, false]]);
	});

	it('splits out the cited passage with its anchor', () => {
		expect(blocks[1]!.pieces).toEqual([
			{ text: '日米両国は、', passages: [], starts: [] },
			{ text: '同盟関係を築いてきた', passages: [passageId(quote)], starts: [passageId(quote)] },
			{ text: '。', passages: [], starts: [] }
		]);
	});
});

describe('outline', () => {
	it('nests sections by the lines they hold', () => {
		expect(outline(text, sections).map((e) => [e.ref, e.depth])).toEqual([['1', 0], ['1(1)', 1]]);
	});
});

describe('lineOf', () => {
	it('gives the 1-based line of an offset', () => {
		const starts = lineStarts(text);
		expect(lineOf(starts, text.indexOf('係を'))).toBe(4);
	});
});

describe('passageId', () => {
	it('is the same for a quote however it is spaced, and differs between quotes', () => {
		expect(passageId('同盟 関係')).toBe(passageId('同盟関係'));
		expect(passageId('同盟関係')).not.toBe(passageId('同盟調整'));
	});
});
