// URL fuzzing: hundreds of random and malicious URL parameters on every kind of page. The generator
// is seeded, so a failure names the URL that broke and the same seed reproduces it. The full runs are
// `npm run test:fuzz` (tests/fuzz/); npm test tries a small sample (robustness.test.ts).
import type { Browser, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { LANGS, PartialDate, type Lang } from '../../src/lib/model/schema.ts';
import { seededRandom } from '../../scripts/seeded-random.ts';
import { HYDRATED } from './browser.ts';
import { model } from './model.ts';

export const XSS_IMG = '"><img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '<script>alert(2)</script>';

/** Values as a reader's browser would decode them; they are percent-encoded into the URL. */
const HOSTILE: readonly string[] = [
	XSS_SCRIPT,
	XSS_IMG,
	"'><svg/onload=alert(3)>",
	'javascript:alert(4)',
	'<b>bold</b><iframe srcdoc="<script>alert(5)</script>">',
	'{{constructor.constructor("alert(6)")()}}',
	'${alert(7)}',
	'</title><script>alert(8)</script>',
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'prototype',
	'',
	' ',
	'\t\n',
	'\u0000',
	'a\u0000b',
	'\u0001\u0002\u001f',
	'\u202Eevil\u202C',
	'\u200B\u200D\uFEFF',
	'مرحبا بالعالم',
	'שלום',
	'e\u0301\u0301\u0301\u0301',
	'😀👨‍👩‍👧‍👦',
	'ｓｃｃ',
	'同盟調整グループ',
	'\uFFFD\uFFFF',
	'1e309',
	'-1e309',
	'-0',
	'0',
	'-1',
	'NaN',
	'Infinity',
	'9007199254740993',
	'1.5',
	'0x10',
	'+3',
	'3abc',
	'٣',
	'３',
	'2015-13',
	'2015-02-30',
	'0000',
	'-2015',
	'20151',
	'2015-1',
	'9999-12-31',
	'../../etc/passwd',
	'%00',
	'%25',
	'true',
	'null',
	'undefined',
	'[object Object]'
];

/** Pieces inserted into the query as they are: broken escapes, raw NUL, invalid UTF-8. */
const RAW: readonly string[] = ['%00', '%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF%FE', '+', '%2B%2B', '%0A%0D', '%u003c'];

const PARAMS = ['body', 'stage', 'walk', 'step', 'compare', 'date', 'present', 'controls', 'theme', 'fit', 'q', 'sort', 'dir', 'view'] as const;

const KNOWN: Record<string, readonly string[]> = {
	body: model.bodies.map((b) => b.id),
	stage: model.stages.map((s) => s.id),
	compare: model.stages.map((s) => s.id),
	walk: model.walkthroughs.map((w) => w.id),
	step: ['1', '2', '3', '99', '0'],
	date: ['1960', '2015-11', '2015-04-27', '1990'],
	present: ['1', '0'],
	controls: ['0', '1', 'true', 'off'],
	theme: ['light', 'dark', 'mono'],
	fit: ['0', '1'],
	q: ['SCC', '調整', 'acg'],
	sort: ['name', 'mechanism', 'level', 'established'],
	dir: ['asc', 'desc'],
	view: ['all', 'fig-2-4-2-6'],
	mechanism: ['acm', 'bpm'],
	who: ['外務省', 'MOFA'],
	side: ['jp', 'us'],
	diagram: model.diagrams.map((d) => d.id),
	deadline: ['1', '250', '15000', '0', '-1', '1e12']
};

export type Rng = ReturnType<typeof seededRandom>;

function randomText(r: Rng, length: number): string {
	const ranges = [
		[0x20, 0x7e],
		[0x3040, 0x30ff],
		[0x4e00, 0x4fff],
		[0x0590, 0x06ff],
		[0x0300, 0x036f],
		[0x2000, 0x206f],
		[0x1f600, 0x1f64f]
	] as const;
	let out = '';
	while (out.length < length) {
		const [lo, hi] = r.pick(ranges);
		out += String.fromCodePoint(lo + r.int(hi - lo + 1));
	}
	return out;
}

/** One value for a parameter, already encoded for the query string. */
function encodedValue(r: Rng, key: string, long: { used: boolean }): string {
	const roll = r.next();
	if (roll < 0.2 && KNOWN[key]) return encodeURIComponent(r.pick(KNOWN[key]!));
	if (roll < 0.6) return encodeURIComponent(r.pick(HOSTILE));
	if (roll < 0.72) return r.pick(RAW);
	if (roll < 0.8 && !long.used) {
		// One very long value per URL: 10,000 characters, under the 16 KB request line Node accepts.
		long.used = true;
		return encodeURIComponent(r.next() < 0.5 ? 'A'.repeat(10_000) : `${XSS_IMG}${'x'.repeat(9_970)}`);
	}
	if (roll < 0.9) return encodeURIComponent(randomText(r, 1 + r.int(60)));
	// a known value with hostile garnish
	return encodeURIComponent(`${r.pick(KNOWN[key] ?? ['x'])}${r.pick(HOSTILE)}`);
}

function randomQuery(r: Rng, keys: readonly string[]): string {
	const parts: string[] = [];
	const long = { used: false };
	const count = 1 + r.int(6);
	for (let i = 0; i < count; i++) {
		const roll = r.next();
		const key = roll < 0.85 ? r.pick(keys) : r.pick([...PARAMS, 'mechanism', 'who', 'side', 'deadline']);
		if (roll > 0.97) parts.push(encodeURIComponent(key)); // a key without "="
		else parts.push(`${encodeURIComponent(key)}=${encodedValue(r, key, long)}`);
		// a duplicate of the same parameter, which the page must resolve one way or the other
		if (r.next() < 0.15) parts.push(`${key}=${encodedValue(r, key, long)}`);
	}
	if (r.next() < 0.05) parts.push('', '=', '&=x', 'b%6Fdy=%3Cscript%3E');
	return parts.join('&');
}

const DIAGRAM_KEYS = ['body', 'stage', 'walk', 'step', 'compare', 'date', 'present', 'theme'];
const EMBED_KEYS = ['stage', 'walk', 'step', 'date', 'controls', 'theme', 'fit', 'compare'];
const CATALOGUE_KEYS = ['q', 'sort', 'dir', 'view', 'mechanism', 'who', 'side', 'theme'];
const TIMELINE_KEYS = ['date', 'theme', 'q', 'body', 'view'];
const PREVIEW_KEYS = ['diagram', 'deadline', 'theme'];

const THEMES = ['light', 'dark', 'mono', 'print', 'monochrome'];
const FLAGS = ['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'];

/** The notices a URL must show: values the data has no record of, for body, stage, walk and date, and view options it cannot use. */
export function expectedNotices(search: string, kind: PageKind): string[] {
	const params = new URLSearchParams(search);
	const unknown = (key: string, known: readonly string[]) => {
		const value = params.get(key)?.trim();
		return value && !known.includes(value) ? [key] : [];
	};
	const option = (key: string, known: readonly string[]) => {
		const value = params.get(key)?.trim().toLowerCase();
		return value && !known.includes(value) ? [key] : [];
	};
	if (kind === 'preview') return unknown('diagram', KNOWN.diagram!);
	const date = params.get('date')?.trim();
	return [
		...(kind === 'diagram' ? unknown('body', KNOWN.body!) : []),
		...unknown('stage', KNOWN.stage!),
		...unknown('walk', KNOWN.walk!),
		...(date && !PartialDate.safeParse(date).success ? ['date'] : []),
		...option('theme', THEMES),
		...(kind === 'embed' ? [...option('controls', FLAGS), ...option('fit', FLAGS)] : [])
	];
}

export type PageKind = 'diagram' | 'embed' | 'catalogue' | 'timeline' | 'preview';
export const DRAWN: readonly PageKind[] = ['diagram', 'embed', 'preview'];

export interface FuzzUrl {
	path: string;
	kind: PageKind;
	lang: Lang;
}

interface Failure {
	url: string;
	problem: string;
}

/**
 * One page, navigated from URL to URL with page.goto: errors, dialogs and CSP violations are recorded
 * against the URL being checked, and each URL is checked once the app has hydrated.
 */
export async function fuzzPage(browser: Browser, urls: readonly FuzzUrl[]): Promise<{ failures: Failure[]; notices: number }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	let current = '(none)';
	const failures: Failure[] = [];
	const fail = (problem: string) => failures.push({ url: current, problem });
	page.on('pageerror', (error) => fail(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') fail(`console.error: ${message.text()}`);
	});
	page.on('dialog', async (dialog) => {
		fail(`dialog ${dialog.type()}: ${dialog.message()}`);
		await dialog.dismiss();
	});
	await watchPolicy(page, fail);
	let notices = 0;
	const base = inject('baseURL');
	try {
		for (const { path, kind, lang } of urls) {
			current = path;
			const response = await page.goto(new URL(path, base).href, { waitUntil: 'load' });
			if (!response?.ok()) {
				fail(`HTTP ${response?.status()}`);
				continue;
			}
			// The prerendered HTML carries the default view; the URL is read once the app has hydrated.
			const hydrated = await page
				.locator(HYDRATED)
				.waitFor({ state: 'attached', timeout: 10_000 })
				.then(() => true, () => false);
			if (!hydrated) {
				fail('the page never hydrated');
				continue;
			}
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			const htmlLang = await page.evaluate(() => document.documentElement.lang);
			if (htmlLang !== lang) fail(`<html lang="${htmlLang}">`);
			const main = page.locator('main').first();
			if (!(await main.isVisible())) fail('no visible <main>');
			else if (!(await main.innerText()).trim()) fail('<main> has no text');
			// The data-check page validates in a worker; its notices come once that has answered.
			if (kind === 'preview') await page.getByTestId('data-valid').waitFor({ timeout: 10_000 }).catch(() => fail('the data check never answered'));
			if (DRAWN.includes(kind)) {
				const node = page.locator('.svelte-flow__node').first();
				if (!(await node.isVisible())) fail('no visible diagram node');
			}
			const injected = await page.evaluate(() => ({
				img: document.querySelectorAll('img[src="x"], iframe[srcdoc], svg[onload], [onerror], [onload]').length,
				bold: [...document.querySelectorAll('b')].filter((b) => b.textContent === 'bold').length,
				scripts: [...document.scripts].filter((s) => /alert\(/.test(s.textContent ?? '')).length,
				jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length
			}));
			for (const [what, count] of Object.entries(injected)) if (count > 0) fail(`injected markup became ${what} (${count})`);
			const expected = expectedNotices(new URL(path, base).search, kind);
			if (expected.length > 0 && DRAWN.includes(kind)) {
				const notice = page.getByTestId('notice').first();
				if (!(await notice.isVisible())) fail(`no notice for unknown ${expected.join(', ')}`);
				else notices++;
			}
		}
	} finally {
		await context.close();
	}
	return { failures, notices };
}

/** Violations reach the test at once, whichever document raised them. */
async function watchPolicy(page: Page, fail: (problem: string) => void) {
	await page.exposeFunction('__reportViolation', (text: string) => fail(`CSP violation: ${text}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
				`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			);
		});
	});
}

