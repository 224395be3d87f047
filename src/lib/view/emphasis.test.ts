import { describe, expect, it } from 'vitest';
import { emphasis, type EmphasisInput } from './emphasis.ts';

const base: EmphasisInput = {
	nodes: ['a', 'b', 'c'],
	edges: [
		{ id: 'ab', source: 'a', target: 'b' },
		{ id: 'bc', source: 'b', target: 'c' }
	],
	ghosts: new Set(),
	selected: null,
	stage: null,
	step: null
};

describe('emphasis', () => {
	it('draws everything plainly by default', () => {
		expect(emphasis(base)).toEqual({ nodes: { a: 'plain', b: 'plain', c: 'plain' }, edges: { ab: 'plain', bc: 'plain' } });
	});

	it('highlights the selected body and its neighbours and dims the rest', () => {
		expect(emphasis({ ...base, selected: 'a' })).toEqual({
			nodes: { a: 'focus', b: 'near', c: 'dim' },
			edges: { ab: 'near', bc: 'dim' }
		});
	});

	it('marks a stage’s active bodies and links', () => {
		const e = emphasis({ ...base, stage: { bodies: new Set(['b']), relationships: new Set(['bc']) } });
		expect(e.nodes).toEqual({ a: 'dim', b: 'active', c: 'dim' });
		expect(e.edges).toEqual({ ab: 'dim', bc: 'active' });
	});

	it('lets a step on a link win over the selection, with its ends near', () => {
		const e = emphasis({ ...base, selected: 'a', step: { relationship: 'bc' } });
		expect(e.nodes).toEqual({ a: 'dim', b: 'near', c: 'near' });
		expect(e.edges).toEqual({ ab: 'dim', bc: 'focus' });
	});

	it('ghosts bodies that did not exist yet, and their links, whatever else is shown', () => {
		const e = emphasis({ ...base, ghosts: new Set(['c']), step: { body: 'c' } });
		expect(e.nodes.c).toBe('ghost');
		expect(e.edges.bc).toBe('ghost');
		expect(e.nodes.a).toBe('dim');
	});
});
