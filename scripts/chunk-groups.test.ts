import { describe, expect, it } from 'vitest';
import { diagramChunk, shellChunk, type ModuleGraph } from './chunk-groups.ts';

const GEN = '/p/.svelte-kit/generated/client-optimized';
const APP = `${GEN}/app.js`;
const START = '/p/node_modules/@sveltejs/kit/src/runtime/client/entry.js';
const ROOT_NODE = `${GEN}/nodes/0.js`;
const PAGE_NODE = `${GEN}/nodes/6.js`;
const EMBED_NODE = `${GEN}/nodes/7.js`;
const CATALOGUE_NODE = `${GEN}/nodes/5.js`;
const ROOT_LAYOUT = '/p/src/routes/+layout.svelte';
const PAGE = '/p/src/routes/[lang=lang]/diagram/[id]/+page.svelte';
const EMBED = '/p/src/routes/[lang=lang]/embed/[id]/+page.svelte';
const CATALOGUE = '/p/src/routes/[lang=lang]/catalogue/+page.svelte';
const CANVAS = '/p/src/lib/components/diagram/DiagramCanvas.svelte';
const CITATION = '/p/src/lib/components/Citation.svelte';

/** A graph from static imports (importer → imported); dynamic imports are simply not edges. */
function graph(imports: Record<string, string[]>): ModuleGraph {
	const ids = new Set([...Object.keys(imports), ...Object.values(imports).flat()]);
	return {
		getModuleInfo: (id) =>
			ids.has(id) ? { importedIds: imports[id] ?? [], importers: Object.keys(imports).filter((m) => imports[m]!.includes(id)) } : null
	};
}

const g = graph({
	[START]: ['/p/node_modules/svelte/internal/client.js'],
	[APP]: ['/p/src/lib/i18n/lang.ts'],
	// app.js loads the nodes with import(): no edge to them.
	[ROOT_NODE]: [ROOT_LAYOUT],
	[ROOT_LAYOUT]: ['/p/src/lib/components/SiteHeader.svelte'],
	'/p/src/lib/components/SiteHeader.svelte': ['/p/src/lib/i18n/messages.ts'],
	[PAGE_NODE]: [PAGE],
	[PAGE]: [CANVAS, '/p/src/lib/i18n/messages.ts', '/p/src/lib/components/DetailPanel.svelte'],
	'/p/src/lib/components/DetailPanel.svelte': [CITATION],
	// A cycle reached only from the pages that draw a diagram.
	[CANVAS]: ['/p/src/lib/a.ts'],
	'/p/src/lib/a.ts': ['/p/src/lib/b.ts'],
	'/p/src/lib/b.ts': ['/p/src/lib/a.ts'],
	[EMBED_NODE]: [EMBED],
	[EMBED]: [CANVAS, '/p/src/lib/embed-only.ts'],
	[CATALOGUE_NODE]: [CATALOGUE],
	[CATALOGUE]: [CITATION, '/p/src/lib/catalogue-only.ts']
});

const group = (id: string) => shellChunk(id, g) ?? diagramChunk(id, g);

describe('code-splitting groups', () => {
	it('put in the shell what the entries and the layouts import, however deep', () => {
		for (const id of ['/p/node_modules/svelte/internal/client.js', '/p/src/lib/i18n/lang.ts', ROOT_LAYOUT, '/p/src/lib/components/SiteHeader.svelte'])
			expect(group(id), id).toBe('shell');
	});

	it('put in the shell a module a page shares with a layout', () => {
		expect(group('/p/src/lib/i18n/messages.ts')).toBe('shell');
	});

	it('put in the shell what the diagram page shares with a page that draws no diagram', () => {
		expect(group(CITATION)).toBe('shell');
	});

	it("put the rest of the diagram page's code, cycles and what the embed shares included, in one file", () => {
		for (const id of [PAGE, CANVAS, '/p/src/lib/components/DetailPanel.svelte', '/p/src/lib/a.ts', '/p/src/lib/b.ts'])
			expect(group(id), id).toBe('diagram');
	});

	it("leave other pages' own code and the entries themselves to the default split", () => {
		for (const id of ['/p/src/lib/embed-only.ts', '/p/src/lib/catalogue-only.ts', EMBED, CATALOGUE, APP, START, ROOT_NODE, PAGE_NODE, EMBED_NODE])
			expect(group(id), id).toBeNull();
	});

	it('give each module one file at most', () => {
		for (const id of [CITATION, CANVAS, ROOT_LAYOUT]) expect([shellChunk(id, g), diagramChunk(id, g)].filter(Boolean), id).toHaveLength(1);
	});
});
