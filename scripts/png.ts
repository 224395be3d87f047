import { chromium } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Rasterize an SVG in headless Chromium at `scale`; the SVG's background (or none) is kept. */
export async function svgToPngInChromium(svg: string, scale: number): Promise<Buffer> {
	const width = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 1000);
	const height = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 800);
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: Math.ceil(width), height: Math.ceil(height) }, deviceScaleFactor: scale });
		await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}</style>${svg}`);
		return await page.locator('svg').first().screenshot({ omitBackground: true });
	} finally {
		await browser.close();
	}
}
