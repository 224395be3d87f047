// Fewer, larger script files for the first view: each file costs a page a request and a turn of its
// main thread (1–2 ms each on a 2-core machine). Two code-splitting groups for Rolldown in the client
// build (vite.config.ts), in this order, as each takes what it captures with its dependencies:
//  - 'shell': the code every page runs before it draws (SvelteKit's client, Svelte's runtime, the
//    layouts and what they import), and what the diagram page shares with a page that draws no
//    diagram, so that neither loads it as a file of its own;
//  - 'diagram': the rest of what the diagram page imports. The pages that draw a diagram too (the
//    embed, the data check) load it whole, as they use most of it.

/** What the group's name function may ask of Rolldown's module graph. */
export interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[]; importedIds: readonly string[] } | null;
}

const APP_ENTRY = /\/generated\/client-optimized\/app\.js$/;
const KIT_ENTRY = /\/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/;
const NODE = /\/generated\/client-optimized\/nodes\/\d+\.js$/;
// The root layout and the language layout: every page but the bare root's redirect has both.
const LAYOUT = /\/src\/routes\/(\[lang=lang\]\/)?\+layout\.svelte$/;
const DIAGRAM_PAGE = /\/src\/routes\/\[lang=lang\]\/diagram\/\[id\]\/\+page\.svelte$/;
const CANVAS = /\/src\/lib\/components\/diagram\/DiagramCanvas\.svelte$/;

const importedIds = (id: string, graph: ModuleGraph) => graph.getModuleInfo(id)?.importedIds ?? [];

function isRoot(id: string, graph: ModuleGraph): boolean {
	if (APP_ENTRY.test(id) || KIT_ENTRY.test(id)) return true;
	return NODE.test(id) && importedIds(id, graph).some((i) => LAYOUT.test(i));
}

/** The entries, the layouts' nodes and the pages' nodes that import `id`, directly or through other static imports. */
function reachedFrom(id: string, graph: ModuleGraph): string[] {
	const found: string[] = [];
	const seen = new Set([id]);
	const queue = [id];
	for (let m = queue.pop(); m !== undefined; m = queue.pop())
		for (const importer of graph.getModuleInfo(m)?.importers ?? []) {
			if (seen.has(importer)) continue;
			seen.add(importer);
			if (isRoot(importer, graph) || NODE.test(importer)) found.push(importer);
			else queue.push(importer);
		}
	return found;
}

/** Whether a page's node reaches the diagram canvas through static imports. */
function drawsDiagram(node: string, graph: ModuleGraph): boolean {
	const seen = new Set([node]);
	const queue = [node];
	for (let m = queue.pop(); m !== undefined; m = queue.pop())
		for (const imported of importedIds(m, graph)) {
			if (CANVAS.test(imported)) return true;
			if (!seen.has(imported)) {
				seen.add(imported);
				queue.push(imported);
			}
		}
	return false;
}

/** The file a module goes into; null leaves it to Rolldown's default split. */
function chunkGroup(id: string, graph: ModuleGraph): 'shell' | 'diagram' | null {
	// The entries and the nodes stay files of their own, as SvelteKit loads them by name.
	if (isRoot(id, graph) || NODE.test(id)) return null;
	const from = reachedFrom(id, graph);
	if (from.some((node) => isRoot(node, graph))) return 'shell';
	if (!from.some((node) => importedIds(node, graph).some((i) => DIAGRAM_PAGE.test(i)))) return null;
	return from.every((node) => drawsDiagram(node, graph)) ? 'diagram' : 'shell';
}

export const shellChunk = (id: string, graph: ModuleGraph) => (chunkGroup(id, graph) === 'shell' ? 'shell' : null);
export const diagramChunk = (id: string, graph: ModuleGraph) => (chunkGroup(id, graph) === 'diagram' ? 'diagram' : null);
