import { readdirSync, readFileSync, statSync } from 'node:fs';
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
