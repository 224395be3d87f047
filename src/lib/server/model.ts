import { formatError } from '$lib/model/errors';
import { loadModel } from '$lib/model/load';
import type { Model } from '$lib/model/model';

// Bundled at build time: the static site reads no files at run time.
const files = import.meta.glob('/data/**/*.yaml', { query: '?raw', import: 'default', eager: true });

let cached: Model | undefined;

/** The validated model; a build with invalid data stops here with every problem listed. */
export function getModel(): Model {
	if (cached) return cached;
	const result = loadModel(
		Object.entries(files).map(([path, text]) => ({ name: path.slice(1), text: String(text) }))
	);
	if (!result.ok) {
		throw new Error(`Invalid data (${result.errors.length} problems):\n${result.errors.map(formatError).join('\n')}`);
	}
	cached = result.model;
	return cached;
}
