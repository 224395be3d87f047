import { describe, expect, it } from 'vitest';
import type { CardShape, CardText } from '$lib/layout/card-picture';
import { cardMarkup } from './card-markup';

const text = (over: Partial<CardText> = {}): CardText => ({
	part: 'title',
	x: 13,
	y: 14.5,
	width: 300,
	align: 'start',
	font: { size: 15, lineHeight: 1.4, bold: true },
	lines: ['同盟調整', 'メカニズム'],
	paint: 'text',
	lang: 'ja',
	...over
});
const shape: CardShape = { part: 'chip', x: 10, y: 20, width: 30, height: 8, radius: 4, paint: 'accent' };

describe('cardMarkup', () => {
	it('writes each shape, then each text with its lines in order, where the picture puts them', () => {
		const markup = cardMarkup({ shapes: [shape], texts: [text(), text({ part: 'item', align: 'middle', font: { size: 12, lineHeight: 1.5 }, lines: ['a'] })] }, 'ja');
		expect(markup).toBe(
			'<span class="shape chip" style="left: 10px; top: 20px; width: 30px; height: 8px; border-radius: 4px; background: var(--accent);"></span>' +
				'<span class="text title" style="left: 13px; top: 14.5px; width: 300px; font-size: 15px; line-height: 21px; font-weight: 700; color: var(--text);">' +
				'<span class="line">同盟調整</span><span class="line">メカニズム</span></span>' +
				'<span class="text item middle" style="left: 13px; top: 14.5px; width: 300px; font-size: 12px; line-height: 18px; font-weight: 400; color: var(--text);">' +
				'<span class="line">a</span></span>'
		);
	});

	it('marks only a text in the other language with its own', () => {
		expect(cardMarkup({ shapes: [], texts: [text({ lang: 'en', lines: ['ACM'] })] }, 'ja')).toContain('<span class="text title" lang="en" style=');
		expect(cardMarkup({ shapes: [], texts: [text({ lang: 'en', lines: ['ACM'] })] }, 'en')).not.toContain('lang=');
	});

	it('writes hostile text as text: no element, attribute or lost character comes out of it', () => {
		const hostile = '<img src=x onerror="alert(1)"> & </span><script>x</script>\r';
		const markup = cardMarkup({ shapes: [], texts: [text({ lines: [hostile] })] }, 'ja');
		expect(markup).not.toMatch(/<img|<script|<\/span><script/);
		expect(markup).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;/span&gt;&lt;script&gt;x&lt;/script&gt;&#13;</span>');
		// Exactly the spans the picture asks for: one text, one line.
		expect(markup.match(/<span/g)).toHaveLength(2);
	});

	it('draws nothing for an empty picture', () => {
		expect(cardMarkup({ shapes: [], texts: [] }, 'en')).toBe('');
	});
});
