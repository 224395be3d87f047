// Serves the static build (build/) on a free local port and starts the one Chromium of the run; the
// tests get their addresses as inject('baseURL') and inject('chromiumEndpoint'). A build older than
// its sources is rebuilt first, so the tests never check yesterday's site; `npm test` builds just
// before, and that build is found fresh.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { staleBuildReason } from '../../scripts/build-freshness.ts';
import { launchChromiumServer } from '../../scripts/chromium.ts';
import { serveStatic } from '../../scripts/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		chromiumEndpoint: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const root = project.config.root;
	const buildDir = join(root, 'build');

	const stale = staleBuildReason(root, buildDir);
	if (stale) {
		console.error(`e2e setup: ${stale}; running npm run build`);
		const vite = join(root, 'node_modules', '.bin', 'vite');
		// npm run build's two steps: the site, then the offline file's app.
		for (const args of [['build'], ['build', '--config', 'vite.offline.config.ts']]) {
			const result = spawnSync(process.execPath, [vite, ...args], { cwd: root, stdio: 'inherit' });
			if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
		}
		const still = staleBuildReason(root, buildDir);
		if (still) throw new Error(`npm run build left a stale build: ${still}`);
	}

	const [server, chromium] = await Promise.all([serveStatic(buildDir), launchChromiumServer()]);
	project.provide('baseURL', server.origin);
	project.provide('chromiumEndpoint', chromium.wsEndpoint());
	return async () => {
		await Promise.all([chromium.close(), server.close()]);
	};
}
