// The system Chromium, launched headless the same way by the end-to-end tests and the benchmarks.
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
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
