// node bench/ab.ts PATH ROUNDS BUILD_A BUILD_B [...]: two or more static builds compared on one
// page, cold loads taking turns (each round starts with the next build), so the machine's drift
// falls on every build alike. Prints, per build, the median and the mean of the middle half of the
// visible and the hydrated-and-fitted moments, with the probe bench/browser.ts uses. A change
// worth a few milliseconds needs 24 rounds or more; the same build given twice shows the noise.
// BODIES and EDGES (environment) give the page's counts: 5 and 3 for the ACM, 6 and 5 for the BPM.
import { launchChromium } from '../scripts/chromium.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { newPage, readyAt } from './page-probe.ts';

const [path, rounds, ...builds] = process.argv.slice(2);
if (!path || !rounds || builds.length < 2) {
	console.error('usage: node bench/ab.ts /ja/diagram/acm/ 24 build-a build-b [build-c …]');
	process.exit(2);
}
const bodies = Number(process.env.BODIES ?? 5);
const edges = Number(process.env.EDGES ?? 3);

const servers = await Promise.all(builds.map((b) => serveStatic(b)));
const browser = await launchChromium();
const times = builds.map(() => ({ visible: [] as number[], scripted: [] as number[] }));
try {
	// The browser's first load pays for its start: left out.
	const warm = await newPage(browser);
	await warm.goto(servers[0]!.origin + path);
	await warm.context().close();
	for (let round = 0; round < Number(rounds); round++) {
		for (let i = 0; i < builds.length; i++) {
			const k = (i + round) % builds.length;
			const checks = [{ name: 'ours', bodies, edges }, { name: 'oursScripted', bodies, edges }] as const;
			const page = await newPage(browser, [...checks]);
			await page.goto(servers[k]!.origin + path, { waitUntil: 'commit' });
			times[k]!.visible.push(await readyAt(page, 'ours'));
			times[k]!.scripted.push(await readyAt(page, 'oursScripted'));
			await page.context().close();
		}
	}
} finally {
	await browser.close();
	await Promise.all(servers.map((s) => s.close()));
}

const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
const median = (a: number[]) => sorted(a)[Math.floor(a.length / 2)]!;
const middleMean = (a: number[]) => {
	const s = sorted(a);
	const q = Math.floor(s.length / 4);
	const middle = s.slice(q, s.length - q);
	return middle.reduce((x, y) => x + y, 0) / middle.length;
};
const width = Math.max(...builds.map((b) => b.length));
console.log(`${path}, ${rounds} rounds; median / mean of the middle half, ms`);
for (const [i, build] of builds.entries()) {
	const { visible, scripted } = times[i]!;
	console.log(
		`${build.padEnd(width)}  visible ${median(visible).toFixed(0)} / ${middleMean(visible).toFixed(1)}  hydrated and fitted ${median(scripted).toFixed(0)} / ${middleMean(scripted).toFixed(1)}`
	);
}
