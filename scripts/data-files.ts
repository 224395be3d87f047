import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RawFile } from '../src/lib/model/parse.ts';

/** Every .yaml file under `dir`, named relative to `root` as error messages show them. */
export function readDataFiles(dir: string, root = process.cwd()): RawFile[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => {
			const path = join(dir, f);
			return { name: relative(root, path), text: readFileSync(path, 'utf8') };
		});
}
