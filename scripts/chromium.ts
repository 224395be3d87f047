// The system Chromium, launched headless the same way by the end-to-end tests and the benchmarks.
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	// Chromium 156 loads its omnibox popup (chrome://omnibox-popup.top-chrome, a WebUI renderer) for
	// every new browser context: about 1 s of CPU right when a test's or a benchmark's page loads, half
	// of a 2-core machine. A reader's browser loads it once, at start, not with each page.
	'--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
];

const options = (): LaunchOptions => ({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: CHROMIUM_ARGS
});

export function launchChromium(): Promise<Browser> {
	return chromium.launch(options());
}

/** The same browser behind a WebSocket, so that several test workers can share one Chromium. */
export function launchChromiumServer(): Promise<BrowserServer> {
	return chromium.launchServer(options());
}
