import type { RawFile } from '../model/parse.ts';

/** The built-in files with the reader's own added: a file of the same name replaces the built-in one. */
export function mergeFiles(builtIn: readonly RawFile[], own: readonly RawFile[]): RawFile[] {
	const names = new Set(own.map((f) => f.name));
	return [...builtIn.filter((f) => !names.has(f.name)), ...own];
}

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
