import { formatError } from '$lib/model/errors';
import { loadParsed } from '$lib/model/load';
import type { Model } from '$lib/model/model';
import { parseDataFile } from '$lib/model/parse';
import { quoteErrors } from '$lib/sources/check';
import { dataFiles } from './data-files';
import { sourceFile } from './source-texts';

let cached: Model | undefined;

/** The validated model, every quote found in its source; a build with invalid data stops here with every problem listed. */
export function getModel(): Model {
	if (cached) return cached;
	const result = loadParsed(dataFiles().map(parseDataFile), (files) => quoteErrors(files, sourceFile));
	if (!result.ok) {
		throw new Error(`Invalid data (${result.errors.length} problems):\n${result.errors.map(formatError).join('\n')}`);
	}
	cached = result.model;
	return cached;
}
