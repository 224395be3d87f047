import { describe, expect, it } from 'vitest';
import { breakLines, textWidth, wrapLines, wrapText, wrapUnits } from './text.ts';

const font = { size: 10, lineHeight: 1.4 };

describe('text estimates', () => {
	it('counts a CJK character as one em and Latin letters as less', () => {
		expect(textWidth('調整', font)).toBe(20);
		expect(textWidth('ab', font)).toBeLessThan(20);
	});

	it('gives every code point the width of its class', () => {
		// The classes as patterns, to check the hand-written ranges against.
		const classes: [RegExp, number][] = [
			[/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u, 1],
			[/^ $/, 0.3],
			[/[A-Z]/, 0.7],
			[/[mw]/, 0.9],
			[/[il.,:;'|!()[\]]/, 0.32],
			[/[0-9]/, 0.6],
			[/./su, 0.58]
		];
		const unit = { size: 1, lineHeight: 1 };
		const wrong: string[] = [];
		for (let c = 0; c <= 0x1ffff; c++) {
			const ch = String.fromCodePoint(c);
			const expected = classes.find(([pattern]) => pattern.test(ch))![1];
			if (textWidth(ch, unit) !== expected) wrong.push(c.toString(16));
		}
		expect(wrong).toEqual([]);
	});

	it('keeps kinsoku marks and whitespace where the patterns put them', () => {
		expect(wrapUnits('調整。）グ')).toEqual(['調', '整。）', 'グ']);
		// No-break spaces end a line unmeasured, as trimEnd would drop them.
		expect(breakLines('ab\u00a0\u00a0 cd', font, textWidth('ab', font) + 1)).toEqual(['ab\u00a0\u00a0 ', 'cd']);
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
