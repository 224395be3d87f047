import type { DataError } from './errors.ts';
import { emptyModel, type Model } from './model.ts';
import { parseDataFile, type ParsedFile, type RawFile } from './parse.ts';
import { checkReferences } from './references.ts';

export type LoadResult = { ok: true; model: Model } | { ok: false; errors: DataError[] };

/** Parse, validate and merge the data files; every problem in every file is reported at once. */
export function loadModel(files: readonly RawFile[]): LoadResult {
	return loadParsed(files.map(parseDataFile));
}

/** Checks a caller adds, such as the quotes against the source texts where those can be read. */
export type ExtraCheck = (files: readonly ParsedFile[]) => DataError[];

/** Check parsed files against each other and, only if nothing at all is wrong, merge them into the model. */
export function loadParsed(files: readonly ParsedFile[], extra?: ExtraCheck): LoadResult {
	const errors = [...files.flatMap((f) => f.errors), ...checkReferences(files), ...(extra?.(files) ?? [])];
	if (errors.length > 0) return { ok: false, errors: inFileOrder(errors, files) };

	// With no errors every record passed the schema, so the sections have no holes and no mended copies.
	const model = emptyModel();
	for (const { content } of files) {
		for (const key of Object.keys(model) as (keyof Model)[]) {
			(model[key] as unknown[]).push(...content[key]);
		}
	}
	return { ok: true, model };
}

/** File by file as given, and top to bottom within a file, as a person fixes them. */
function inFileOrder(errors: DataError[], files: readonly ParsedFile[]): DataError[] {
	const order = new Map(files.map((f, i) => [f.name, i]));
	const file = (e: DataError) => order.get(e.file) ?? 0;
	return errors.toSorted(
		(a, b) => file(a) - file(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
	);
}
