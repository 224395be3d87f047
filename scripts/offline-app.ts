// The offline file's app as the build left it (vite.offline.config.ts), for the CLI and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFLINE_APP } from '../src/lib/export/offline-data.ts';

/** The app's script and styles from `buildDir`; a missing build is named with the command that makes it. */
export function readOfflineApp(buildDir = 'build'): { script: string; style: string } {
	const read = (name: string) => {
		const file = join(buildDir, OFFLINE_APP.dir, name);
		try {
			return readFileSync(file, 'utf8');
		} catch {
			throw new Error(`${file} is missing: run \`npm run build\` first (it builds the offline app after the site)`);
		}
	};
	return { script: read(OFFLINE_APP.script), style: read(OFFLINE_APP.style) };
}
