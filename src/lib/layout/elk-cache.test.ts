import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { describe, expect, it, vi } from 'vitest';
import { cachedElk, graphKey, type LayoutStore } from './elk-cache.ts';

const graph = (width = 100): ElkNode => ({
	id: 'root',
	layoutOptions: { 'elk.algorithm': 'layered' },
	children: [
		{ id: 'a', width, height: 40 },
		{ id: 'b', width: 100, height: 40 }
	],
	edges: [{ id: 'ab', sources: ['a'], targets: ['b'] }]
});

function memoryStore(): LayoutStore & { kept: Map<string, ElkNode> } {
	const kept = new Map<string, ElkNode>();
	return { kept, get: async (key) => kept.get(key), put: async (key, layout) => void kept.set(key, structuredClone(layout)) };
}

describe('cachedElk', () => {
	it('lays a graph out once, and gives the same layout for the same graph again', async () => {
		const elk = new ELK();
		const layout = vi.spyOn(elk, 'layout');
		const { elk: cached, hits } = cachedElk(elk, memoryStore());
		const first = await cached.layout(graph());
		const again = await cached.layout(graph());
		expect(layout).toHaveBeenCalledTimes(1);
		expect(hits()).toBe(1);
		expect(again.children!.map((n) => [n.x, n.y])).toEqual(first.children!.map((n) => [n.x, n.y]));
	});

	it('lays out a graph that differs in anything, even one size', async () => {
		const elk = new ELK();
		const layout = vi.spyOn(elk, 'layout');
		const { elk: cached, hits } = cachedElk(elk, memoryStore());
		await cached.layout(graph(100));
		await cached.layout(graph(101));
		expect(layout).toHaveBeenCalledTimes(2);
		expect(hits()).toBe(0);
	});

	it('lays out as before when the store fails', async () => {
		const broken: LayoutStore = { get: () => Promise.reject(new Error('no storage')), put: () => Promise.reject(new Error('quota')) };
		const { elk: cached } = cachedElk(new ELK(), broken);
		expect((await cached.layout(graph())).children).toHaveLength(2);
	});
});

describe('graphKey', () => {
	it('names ELK’s version and is the same only for the same graph', async () => {
		expect(await graphKey(graph())).toBe(await graphKey(graph()));
		expect(await graphKey(graph())).not.toBe(await graphKey(graph(99)));
		expect(await graphKey(graph())).toMatch(/^elkjs-\d+\.\d+\.\d+\/1:[0-9a-f]{64}$/);
	});
});
