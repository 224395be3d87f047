/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after one visit: the whole static build (about 15 MB) is kept in the browser's cache when the
// worker installs, so a briefer on a closed network keeps every diagram, walkthrough and source.
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `renkei-${version}`;
const IMMUTABLE = new Set([...build, ...files]);

// Whether the last request that needed the network reached it; pages show when they are the copy.
let reachable = true;
function setReachable(next: boolean) {
	if (next === reachable) return;
	reachable = next;
	worker.clients.matchAll().then((clients) => clients.forEach((c) => c.postMessage({ type: 'renkei:network', reachable })));
}
// A page asks when it opens (and when the browser says it is back online): the worker tries the
// network itself, so the answer does not hang on whatever request came last.
worker.addEventListener('message', (event) => {
	if (event.data !== 'renkei:network?') return;
	event.waitUntil(
		fetch(worker.registration.scope, { method: 'HEAD', cache: 'no-store' })
			.then(
				(response) => setReachable(response.ok),
				() => setReachable(false)
			)
			.then(() => event.source?.postMessage({ type: 'renkei:network', reachable }))
	);
});

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...build, ...files, ...prerendered]))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	// A new build replaces the old copy whole, so pages and scripts never mix versions.
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Hashed files never change: the copy is as good as the network, and faster.
			if (IMMUTABLE.has(url.pathname)) {
				const kept = await cache.match(url.pathname);
				if (kept) return kept;
			}
			// Pages and data: the network when there is one, so a new build shows at once; else the copy.
			try {
				const response = await fetch(request);
				setReachable(true);
				// The page without its query is what a link with any query needs offline; one copy of each.
				if (response.ok && response.type === 'basic' && !url.search) cache.put(request, response.clone());
				return response;
			} catch (error) {
				setReachable(false);
				const kept = await cache.match(request, { ignoreSearch: true });
				if (kept) return kept;
				throw error;
			}
		})()
	);
});
