import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = 'src/lib';

/**
 * The folders of src/lib from the bottom up. A module may import its own folder and the folders on
 * lower rows; folders on the same row never import each other, so view and export stay apart.
 * '' stands for a file directly in src/lib (ask-worker.ts): a helper that imports no folder.
 */
const LAYERS: readonly (readonly string[])[] = [
	['i18n', ''],
	['theme'],
	['model'],
	['format', 'sources'],
	['layout'],
	['scenario'],
	['view', 'export', 'server'],
	['components']
];
const rank = new Map(LAYERS.flatMap((row, i) => row.map((folder) => [folder, i] as const)));

// #rrggbb colours belong to the theme: everything else names a paint or reads the palette.
const COLOUR_EXEMPT = ['src/lib/theme/'];

const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
	.map((f) => join(LIB, f))
	.filter((f) => /\.(ts|svelte)$/.test(f))
	.sort();

const folderOf = (path: string) => {
	const parts = relative(LIB, path).split('/');
	return parts.length > 1 ? parts[0]! : '';
};

/** The src/lib files a module imports, by `$lib/…` or relative path; packages and other folders are not layers. */
function importsOf(file: string): { spec: string; path: string }[] {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g)].map((m) => m[2]!);
	return specs
		.map((spec) => ({ spec, path: spec.startsWith('$lib/') ? join(LIB, spec.slice(5)) : spec.startsWith('.') ? normalize(join(dirname(file), spec)) : '' }))
		.filter((i) => i.path.startsWith(`${LIB}/`));
}

describe('layers', () => {
	it('finds the modules and their imports', () => {
		expect(files).toContain('src/lib/scenario/marks.ts');
		expect(importsOf('src/lib/export/scenes.ts').map((i) => i.path)).toContain('src/lib/scenario/marks.ts');
		expect(importsOf('src/lib/view/diagram-view.svelte.ts').map((i) => i.spec)).toContain('$lib/scenario/marks');
	});

	it('gives every folder of src/lib a layer', () => {
		expect([...new Set(files.map(folderOf))].filter((f) => !rank.has(f))).toEqual([]);
	});

	it('lets every module import only its own folder or a lower layer', () => {
		const violations = files.flatMap((file) => {
			const from = folderOf(file);
			return importsOf(file)
				.filter(({ path }) => folderOf(path) !== from && !(rank.get(folderOf(path))! < rank.get(from)!))
				.map(({ spec, path }) => `${file} imports '${spec}': ${folderOf(path) || 'src/lib'} is not below ${from || 'src/lib'}`);
		});
		expect(violations).toEqual([]);
	});

	it('keeps colour literals in the theme', () => {
		const everywhere = readdirSync('src', { recursive: true, encoding: 'utf8' })
			.map((f) => join('src', f))
			.filter((f) => /\.(ts|svelte|css|html)$/.test(f));
		const literals = everywhere
			.filter((file) => !COLOUR_EXEMPT.some((exempt) => file.startsWith(exempt)))
			.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/#[0-9a-f]{6}(?:[0-9a-f]{2})?\b/gi)].map((m) => `${file}: ${m[0]}`));
		expect(literals).toEqual([]);
	});
});
