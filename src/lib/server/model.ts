import { formatError } from '$lib/model/errors';
import { loadModel } from '$lib/model/load';
import type { Model } from '$lib/model/model';
import { dataFiles } from './data-files';

let cached: Model | undefined;

/** The validated model; a build with invalid data stops here with every problem listed. */
export function getModel(): Model {
	if (cached) return cached;
	const result = loadModel(dataFiles());
	if (!result.ok) {
		throw new Error(`Invalid data (${result.errors.length} problems):\n${result.errors.map(formatError).join('\n')}`);
	}
	cached = result.model;
	return cached;
}
