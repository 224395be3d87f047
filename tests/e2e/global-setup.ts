// Serves the static build (build/) on a free local port for the e2e project and
// hands its address to the tests as inject('baseURL').
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const root = project.config.root;
	const buildDir = join(root, 'build');

	if (!existsSync(join(buildDir, 'index.html'))) {
		const vite = join(root, 'node_modules', '.bin', 'vite');
		const result = spawnSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'inherit' });
		if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
		if (!existsSync(join(buildDir, 'index.html'))) throw new Error(`vite build produced no ${buildDir}/index.html`);
	}

	const server = await serveStatic(buildDir);
	project.provide('baseURL', server.origin);
	return () => server.close();
}
