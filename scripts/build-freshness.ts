// Whether build/ still reflects its inputs. The e2e setup asks before serving build/, so tests never
// run against a site built from older sources, and a build that `npm test` has just made is reused.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OFFLINE_APP } from '../src/lib/export/offline-data.ts';

/** What `npm run build` reads: the app, its data and assets, and the configuration and dependencies. */
export const BUILD_INPUTS = ['src', 'data', 'static', 'svelte.config.js', 'vite.config.ts', 'vite.offline.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** What each of its two builds writes: the site, then the offline file's app. */
export const BUILD_OUTPUTS = ['index.html', `${OFFLINE_APP.dir}/${OFFLINE_APP.script}`];

// Unit tests live beside the code in src/ but never reach the site.
const notBuilt = (file: string) => /\.test\.ts$/.test(file);

function newest(root: string, entry: string): { file: string; mtime: number } | undefined {
	const path = join(root, entry);
	let stats;
	try {
		stats = statSync(path);
	} catch {
		return undefined;
	}
	if (!stats.isDirectory()) return notBuilt(entry) ? undefined : { file: entry, mtime: stats.mtimeMs };
	let best: { file: string; mtime: number } | undefined;
	for (const child of readdirSync(path)) {
		const found = newest(root, join(entry, child));
		if (found && (!best || found.mtime > best.mtime)) best = found;
	}
	// A folder's own time changes when a file in it is added, removed or renamed.
	if (!best || stats.mtimeMs > best.mtime) best = { file: `${entry}/`, mtime: stats.mtimeMs };
	return best;
}

/** Why `buildDir` must be rebuilt, or undefined when it is newer than every input under `root`. */
export function staleBuildReason(root: string, buildDir = join(root, 'build')): string | undefined {
	// The build is as old as the oldest of its outputs: a site rebuilt without its offline app is stale.
	let built = Infinity;
	for (const output of BUILD_OUTPUTS) {
		try {
			built = Math.min(built, statSync(join(buildDir, output)).mtimeMs);
		} catch {
			return `${join(buildDir, output)} is missing`;
		}
	}
	for (const input of BUILD_INPUTS) {
		const found = newest(root, input);
		if (found && found.mtime > built) return `${found.file} changed after the last build`;
	}
	return undefined;
}
