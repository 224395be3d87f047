import { t } from '../i18n/messages.ts';
import type { Lang } from '../model/schema.ts';
import { OFFLINE_DATA_ID, type OfflineData } from './offline-data.ts';

export interface OfflineParts {
	/** the offline app, one classic script (build/offline/renkei-offline.js) */
	script: string;
	/** its styles, one sheet (build/offline/renkei-offline.css) */
	style: string;
	data: OfflineData;
	lang: Lang;
	title: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Data as JSON the HTML parser cannot end early: with every `<` escaped, no `</script>` or `<!--` in
 * a text can close the element or change how it is parsed. It is read with JSON.parse, never run.
 */
export function jsonForScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The bundle as inline script text. `\x3C` is `<` inside a string, template or regular expression
 * alike, so `</script` and `<!--` (which would end or derail the element) never appear as such.
 */
export function inlineScript(script: string): string {
	return script.replace(/<(?=\/script|!--)/gi, '\\x3C');
}

/** The sheet as inline style text: `\3C` is CSS's escape of `<`, so `</style` cannot end the element. */
export function inlineStyle(style: string): string {
	return style.replace(/<(?=\/style)/gi, '\\3C ');
}

/** A CSP source for inline text: its SHA-256 in base64, computed with the Web Crypto of Node and browsers. */
export async function sha256Source(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/**
 * The policy of the file: its one script by hash and nothing from anywhere, not even the folder it sits
 * in (default-src 'none' covers connect, img, font, frame and object). Styles stay 'unsafe-inline', as
 * on the site, because Svelte Flow positions nodes with style attributes; a hash beside it would
 * switch that off.
 */
export function offlinePolicy(scriptHash: string): string {
	return [`default-src 'none'`, `script-src ${scriptHash}`, `style-src 'unsafe-inline'`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

/** One self-contained HTML file: the app, its styles and its data inline, nothing fetched. */
export async function offlineHtml({ script, style, data, lang, title }: OfflineParts): Promise<string> {
	const code = inlineScript(script);
	const policy = offlinePolicy(await sha256Source(code));
	return [
		'<!doctype html>',
		`<html lang="${lang}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(title)}</title>`,
		`<style>${inlineStyle(style)}</style>`,
		'</head>',
		'<body>',
		`<noscript><p lang="ja">${escapeHtml(t('ja', 'offlineNeedsScript'))}</p><p lang="en">${escapeHtml(t('en', 'offlineNeedsScript'))}</p></noscript>`,
		`<script type="application/json" id="${OFFLINE_DATA_ID}">${jsonForScript(data)}</script>`,
		`<script>${code}</script>`,
		'</body>',
		'</html>',
		''
	].join('\n');
}