function urlsFor(seed: number, count: number, make: (r: Rng) => FuzzUrl) {
	const r = seededRandom(seed);
	return Array.from({ length: count }, () => make(r));
}

export const report = (failures: Failure[]) => failures.map((f) => `${f.url.slice(0, 300)}\n    ${f.problem}`);

const DIAGRAMS = ['acm', 'bpm'] as const;

/** Random URLs of each kind of page. */
export const RANDOM: Record<'diagram' | 'embed' | 'listing' | 'preview', (r: Rng) => FuzzUrl> = {
	diagram: (r) => {
		const lang = r.pick(LANGS);
		return { path: `/${lang}/diagram/${r.pick(DIAGRAMS)}/?${randomQuery(r, DIAGRAM_KEYS)}`, kind: 'diagram', lang };
	},
	embed: (r) => {
		const lang = r.pick(LANGS);
		return { path: `/${lang}/embed/acm/?${randomQuery(r, EMBED_KEYS)}`, kind: 'embed', lang };
	},
	listing: (r) => {
		const lang = r.pick(LANGS);
		return r.next() < 0.6
			? { path: `/${lang}/catalogue/?${randomQuery(r, CATALOGUE_KEYS)}`, kind: 'catalogue', lang }
			: { path: `/${lang}/timeline/?${randomQuery(r, TIMELINE_KEYS)}`, kind: 'timeline', lang };
	},
	preview: (r) => {
		const lang = r.pick(LANGS);
		return { path: `/${lang}/preview/?${randomQuery(r, PREVIEW_KEYS)}`, kind: 'preview', lang };
	}
};

