import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawFile } from '../src/lib/model/parse.ts';

/** Every .yaml file under `dir`, named relative to `root` as error messages show them. */
export function readDataFiles(dir: string, root = process.cwd()): RawFile[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => readDataFile(join(dir, f), root));
}

export function readDataFile(path: string, root = process.cwd()): RawFile {
	return { name: relative(root, path), text: readFileSync(path, 'utf8') };
}

/** The files a command line names: each directory's .yaml files, and each file as given. */
export function readDataPaths(paths: readonly string[], root = process.cwd()): RawFile[] {
	return paths.flatMap((p) => (statSync(p).isDirectory() ? readDataFiles(p, root) : [readDataFile(p, root)]));
}

/** A source text from sources/, undefined when the folder has no such file. */
export function readSourceFile(file: string, root = process.cwd()): string | undefined {
	const path = join(root, 'sources', file);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
