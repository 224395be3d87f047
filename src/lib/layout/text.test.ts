import { describe, expect, it } from 'vitest';
import { textWidth, wrapLines, wrapText } from './text.ts';

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
