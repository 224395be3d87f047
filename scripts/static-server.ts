// A local static file server for the built site: the end-to-end tests and the browser benchmarks
// load the same files a static host would serve. `mounts` maps URL prefixes to extra folders.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

export async function serveStatic(root: string, mounts: Record<string, string> = {}): Promise<StaticServer> {
	const handlers = [
		...Object.entries(mounts).map(([prefix, dir]) => ({ prefix, serve: sirv(dir, { dev: false, etag: true }) })),
		{ prefix: '', serve: sirv(root, { single: false, dev: false, etag: true, extensions: ['html'] }) }
	];
	const server = createServer((req, res) => {
		const handler = handlers.find((h) => req.url?.startsWith(h.prefix + '/'))!;
		if (handler.prefix) req.url = req.url!.slice(handler.prefix.length);
		handler.serve(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end(`Not found: ${req.url}`);
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => {
			server.closeAllConnections();
			return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
		}
	};
}
