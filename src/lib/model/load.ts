import type { DataError } from './errors.ts';
import { emptyModel, type Model } from './model.ts';
import { parseDataFile, type ParsedFile, type RawFile } from './parse.ts';
import { checkReferences } from './references.ts';

export type LoadResult = { ok: true; model: Model } | { ok: false; errors: DataError[] };

/** Parse, validate and merge the data files; every problem in every file is reported at once. */
export function loadModel(files: readonly RawFile[]): LoadResult {
	const parsed: ParsedFile[] = [];
	const errors: DataError[] = [];
	for (const file of files) {
		const result = parseDataFile(file);
		errors.push(...result.errors);
		if (result.parsed) parsed.push(result.parsed);
	}
	errors.push(...checkReferences(parsed));
	if (errors.length > 0) return { ok: false, errors };

	const model = emptyModel();
	for (const { content } of parsed) {
		for (const key of Object.keys(model) as (keyof Model)[]) {
			(model[key] as unknown[]).push(...content[key]);
		}
	}
	return { ok: true, model };
}
