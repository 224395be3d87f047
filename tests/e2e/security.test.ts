import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

const walk = model.walkthroughs[0]!;

describe('Content-Security-Policy', () => {
	const pages = (dir: string): string[] =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith('.html'))
			.map((f) => join(dir, f));

	test('every prerendered page carries the policy as a meta tag', () => {
		const files = pages('build');
		expect(files.length).toBeGreaterThan(10);
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
			expect(csp, file).toBeDefined();
			const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
			expect(directives.get('default-src'), file).toEqual(["'self'"]);
			expect(directives.get('object-src'), file).toEqual(["'none'"]);
			expect(directives.get('base-uri'), file).toEqual(["'self'"]);
			expect(directives.get('form-action'), file).toEqual(["'self'"]);
			expect(directives.get('img-src'), file).toEqual(["'self'", 'data:', 'blob:']);
			const scripts = directives.get('script-src') ?? [];
			expect(scripts[0], file).toBe("'self'");
			// Only Kit's own inline scripts, by hash: no 'unsafe-inline', no 'unsafe-eval'.
			expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), file).toBe(true);
			// frame-ancestors is ignored in a meta tag, and embeds are meant to be framed.
			expect(directives.has('frame-ancestors'), file).toBe(false);
		}
	});

	test.each([
		['/ja/', 'main'],
		['/en/catalogue/', 'main'],
		['/ja/timeline/', 'main'],
		[`/en/diagram/acm/?walk=${walk.id}&step=2`, '.svelte-flow__node'],
		['/ja/embed/bpm/?theme=dark', '.svelte-flow__node'],
		['/en/preview/', '.svelte-flow__node']
	])('%s carries the policy and breaks none of it', async (path, ready) => {
		await visit(
			browser(),
			path,
			async (page) => {
				const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
				expect(csp).toContain("default-src 'self'");
				expect(csp).toContain("object-src 'none'");
				expect(csp).toMatch(/script-src 'self' 'sha256-/);
				// Chromium reports every violation as a console error, and visit() fails on any.
			},
			{ ready }
		);
	});

	test('exports (blob downloads, PNG from an SVG image) work under the policy', async () => {
		await visit(browser(), '/en/diagram/bpm/', async (page) => {
			const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
			expect(png.suggestedFilename()).toMatch(/\.png$/);
			const [pptx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pptx').click()]);
			expect(pptx.suggestedFilename()).toMatch(/\.pptx$/);
		});
	});

	test('markup in URL parameters is shown as text and never run', async () => {
		const dialogs: string[] = [];
		await visit(
			browser(),
			'/en/diagram/acm/?body=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&stage=%3Cscript%3Ealert(2)%3C%2Fscript%3E',
			async (page) => {
				const notices = await page.getByTestId('notice').allInnerTexts();
				expect(notices.join(' ')).toContain('"><img src=x onerror=alert(1)>');
				expect(notices.join(' ')).toContain('<script>alert(2)</script>');
				expect(await page.locator('img[src="x"]').count()).toBe(0);
				expect(await page.evaluate(() => (window as unknown as { __injected: string[] }).__injected)).toEqual([]);
				expect(dialogs).toEqual([]);
			},
			{
				// Watch from the first byte: markup that ran or was inserted during load and then went away
				// would otherwise go unseen.
				beforeLoad: async (page) => {
					page.on('dialog', (d) => dialogs.push(`${d.type()}: ${d.message()}`));
					await page.addInitScript(() => {
						const injected: string[] = [];
						(window as unknown as { __injected: string[] }).__injected = injected;
						const hostile = (el: Element) =>
							(el.localName === 'script' && /alert\(/.test(el.textContent ?? '')) ||
							(el.localName === 'img' && el.getAttribute('src') === 'x') ||
							[...el.attributes].some((a) => a.name.startsWith('on') && /alert\(/.test(a.value));
						new MutationObserver((records) => {
							for (const record of records) {
								for (const node of record.addedNodes) {
									if (!(node instanceof Element)) continue;
									for (const el of [node, ...node.querySelectorAll('*')]) if (hostile(el)) injected.push(el.outerHTML);
								}
							}
						}).observe(document, { childList: true, subtree: true });
						document.addEventListener('securitypolicyviolation', (e) => injected.push(`CSP: ${e.violatedDirective}`));
					});
				}
			}
		);
	});
});
