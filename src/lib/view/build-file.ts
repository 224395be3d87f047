import { href } from './href';
import type { AppPath } from './routes';

/** A JSON file of the static build (a prerendered layout, the search index); a failure names its status and path. */
export async function buildJson<T>(path: AppPath): Promise<T> {
	const response = await fetch(href(path));
	if (!response.ok) throw new Error(`HTTP ${response.status} ${path}`);
	return (await response.json()) as T;
}

// The build's files never change under a page: one request per file for everyone who asks.
const requests = new Map<AppPath, Promise<unknown>>();

/** `buildJson`, asked for once per file and shared; a file that failed may be asked for again. */
export function sharedBuildJson<T>(path: AppPath): Promise<T> {
	let request = requests.get(path);
	if (!request) {
		request = buildJson<T>(path);
		request.catch(() => requests.delete(path));
		requests.set(path, request);
	}
	return request as Promise<T>;
}
