import { describe, expect, test } from 'vitest';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

const walk = model.walkthroughs[0]!;

describe('Content-Security-Policy', () => {
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
		await visit(browser(), '/en/diagram/acm/?body=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&stage=%3Cscript%3Ealert(2)%3C%2Fscript%3E', async (page) => {
			let dialogs = 0;
			page.on('dialog', async (d) => {
				dialogs++;
				await d.dismiss();
			});
			const notices = await page.getByTestId('notice').allInnerTexts();
			expect(notices.join(' ')).toContain('"><img src=x onerror=alert(1)>');
			expect(notices.join(' ')).toContain('<script>alert(2)</script>');
			expect(await page.locator('img[src="x"]').count()).toBe(0);
			expect(dialogs).toBe(0);
		});
	});
});