export interface FuzzRun {
	name: string;
	seed: number;
	count: number;
	make: (r: Rng) => FuzzUrl;
	/** more URLs than this must call for a notice, so the run exercises them */
	notices?: number;
}

const callsForNotice = (urls: readonly FuzzUrl[]) =>
	urls.filter((u) => DRAWN.includes(u.kind) && expectedNotices(new URL(u.path, 'http://localhost').search, u.kind).length > 0).length;

/**
 * The tests of one seeded run: its URLs in chunks of `chunk`, each on one page and in a test of its
 * own (so a timeout names a short list), every notice the URLs call for shown.
 */
export function fuzzRun(browser: () => Browser, { name, seed, count, make, notices }: FuzzRun, chunk = 20) {
	const urls = urlsFor(seed, count, make);
	if (notices !== undefined) {
		test(`${name} (seed ${seed}): more than ${notices} of the ${count} URLs call for a notice`, () => {
			expect(callsForNotice(urls)).toBeGreaterThan(notices);
		});
	}
	for (let from = 0; from < count; from += chunk) {
		const part = urls.slice(from, from + chunk);
		test(`${name} (seed ${seed}, URLs ${from + 1}–${from + part.length})`, async () => {
			const result = await fuzzPage(browser(), part);
			expect(report(result.failures)).toEqual([]);
			expect(result.notices).toBe(callsForNotice(part));
		});
	}
}
