// The code every page runs before it draws (SvelteKit's client, Svelte's runtime, the layouts and
// what they import) goes into one file rather than a score of small ones: each file costs the first
// view a request and a turn of the page's main thread. Passed to Rolldown as a code-splitting
// group for the client build (vite.config.ts).

/** What the group's name function may ask of Rolldown's module graph. */
export interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[]; importedIds: readonly string[] } | null;
}

const APP_ENTRY = /\/generated\/client-optimized\/app\.js$/;
const KIT_ENTRY = /\/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/;
const NODE = /\/generated\/client-optimized\/nodes\/\d+\.js$/;
// The root layout and the language layout: every page but the bare root's redirect has both.
const LAYOUT = /\/src\/routes\/(\[lang=lang\]\/)?\+layout\.svelte$/;

function isRoot(id: string, graph: ModuleGraph): boolean {
	if (APP_ENTRY.test(id) || KIT_ENTRY.test(id)) return true;
	return NODE.test(id) && (graph.getModuleInfo(id)?.importedIds.some((i) => LAYOUT.test(i)) ?? false);
}

/** 'shell' for a module some root imports, directly or through other static imports; else null. */
export function shellChunk(id: string, graph: ModuleGraph): 'shell' | null {
	// The entries and the layouts' nodes stay files of their own, as SvelteKit loads them by name.
	if (isRoot(id, graph)) return null;
	const seen = new Set([id]);
	const queue = [id];
	for (let m = queue.pop(); m !== undefined; m = queue.pop()) {
		for (const importer of graph.getModuleInfo(m)?.importers ?? []) {
			if (isRoot(importer, graph)) return 'shell';
			if (!seen.has(importer)) {
				seen.add(importer);
				queue.push(importer);
			}
		}
	}
	return null;
}
