import { describe, expect, test } from 'vitest';
import { sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

describe('checking data files in the browser', () => {
	test('lays the built-in data out in a worker and switches diagrams', async () => {
		await visit(browser(), '/en/preview/', async (page) => {
			expect(await page.getByTestId('data-valid').innerText()).toContain(`${model.bodies.length} bodies`);
			await page.locator('[data-testid="preview-canvas"] .svelte-flow__node').first().waitFor();
			await page.getByTestId('preview-diagram').selectOption('bpm');
			await expect.poll(() => page.locator('[data-testid="preview-canvas"] .svelte-flow__node[data-id="sdc"]').count()).toBe(1);
		}, { ready: 'main' });
	});

	test('a malformed file gets every problem with its file and path, and the last good layout stays', async () => {
		await visit(browser(), '/ja/preview/', async (page) => {
			await page.locator('[data-testid="preview-canvas"] .svelte-flow__node').first().waitFor();
			const broken = 'bodies:\n  - id: acg\n    name: { ja: 重複 }\n    participants: [{ side: jp, org: nobody }]\n';
			await page.getByTestId('data-files').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
			const errors = page.getByTestId('data-errors');
			await errors.waitFor();
			const text = await errors.innerText();
			expect(text).toContain('data/broken.yaml:3: bodies[0].name.en: missing English translation ("en")');
			expect(text).toContain('missing source');
			expect(await page.locator('[data-testid="preview-canvas"] .svelte-flow__node').count()).toBeGreaterThan(0);
		}, { ready: 'main' });
	});

	test('a layout past its deadline is stopped with a notice, and the page stays usable', async () => {
		await visit(browser(), '/en/preview/?deadline=1', async (page) => {
			const notice = page.getByTestId('notice');
			await notice.waitFor();
			expect(await notice.innerText()).toContain('did not finish within 1 ms');
			expect(await page.getByTestId('data-valid').isVisible()).toBe(true);
		}, { ready: 'main', waitUntil: 'load' });
	});
});
