import { describe, expect, it } from 'vitest';
import { breakLines, textWidth, wrapLines, wrapText, wrapUnits } from './text.ts';

const font = { size: 10, lineHeight: 1.4 };

describe('text estimates', () => {
	it('counts a CJK character as one em and Latin letters as less', () => {
		expect(textWidth('調整', font)).toBe(20);
		expect(textWidth('ab', font)).toBeLessThan(20);
	});

	it('wraps Latin text at word boundaries', () => {
		expect(wrapLines('Joint Committee', font, 1000)).toBe(1);
		expect(wrapLines('Joint Committee', font, textWidth('Committee', font) + 1)).toBe(2);
	});

	it('wraps Japanese between any two characters but never before a closing mark', () => {
		expect(wrapLines('同盟調整グループ', font, 40)).toBe(2);
		// 「、」 stays with the character before it: 外 / 務、 / 省, not 外務 / 、省.
		expect(wrapLines('外務、省', font, 20)).toBe(3);
	});

	it('breaks a word longer than the line', () => {
		expect(wrapLines('Interagency', font, 30)).toBeGreaterThan(1);
	});

	it('breaks where measuring each candidate line afresh with textWidth would', () => {
		// The plain greedy rule the incremental measure must keep to.
		const greedy = (text: string, maxWidth: number) => {
			const lines: string[] = [];
			let current = '';
			for (const unit of wrapUnits(text)) {
				if (!current && !unit.trim() && lines.length > 0) {
					lines[lines.length - 1] += unit;
					continue;
				}
				if (current && textWidth((current + unit).trimEnd(), font) > maxWidth) {
					lines.push(current);
					current = '';
				}
				if (textWidth(unit.trimEnd(), font) <= maxWidth) current += unit;
				else
					for (const ch of unit) {
						if (current && textWidth(current + ch, font) > maxWidth) {
							lines.push(current);
							current = '';
						}
						current += ch;
					}
			}
			return current || lines.length === 0 ? [...lines, current] : lines;
		};
		const text = 'Bilateral  Operations Coordination Center 日米共同調整所\u3000（BOCC）は、平時から Interagency-coordination/of the two governments  ';
		for (let maxWidth = 5; maxWidth < 300; maxWidth += 3.5) expect(breakLines(text, font, maxWidth), `at ${maxWidth}`).toEqual(greedy(text, maxWidth));
	});
});

describe('wrapText', () => {
	it('returns the lines themselves, without trailing spaces', () => {
		const width = textWidth('information exchange,', font) + 1;
		expect(wrapText('Mutual coordination, information exchange, etc.', font, width)).toEqual([
			'Mutual coordination,',
			'information exchange,',
			'etc.'
		]);
	});
});
