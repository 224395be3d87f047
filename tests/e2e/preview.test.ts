import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { syntheticYaml } from '../../bench/synthetic.ts';
import { sharedBrowser, visit } from './browser.ts';
import { dataFiles, model } from './model.ts';

const browser = sharedBrowser();

describe('checking data files in the browser', () => {
	const canvasNode = (id: string) => `[data-testid="preview-canvas"] .svelte-flow__node[data-id="${id}"]`;
	/** Every node on the canvas with its position, so a layout can be compared with an earlier one. */
	const onScreen = (page: Page) =>
		page
			.locator('[data-testid="preview-canvas"] .svelte-flow__node')
			.evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-id')} ${(n as HTMLElement).style.transform}`).sort());
	const synthetic = { name: 'synthetic.yaml', mimeType: 'text/yaml', buffer: Buffer.from(syntheticYaml(20)) };
	/** The check and layout workers the page starts from now on, counted as they start. */
	const workersStarted = (page: Page) => {
		const started = { check: 0, layout: 0 };
		page.on('worker', (w) => {
			if (w.url().includes('layout.worker')) started.layout++;
			if (w.url().includes('preview-check.worker')) started.check++;
		});
		return started;
	};

	test('shows the prebuilt layout at once, checks the data in a worker, and switches diagrams by URL', async () => {
		await visit(browser(), '/en/preview/', async (page) => {
			await page.getByTestId('data-valid').waitFor();
			expect(await page.getByTestId('data-valid').innerText()).toContain(`${model.bodies.length} bodies`);
			expect(await page.locator(canvasNode('acg')).count()).toBe(1);
			await page.getByTestId('preview-diagram').selectOption('bpm');
			await expect.poll(() => page.locator(canvasNode('sdc')).count()).toBe(1);
			await expect.poll(() => new URL(page.url()).searchParams.get('diagram')).toBe('bpm');
		}, { ready: 'main' });
	});

	test('an added file is validated and its diagram laid out in the worker', async () => {
		await visit(browser(), '/ja/preview/?diagram=synthetic', async (page) => {
			// Until the file is chosen the data has no such diagram, and the page says so once checked.
			await page.getByTestId('data-valid').waitFor();
			await expect.poll(() => page.getByTestId('notice').innerText()).toContain('synthetic');
			await page.getByTestId('data-files').setInputFiles(synthetic);
			await page.locator(canvasNode('b19')).waitFor();
			expect(await page.locator('[data-testid="preview-canvas"] .svelte-flow__node-body').count()).toBe(20);
			expect(await page.getByTestId('data-valid').innerText()).toContain(`機関 ${model.bodies.length + 20}`);
			expect(await page.getByTestId('notice').count()).toBe(0);
		}, { ready: 'main' });
	});

	test('the check and layout workers start when the reader reaches for the file button, and do the file', async () => {
		for (const reach of ['hover', 'focus'] as const) {
			await visit(browser(), '/en/preview/?diagram=synthetic', async (page) => {
				const started = workersStarted(page);
				await page.getByTestId('data-valid').waitFor();
				expect(started).toEqual({ check: 0, layout: 0 });
				await page.getByTestId('data-files')[reach]();
				await expect.poll(() => ({ ...started })).toEqual({ check: 1, layout: 1 });
				await page.getByTestId('data-files').setInputFiles(synthetic);
				await page.locator(canvasNode('b19')).waitFor();
				expect(await page.getByTestId('data-valid').innerText()).toContain(`${model.bodies.length + 20} bodies`);
				// the workers started on reaching did the check and the layout: no others
				expect(started).toEqual({ check: 1, layout: 1 });
				// isolated: the layout it stores would be reused by the next test of this file
			}, { ready: 'main', isolated: true });
		}
	});

	test('the reader’s next file is checked and laid out by the same two workers, their code warm, as a fresh page lays it out', async () => {
		const edited = { ...synthetic, buffer: Buffer.from(syntheticYaml(25, 2)) };
		let kept: string[] = [];
		await visit(browser(), '/en/preview/?diagram=synthetic', async (page) => {
			const started = workersStarted(page);
			await page.getByTestId('data-valid').waitFor();
			await page.getByTestId('data-files').hover();
			await page.getByTestId('data-files').setInputFiles(synthetic);
			await page.locator(canvasNode('b19')).waitFor();
			// An edited file: five bodies more, and other links.
			await page.getByTestId('data-files').hover();
			await page.getByTestId('data-files').setInputFiles(edited);
			await page.locator(canvasNode('b24')).waitFor();
			expect(await page.getByTestId('data-valid').innerText()).toContain(`${model.bodies.length + 25} bodies`);
			expect(started).toEqual({ check: 1, layout: 1 });
			kept = await onScreen(page);
		}, { ready: 'main', isolated: true });
		await visit(browser(), '/en/preview/?diagram=synthetic', async (page) => {
			await page.getByTestId('data-valid').waitFor();
			await page.getByTestId('data-files').setInputFiles(edited);
			await page.locator(canvasNode('b24')).waitFor();
			expect(kept).toHaveLength(25);
			expect(await onScreen(page)).toEqual(kept);
		}, { ready: 'main', isolated: true });
	});

	test('fits a phone: nothing wider than the screen, the diagram menu included', async () => {
		await visit(browser(), '/en/preview/', async (page) => {
			await page.getByTestId('preview-diagram').waitFor();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			const menu = (await page.getByTestId('preview-diagram').boundingBox())!;
			expect(menu.x + menu.width).toBeLessThanOrEqual(390);
		}, { ready: 'main', viewport: { width: 390, height: 844 }, touch: true });
	});

	test('a diagram laid out before in this browser comes back from the stored layout, after a reload too', async () => {
		await visit(browser(), '/en/preview/?diagram=synthetic', async (page) => {
			await page.getByTestId('data-valid').waitFor();
			await page.getByTestId('data-files').setInputFiles(synthetic);
			await page.locator(canvasNode('b19')).waitFor();
			expect(await page.getByTestId('layout-reused').count()).toBe(0);
			const first = await onScreen(page);
			await page.reload();
			await page.getByTestId('data-valid').waitFor();
			await page.getByTestId('data-files').setInputFiles(synthetic);
			const reused = page.getByTestId('layout-reused');
			await reused.waitFor();
			expect(await reused.innerText()).toBe('This diagram was laid out in this browser before, so that layout is shown again at once.');
			expect(await onScreen(page)).toEqual(first);
		}, { ready: 'main' });
	});

	test('a large model is culled, has no minimap, and shows card outlines until zoomed in', async () => {
		const large = { name: 'large.yaml', mimeType: 'text/yaml', buffer: Buffer.from(syntheticYaml(400)) };
		await visit(browser(), '/en/preview/?diagram=synthetic', async (page) => {
			await page.getByTestId('data-valid').waitFor();
			await page.getByTestId('data-files').setInputFiles(large);
			const canvas = page.locator('[data-testid="diagram"][data-diagram="synthetic"]');
			const cards = canvas.locator('[data-testid="body-card"]');
			// Checking and laying out 400 bodies takes seconds, many more on a busy machine.
			await cards.first().waitFor({ timeout: 50_000 });
			expect(await cards.count()).toBeLessThan(400);
			expect(await canvas.locator('.svelte-flow__minimap').count()).toBe(0);
			expect(await cards.locator('.subtitle').count()).toBe(0);

			// The canvas holds only the part around the camera; dragging far brings the bodies beyond it.
			const shownIds = () => canvas.locator('.svelte-flow__node-body').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')!));
			await expect.poll(() => canvas.getAttribute('data-handing')).toBeNull();
			const first = new Set(await shownIds());
			const pane = (await canvas.locator('.svelte-flow__pane').boundingBox())!;
			const inView = () =>
				canvas.locator('.svelte-flow__node-body').evaluateAll(
					(nodes, box) =>
						nodes.filter((n) => {
							const r = n.getBoundingClientRect();
							return r.right > box.x && r.left < box.x + box.width && r.bottom > box.y && r.top < box.y + box.height;
						}).length,
					pane
				);
			const before = await inView();
			for (let i = 0; i < 4; i++) {
				const spot = await page.evaluate(({ x, y, width, height }) => {
					for (let fx = 0.9; fx > 0.5; fx -= 0.05)
						for (let fy = 0.2; fy < 0.9; fy += 0.05)
							if (document.elementFromPoint(x + fx * width, y + fy * height)?.classList.contains('svelte-flow__pane')) return { x: x + fx * width, y: y + fy * height };
					return null;
				}, pane);
				if (!spot) throw new Error('no empty spot on the canvas to drag from');
				await page.mouse.move(spot.x, spot.y);
				await page.mouse.down();
				await page.mouse.move(spot.x - pane.width * 0.4, spot.y, { steps: 8 });
				await page.mouse.up();
			}
			// 1.6 widths along, the view is wholly outside the part first handed over (the view and half its
			// width on each side), and at least half as full as before: a canvas that kept the first part shows
			// only the far ends of its long links there.
			await expect.poll(inView).toBeGreaterThan(before / 2);
			expect((await shownIds()).filter((id) => !first.has(id)).length).toBeGreaterThan(0);
			expect(await cards.count()).toBeLessThan(400);

			// Zoom in on a card, which stays under the pointer, to past 40%.
			const box = (await cards.first().boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
			await expect.poll(() => cards.locator('.subtitle').count()).toBeGreaterThan(0);
		}, { ready: 'main' });
	});

	test('another diagram chosen while a large one is still being handed over is drawn, and the canvas is no longer marked as receiving', async () => {
		const large = { name: 'large.yaml', mimeType: 'text/yaml', buffer: Buffer.from(syntheticYaml(400)) };
		await visit(browser(), '/en/preview/?diagram=synthetic', async (page) => {
			await page.getByTestId('data-valid').waitFor();
			// Chosen from inside the page the moment the canvas is marked, so surely before the last slice.
			const switched = page.evaluate(
				() =>
					new Promise<void>((resolve) => {
						const observer = new MutationObserver(() => {
							if (!document.querySelector('[data-testid="diagram"][data-diagram="synthetic"][data-handing]')) return;
							observer.disconnect();
							const menu = document.querySelector<HTMLSelectElement>('[data-testid="preview-diagram"]')!;
							menu.value = 'acm';
							menu.dispatchEvent(new Event('change', { bubbles: true }));
							resolve();
						});
						observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-handing'] });
					})
			);
			await page.getByTestId('data-files').setInputFiles(large);
			await switched;
			const canvas = page.locator('[data-testid="diagram"][data-diagram="acm"]');
			await canvas.locator('.svelte-flow__node[data-id="acg"]').waitFor();
			await expect.poll(() => canvas.getAttribute('data-handing')).toBeNull();
		}, { ready: 'main' });
	});

	test('a malformed file gets every problem with its file and path, and the last good layout stays', async () => {
		await visit(browser(), '/ja/preview/', async (page) => {
			await page.getByTestId('data-valid').waitFor();
			const good = await onScreen(page);
			expect(good.map((n) => n.split(' ')[0])).toContain('acg');
			const broken = 'bodies:\n  - id: acg\n    name: { ja: 重複 }\n    participants: [{ side: jp, org: nobody }]\n';
			await page.getByTestId('data-files').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
			const errors = page.getByTestId('data-errors');
			await errors.waitFor();
			const text = await errors.innerText();
			expect(text).toContain('data/broken.yaml:3:11: bodies[0].name.en: missing English translation ("en")');
			expect(text).toContain('missing source');
			// The record with a missing translation still has its references checked.
			expect(text).toContain('data/broken.yaml:4:37: bodies[0].participants[0].org: unknown organization "nobody"');
			expect(await onScreen(page)).toEqual(good);
		}, { ready: 'main' });
	});

	test('an edited copy of a built-in file under another name replaces it, and the page says so', async () => {
		await visit(browser(), '/en/preview/', async (page) => {
			await page.getByTestId('data-valid').waitFor();
			const acm = dataFiles.find((f) => f.name === 'data/acm.yaml')!;
			await page.getByTestId('data-files').setInputFiles({ name: 'acm-copy.yaml', mimeType: 'text/yaml', buffer: Buffer.from(acm.text) });
			await expect.poll(() => page.getByTestId('own-files').innerText()).toBe(
				'Your files: data/acm-copy.yaml. data/acm-copy.yaml replaces the built-in data/acm.yaml.'
			);
			// Checked as a replacement: no duplicate ids, the same number of bodies.
			await page.getByTestId('data-valid').waitFor();
			expect(await page.getByTestId('data-valid').innerText()).toContain(`${model.bodies.length} bodies`);
		}, { ready: 'main' });
	});

	test('a relayout past its deadline is stopped with a notice, and the prebuilt layout stays', async () => {
		await visit(browser(), '/en/preview/?deadline=1', async (page) => {
			await page.getByTestId('data-valid').waitFor();
			const prebuilt = await onScreen(page);
			// An edited ACM file (same content) makes the page lay the ACM out again, in the worker.
			const acm = dataFiles.find((f) => f.name === 'data/acm.yaml')!;
			await page.getByTestId('data-files').setInputFiles({ name: 'acm.yaml', mimeType: 'text/yaml', buffer: Buffer.from(acm.text) });
			const notice = page.getByTestId('notice');
			await notice.waitFor();
			expect(await notice.innerText()).toBe(
				'The layout did not finish within 1 ms and was stopped; the prebuilt layout of the built-in data is shown.'
			);
			expect(await page.locator(canvasNode('acg')).isVisible()).toBe(true);
			expect(await onScreen(page)).toEqual(prebuilt);
			expect(await page.getByTestId('data-valid').isVisible()).toBe(true);
		}, { ready: 'main' });
	});
});
