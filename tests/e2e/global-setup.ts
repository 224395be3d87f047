// Serves the static build (build/) on a free local port for the e2e project and
// hands its address to the tests as inject('baseURL').
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';

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

	const serve = sirv(buildDir, { single: false, dev: false, etag: true, extensions: ['html'] });
	const server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end(`Not found: ${req.url}`);
		})
	);

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	project.provide('baseURL', `http://127.0.0.1:${port}`);

	return async () => {
		server.closeAllConnections();
		await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
	};
}
