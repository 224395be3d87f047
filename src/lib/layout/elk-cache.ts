import type { ELK, ElkLayoutArguments, ElkNode } from 'elkjs/lib/elk-api';
import { version as elkVersion } from 'elkjs/package.json';

/**
 * ELK's results kept by their input graph, so a diagram laid out before (a reader checking the same
 * file again, or another file of the data) comes back at once. ELK is deterministic: the same graph
 * and version give the same positions, so a result is reused only for exactly the same graph.
 */
export interface LayoutStore {
	get(key: string): Promise<ElkNode | undefined>;
	put(key: string, layout: ElkNode): Promise<void>;
}

/** Another ELK may place the same graph elsewhere; the suffix counts changes to what is kept. */
const CACHE_VERSION = `elkjs-${elkVersion}/1`;

export async function graphKey(graph: ElkNode): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(graph)));
	return `${CACHE_VERSION}:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * `elk` with its layout looked up in `store` first. `hits` counts the layouts that came from the store.
 * A store that fails (private browsing, a full disk) is passed by: the layout is computed as before.
 */
export function cachedElk(elk: ELK, store: LayoutStore): { elk: ELK; hits: () => number } {
	let hits = 0;
	const cached = Object.create(elk) as ELK;
	// ELK's signature keeps the caller's node type; a kept result is the same shape ELK returned.
	cached.layout = (async (graph: ElkNode, args?: ElkLayoutArguments) => {
		const key = await graphKey(graph);
		const kept = await store.get(key).catch(() => undefined);
		if (kept) {
			hits++;
			return kept;
		}
		const laid = await elk.layout(graph, args);
		await store.put(key, laid).catch(() => undefined);
		return laid;
	}) as ELK['layout'];
	return { elk: cached, hits: () => hits };
}

const DB = 'renkei-layouts';
const STORE = 'elk';
/** Layouts kept; the oldest go first. A 2,000-body layout takes about 1 MB. */
const KEPT = 12;

interface Entry {
	key: string;
	at: number;
	layout: ElkNode;
}

const request = <T>(r: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});

function open(): Promise<IDBDatabase> {
	const r = indexedDB.open(DB, 1);
	r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'key' }).createIndex('at', 'at');
	return request(r);
}

/** The browser's IndexedDB as a LayoutStore, keeping the KEPT most recent layouts. */
export function indexedDbStore(): LayoutStore {
	let db: Promise<IDBDatabase> | undefined;
	const store = async (mode: IDBTransactionMode) => (await (db ??= open())).transaction(STORE, mode).objectStore(STORE);
	return {
		async get(key) {
			const entry = await request<Entry | undefined>((await store('readonly')).get(key));
			return entry?.layout;
		},
		async put(key, layout) {
			const s = await store('readwrite');
			await request(s.put({ key, at: Date.now(), layout } satisfies Entry));
			const keys = await request(s.index('at').getAllKeys());
			await Promise.all(keys.slice(0, Math.max(0, keys.length - KEPT)).map((k) => request(s.delete(k))));
		}
	};
}
