import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makeTemplate, templateSlideTitle } from '../../src/lib/export/template-fixture.ts';
import { LANGS } from '../../src/lib/model/schema.ts';
import { downloadOf, openPage, sharedBrowser, visit } from './browser.ts';
import { model } from './model.ts';

const browser = sharedBrowser();

const withPage = (path: string, run: (page: Page) => Promise<void>, viewport?: { width: number; height: number }) =>
	visit(browser(), path, run, { viewport });

const walk = model.walkthroughs.find((w) => w.diagram === 'acm')!;
const acmBodies = model.diagrams.find((d) => d.id === 'acm')!.nodes.map((n) => model.bodies.find((b) => b.id === n.body)!);

describe('export from the page', () => {
	test.each(LANGS)('SVG of the current step holds every body as text and renders in Chromium (%s)', async (lang) => {
		await withPage(`/${lang}/diagram/acm/?walk=${walk.id}&step=2`, async (page) => {
			const { name, bytes } = await downloadOf(page, 'export-svg');
			expect(name).toMatch(new RegExp(`^renkei-acm-${lang}-${walk.stage}-.*step2\\.svg$`));
			const svg = bytes.toString('utf8');
			for (const b of acmBodies) expect(svg).toContain(b.name[lang]);
			// Open it in a real renderer, in place of the page: every body's name is laid out as text.
			await page.setContent(svg);
			const shown = await page.locator('svg text').allTextContents();
			for (const b of acmBodies) expect(shown.join('')).toContain(b.name[lang]);
			const box = await page.locator('svg').boundingBox();
			expect(box!.width).toBeGreaterThan(400);
		});
	});

	test('PNG comes at the chosen scale and background', async () => {
		await withPage('/en/diagram/bpm/', async (page) => {
			await page.getByTestId('png-scale').selectOption('1');
			const one = await downloadOf(page, 'export-png');
			await page.getByTestId('png-scale').selectOption('2');
			await page.getByTestId('png-background').selectOption('transparent');
			const two = await downloadOf(page, 'export-png');
			const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
			expect(one.name).toBe('renkei-bpm-en@1x.png');
			expect(two.name).toBe('renkei-bpm-en@2x.png');
			expect(size(two.bytes).width).toBe(size(one.bytes).width * 2);
			expect(size(two.bytes).height).toBe(size(one.bytes).height * 2);
			// Colour type 6 (RGBA) with a transparent first pixel, against an opaque white one.
			const corner = async (png: Buffer) =>
				page.evaluate(async (b64) => {
					const img = new Image();
					img.src = `data:image/png;base64,${b64}`;
					await img.decode();
					const c = Object.assign(document.createElement('canvas'), { width: 4, height: 4 });
					const ctx = c.getContext('2d')!;
					ctx.drawImage(img, 0, 0);
					return [...ctx.getImageData(0, 0, 1, 1).data];
				}, png.toString('base64'));
			expect(await corner(one.bytes)).toEqual([255, 255, 255, 255]);
			expect((await corner(two.bytes))[3]).toBe(0);
		});
	});

	test('PowerPoint has one slide per walkthrough step, and the stage’s operations table after the first', async () => {
		await withPage(`/ja/diagram/acm/?walk=${walk.id}&step=1`, async (page) => {
			const { name, bytes } = await downloadOf(page, 'export-pptx');
			expect(name.endsWith('.pptx')).toBe(true);
			const { default: JSZip } = await import('jszip');
			const zip = await JSZip.loadAsync(bytes);
			const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
			const operations = model.stages.find((s) => s.id === walk.stage)!.operations;
			expect(slides).toHaveLength(walk.steps.length + (operations.length > 0 ? 1 : 0));
			const first = await zip.file('ppt/slides/slide1.xml')!.async('string');
			for (const b of acmBodies) expect(first).toContain(b.name.ja);
			if (operations.length > 0) {
				const table = await zip.file('ppt/slides/slide2.xml')!.async('string');
				expect(table).toContain('<a:tbl>');
				for (const op of operations) expect(table).toContain(op.area.ja);
			}
		});
	});

	test('PowerPoint goes into a chosen template after the chosen slide, and a template of another size is named', async () => {
		await withPage(`/ja/diagram/acm/?walk=${walk.id}&step=1`, async (page) => {
			const { default: JSZip } = await import('jszip');
			await page.getByTestId('pptx-template').setInputFiles({
				name: 'org.potx',
				mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.template',
				buffer: Buffer.from(await makeTemplate({ potx: true }))
			});
			expect(await page.getByTestId('pptx-template-name').innerText()).toContain('org.potx');
			await page.getByTestId('pptx-after').fill('1');
			const { name, bytes } = await downloadOf(page, 'export-pptx');
			expect(name.endsWith('.pptx')).toBe(true);
			const zip = await JSZip.loadAsync(bytes);
			const text = (path: string) => zip.file(path)!.async('string');
			// The slides in presentation order, by their relationships.
			const rels = new Map([...(await text('ppt/_rels/presentation.xml.rels')).matchAll(/Id="(\w+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], `ppt/${m[2]}`]));
			const order = [...(await text('ppt/presentation.xml')).matchAll(/<p:sldId [^>]*r:id="(\w+)"/g)].map((m) => rels.get(m[1])!);
			const operations = model.stages.find((s) => s.id === walk.stage)!.operations;
			const ours = walk.steps.length + (operations.length > 0 ? 1 : 0);
			expect(order).toHaveLength(3 + ours);
			const titles = await Promise.all(order.map(text));
			expect(titles[0]).toContain(templateSlideTitle(1));
			expect(titles.at(-2)).toContain(templateSlideTitle(2));
			expect(titles.at(-1)).toContain(templateSlideTitle(3));
			for (const b of acmBodies) expect(titles[1]).toContain(b.name.ja);
			expect(titles[1]).toContain('<p:ph type="title"/>');
			expect(await text('[Content_Types].xml')).toContain('presentationml.presentation.main+xml');

			await page.getByTestId('pptx-template').setInputFiles({ name: 'old.pptx', mimeType: 'application/octet-stream', buffer: Buffer.from(await makeTemplate({ size: { cx: 9144000, cy: 6858000 } })) });
			await page.getByTestId('export-pptx').click();
			const message = page.locator('[data-testid="export-menu"] .message');
			await expect.poll(() => message.innerText()).toContain('テンプレート old.pptx');
			expect(await message.innerText()).toContain('10 × 7.5 in');
			await page.getByTestId('pptx-template-clear').click();
			expect(await page.getByTestId('pptx-template-name').count()).toBe(0);
		});
	});

	test('JSON holds the layout and the data of the view', async () => {
		await withPage('/en/diagram/acm/?stage=c2', async (page) => {
			const { bytes } = await downloadOf(page, 'export-json');
			const json = JSON.parse(bytes.toString('utf8'));
			expect(json.request.stage).toBe('c2');
			expect(json.layout.nodes.length).toBe(acmBodies.length);
			expect(Object.keys(json.detail.bodies).sort()).toEqual(acmBodies.map((b) => b.id).sort());
		});
	});
});

describe('embed', () => {
	test('is chrome-less, follows its URL options, and refits when resized', async () => {
		await withPage(
			`/en/embed/acm/?walk=${walk.id}&step=2&controls=0&theme=dark`,
			async (page) => {
				expect(await page.locator('header.top').count()).toBe(0);
				expect(await page.getByTestId('walkthrough').count()).toBe(0);
				expect(await page.locator('.svelte-flow__controls').count()).toBe(0);
				expect(await page.locator('.svelte-flow.dark').count()).toBe(1);
				expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
				const target = walk.steps[1]!.target;
				const id = 'body' in target ? target.body : target.relationship;
				const selector = 'body' in target ? `.svelte-flow__node[data-id="${id}"] [data-mark]` : `.svelte-flow__edge[data-id="${id}"] path.routed-edge`;
				await expect.poll(async () => (await page.locator(selector).getAttribute('data-mark')) ?? (await page.locator(selector).getAttribute('class'))).toContain('focus');
				const zoom = () => page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.svelte-flow__viewport')!.style.transform)?.[1]));
				const before = await zoom();
				await page.setViewportSize({ width: 480, height: 320 });
				await expect.poll(zoom).toBeLessThan(before);
			},
			{ width: 960, height: 600 }
		);
	});

	test('works inside an iframe of another page, with the walkthrough controls', async () => {
		const { page, errors, close } = await openPage(browser(), '/en/');
		try {
			const src = new URL(`/ja/embed/acm/?walk=${walk.id}&step=1`, page.url()).href;
			await page.setContent(`<section class="slide"><iframe src="${src}" width="800" height="500" style="border:0"></iframe></section>`);
			const frame = page.frameLocator('iframe');
			await frame.getByTestId('walkthrough').waitFor();
			await frame.getByTestId('next').click();
			await expect.poll(() => frame.getByTestId('step-counter').innerText()).toContain('2');
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});

	test('Play advances the frame by itself, without adding history, and Pause stops it', async () => {
		await visit(
			browser(),
			`/en/embed/acm/?walk=${walk.id}&step=1`,
			async (page) => {
				const step = () => new URL(page.url()).searchParams.get('step');
				const entries = await page.evaluate(() => history.length);
				await page.getByTestId('walkthrough').waitFor();
				await page.clock.install();
				await page.getByTestId('play').click();
				expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
				await page.clock.runFor(6500);
				await expect.poll(step).toBe('2');
				expect(await page.getByTestId('step-counter').innerText()).toContain('Step 2 of');
				await page.getByTestId('play').click();
				await page.clock.runFor(20_000);
				expect(step()).toBe('2');
				expect(await page.evaluate(() => history.length)).toBe(entries);
			},
			{ viewport: { width: 960, height: 600 }, fresh: true }
		);
	});

	test('the copy-embed button gives an iframe snippet of the current view', async () => {
		// Clipboard permissions are granted to the whole context.
		const { page, errors, close } = await openPage(browser(), `/en/diagram/acm/?stage=c2`, { isolated: true });
		try {
			await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.getByTestId('copy-embed').click();
			const code = await page.evaluate(() => navigator.clipboard.readText());
			expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/en\/embed\/acm\/\?stage=c2" width="960" height="600"/);
			expect(errors).toEqual([]);
		} finally {
			await close();
		}
	});
});

describe('presentation and print', () => {
	test('presentation mode hides the panel, uses large type, and PageDown steps through', async () => {
		await withPage(`/en/diagram/acm/?walk=${walk.id}&step=1`, async (page) => {
			await page.getByTestId('present').click();
			await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1');
			expect(await page.locator('aside.side').isVisible()).toBe(false);
			const size = await page.getByTestId('narration').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(size).toBeGreaterThanOrEqual(20);
			await page.keyboard.press('PageDown');
			await expect.poll(() => page.getByTestId('step-counter').innerText()).toContain('Step 2 of');
			await page.keyboard.press('PageUp');
			await expect.poll(() => page.getByTestId('step-counter').innerText()).toContain('Step 1 of');
			await page.keyboard.press('Escape');
			await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false);
		});
	});

	test('without a walkthrough, PageDown moves through the stages', async () => {
		await withPage(`/ja/diagram/acm/?present=1`, async (page) => {
			await page.keyboard.press('PageDown');
			await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe(model.stages[0]!.id);
			expect(await page.getByTestId('present-stage').innerText()).toContain(model.stages[0]!.name.ja);
			await page.keyboard.press('PageDown');
			await expect.poll(() => new URL(page.url()).searchParams.get('stage')).toBe(model.stages[1]!.id);
		});
	});

	// A4 landscape with 10 mm margins leaves 277 × 190 mm: 1047 × 718 CSS px at 96 per inch.
	const PRINTABLE = { width: 1047, height: 718 };
	const ptPerPx = 0.75;

	test.each(LANGS)('printing gives the diagram on one landscape page, names ≥ 10 pt and text ≥ 7 pt, details after it (%s)', async (lang) => {
		await visit(
			browser(),
			`/${lang}/diagram/acm/`,
			async (page) => {
				await page.emulateMedia({ media: 'print' });
				expect(await page.locator('.svelte-flow').isVisible()).toBe(false);
				const figure = page.locator('.print-figure svg');
				// Names alone, once the title layout has arrived: the printed cards hold no participants.
				await expect.poll(() => figure.getAttribute('data-detail')).toBe('title');
				const seen = await figure.evaluate((svg: SVGSVGElement) => {
					const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
					const sizes = (selector: string) => [...svg.querySelectorAll(selector)].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
					// The diagram: its bodies, links and labels, without the title, legend and source line.
					const drawn = [...svg.querySelectorAll('g.body, g.edge, g.group')].map((g) => g.getBoundingClientRect());
					const width = Math.max(...drawn.map((r) => r.right)) - Math.min(...drawn.map((r) => r.left));
					const height = Math.max(...drawn.map((r) => r.bottom)) - Math.min(...drawn.map((r) => r.top));
					return { titles: sizes('g.body text'), others: sizes('g.edge text, g.group text'), width, height };
				});
				expect(Math.min(...seen.titles) * ptPerPx).toBeGreaterThanOrEqual(10);
				expect(Math.min(...seen.others) * ptPerPx).toBeGreaterThanOrEqual(7);
				expect(Math.max(seen.width / PRINTABLE.width, seen.height / PRINTABLE.height)).toBeGreaterThanOrEqual(0.8);
				expect(await figure.locator('text').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(lang === 'en' ? 'Source:' : '出典')]));
				// What the cards leave out is printed after the diagram, on a page of its own.
				const details = page.locator('.print-details');
				expect(await details.isVisible()).toBe(true);
				expect(await details.locator('h3').count()).toBeGreaterThan(0);
				const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
				expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
			},
			{ viewport: PRINTABLE }
		);
	});

	test('a level the reader chose prints as it is, on one page', async () => {
		await withPage('/en/diagram/bpm/?detail=full', async (page) => {
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.print-figure svg').getAttribute('data-detail')).toBe('full');
			expect(await page.locator('.print-details').count()).toBe(0);
			const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
			expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
		});
	});

});
