import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScript, jsonForScript, offlineHtml } from './html.ts';
import { OFFLINE_DATA_ID, type OfflineData } from './offline-data.ts';

// Text a walkthrough author could write: markup, a script end tag and a comment opener.
const HOSTILE = '</script><script>alert(1)</script><!--<img src=x onerror=alert(2)>';
const data = { scene: { detail: { title: { ja: HOSTILE, en: 'x' } } }, layouts: {}, start: 'lang=ja' } as unknown as OfflineData;
const script = 'document.body.dataset.ok = "</script>" + `<!--`; const re = /<\\/script>/;';
const style = '.a{color:red}.b::after{content:"</style>"}';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('offlineHtml', async () => {
	const html = await offlineHtml({ script, style, data, lang: 'ja', title: 'ACM <b>&</b> — Renkei' });
	const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];

	it('keeps the data as JSON that no text in it can end, and gives it back unchanged', () => {
		expect(scripts.map((m) => m[1])).toEqual([` type="application/json" id="${OFFLINE_DATA_ID}"`, '']);
		const json = scripts[0]![2]!;
		expect(json).not.toContain("<");
		expect(JSON.parse(json)).toEqual(data);
	});

	it('inlines one script whose hash is the only script source the policy allows', () => {
		const code = scripts[1]![2]!;
		expect(code).not.toMatch(/<\/script|<!--/i);
		// The escaped script means the same: \x3C is < in strings, templates and regular expressions.
		expect(code).toBe(inlineScript(script));
		const run = new Function('document', code);
		const doc = { body: { dataset: {} as Record<string, string> } };
		run(doc);
		expect(doc.body.dataset.ok).toBe('</script><!--');
		const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
		expect(policy).toContain(`script-src ${sha256(code)};`);
		expect(policy).toMatch(/^default-src 'none'; /);
		expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
	});

	it('inlines the style sheet so that it cannot end its element early', () => {
		const sheets = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
		expect(sheets).toHaveLength(1);
		expect(sheets[0]![1]).toContain('.a{color:red}');
		expect(sheets[0]![1]).toContain('content:"\\3C /style>"');
	});

	it('has no event handler attributes and loads nothing from anywhere', () => {
		// The markup around the two scripts' text (the data's own text is checked above).
		const markup = html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
		expect(markup).not.toMatch(/<[^>]+\son\w+\s*=/i);
		expect(markup).not.toMatch(/\s(src|href)\s*=/i);
		expect(markup).not.toMatch(/<(link|iframe|object|embed|base)\b/i);
	});

	it('escapes the title and names the language', () => {
		expect(html).toContain('<title>ACM &lt;b&gt;&amp;&lt;/b&gt; — Renkei</title>');
		expect(html).toMatch(/^<!doctype html>\n<html lang="ja">/);
	});
});

describe('jsonForScript', () => {
	it('escapes every < so that the HTML parser never sees a tag or comment', () => {
		expect(jsonForScript({ a: '<!-- </script>' })).toBe('{"a":"\\u003c!-- \\u003c/script>"}');
	});
});
