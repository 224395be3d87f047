import { href } from './href';
import type { AppPath } from './routes';

/** A JSON file of the static build (a prerendered layout, the search index); a failure names its status and path. */
export async function buildJson<T>(path: AppPath): Promise<T> {
	const response = await fetch(href(path));
	if (!response.ok) throw new Error(`HTTP ${response.status} ${path}`);
	return (await response.json()) as T;
}
