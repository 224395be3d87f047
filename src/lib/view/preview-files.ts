import type { DataError } from '../model/errors.ts';
import { loadParsed, type ExtraCheck, type LoadResult } from '../model/load.ts';
import { packModel, type PackedModel } from '../model/packed.ts';
import { parseDataFile, type ParsedFile, type RawFile } from '../model/parse.ts';
import type { Diagram } from '../model/schema.ts';

/** An own file taking the place of a built-in one. */
export interface Replacement {
	file: string;
	builtIn: string;
}

/**
 * The built-in files with the reader's own added. An own file replaces a built-in one of the same name,
 * or one most of whose ids it defines: an edited copy saved under another name would otherwise be
 * checked next to the original, and every id in it reported twice.
 */
export function mergeFiles<F extends { name: string }>(
	builtIn: readonly F[],
	own: readonly F[],
	idsOf: (file: F) => readonly string[]
): { files: F[]; replaced: Replacement[] } {
	const ownIds = new Map(own.map((f) => [f, new Set(idsOf(f))]));
	const replaced: Replacement[] = [];
	const kept = builtIn.filter((b) => {
		const ids = idsOf(b);
		const shared = (f: F) => ids.filter((id) => ownIds.get(f)!.has(id)).length;
		const by = own.find((f) => f.name === b.name) ?? own.find((f) => shared(f) * 2 > ids.length);
		if (by) replaced.push({ file: by.name, builtIn: b.name });
		return !by;
	});
	return { files: [...kept, ...own], replaced };
}

/** Files parsed ahead of their check, kept by name: a file is taken from here only with the same text. */
export function parsedAhead(): { keep(files: readonly RawFile[]): void; parse(file: RawFile): ParsedFile } {
	const kept = new Map<string, { text: string; parsed: ParsedFile }>();
	return {
		keep: (files) => files.forEach((file) => kept.set(file.name, { text: file.text, parsed: parseDataFile(file) })),
		parse(file) {
			const ahead = kept.get(file.name);
			return ahead?.text === file.text ? ahead.parsed : parseDataFile(file);
		}
	};
}

/** A record's id with its section: a diagram may share its mechanism's id without being the same record. */
export const recordIds = (file: ParsedFile) => file.defined.map((d) => `${d.section}/${d.id}`);

export interface OwnFilesCheck {
	result: LoadResult;
	replaced: Replacement[];
}

/**
 * Check the reader's files together with the built-in data, each file parsed once. `parse` may hand
 * back a file parsed before: the check worker parses the built-in data while the reader picks files.
 */
export function checkOwnFiles(
	builtIn: readonly RawFile[],
	own: readonly RawFile[],
	{ extra, parse = parseDataFile }: { extra?: ExtraCheck; parse?: (file: RawFile) => ParsedFile } = {}
): OwnFilesCheck {
	const { files, replaced } = mergeFiles(builtIn.map(parse), own.map(parseDataFile), recordIds);
	return { result: loadParsed(files, extra), replaced };
}

/**
 * A check as the data-check page keeps it: what the page shows of a valid model (its diagrams and
 * counts), and the model itself packed for the layout worker, which the page never reads.
 */
export interface PackedCheck {
	result: { ok: true; diagrams: Diagram[]; bodies: number; relationships: number; model: PackedModel } | { ok: false; errors: DataError[] };
	replaced: Replacement[];
}

export function packCheck({ result, replaced }: OwnFilesCheck): PackedCheck {
	if (!result.ok) return { result, replaced };
	const { diagrams, bodies, relationships } = result.model;
	return { result: { ok: true, diagrams, bodies: bodies.length, relationships: relationships.length, model: packModel(result.model) }, replaced };
}

/**
 * Own files past this many bytes in all are laid out as a large diagram probably is: slowly the first
 * time (warm-up.ts). About 300 generated bodies; the largest built-in file is under 70 KB.
 */
export const LARGE_FILES_BYTES = 150_000;

/** Uploaded files are named as in the repository, so messages point at the file to fix. */
export function asDataFile(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	return `data/${base}`;
}

/** ?deadline= in ms, within sane bounds; the default suits a 2,000-node model on a laptop. */
export function readDeadline(params: URLSearchParams | null, fallback = 15_000): number {
	const n = Number(params?.get('deadline'));
	return Number.isFinite(n) && n >= 1 ? Math.min(n, 120_000) : fallback;
}
