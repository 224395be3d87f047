import { describe, expect, it } from 'vitest';
import { shellChunk, type ModuleGraph } from './shell-chunk.ts';

const GEN = '/p/.svelte-kit/generated/client-optimized';
const APP = `${GEN}/app.js`;
const START = '/p/node_modules/@sveltejs/kit/src/runtime/client/entry.js';
const ROOT_NODE = `${GEN}/nodes/0.js`;
const PAGE_NODE = `${GEN}/nodes/6.js`;
const ROOT_LAYOUT = '/p/src/routes/+layout.svelte';
const PAGE = '/p/src/routes/[lang=lang]/diagram/[id]/+page.svelte';

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
	[PAGE]: ['/p/src/lib/components/DiagramCanvas.svelte', '/p/src/lib/i18n/messages.ts'],
	// A cycle reached only from the page.
	'/p/src/lib/components/DiagramCanvas.svelte': ['/p/src/lib/a.ts'],
	'/p/src/lib/a.ts': ['/p/src/lib/b.ts'],
	'/p/src/lib/b.ts': ['/p/src/lib/a.ts']
});

describe('shellChunk', () => {
	it('groups what the entries and the layouts import, however deep', () => {
		for (const id of ['/p/node_modules/svelte/internal/client.js', '/p/src/lib/i18n/lang.ts', ROOT_LAYOUT, '/p/src/lib/components/SiteHeader.svelte'])
			expect(shellChunk(id, g), id).toBe('shell');
	});

	it('groups a module a page shares with a layout', () => {
		expect(shellChunk('/p/src/lib/i18n/messages.ts', g)).toBe('shell');
	});

	it("leaves a page's own code, cycles included, and the entries themselves to the default split", () => {
		for (const id of [PAGE, '/p/src/lib/components/DiagramCanvas.svelte', '/p/src/lib/a.ts', '/p/src/lib/b.ts', APP, START, ROOT_NODE, PAGE_NODE])
			expect(shellChunk(id, g), id).toBeNull();
	});
});
