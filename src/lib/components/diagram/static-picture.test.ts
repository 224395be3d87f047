import { describe, expect, it } from 'vitest';
import { edgeZ, markerKey, staticNodes } from './static-picture';
import type { DiagramFlowNode, RoutedFlowEdge } from './to-flow';

const frame = (id: string, x: number, y: number, parentId?: string): DiagramFlowNode =>
	({ id, type: 'frame', position: { x, y }, parentId, zIndex: -1, data: { label: id } }) as DiagramFlowNode;
const body = (id: string, x: number, y: number, parentId?: string): DiagramFlowNode =>
	({ id, type: 'body', position: { x, y }, parentId, data: {} }) as DiagramFlowNode;
const edge = (source: string, target: string): RoutedFlowEdge => ({ id: `${source}-${target}`, source, target }) as RoutedFlowEdge;

describe('staticNodes', () => {
	// An outer frame holding an inner frame holding a body, and a body on its own.
	const placed = staticNodes([frame('outer', 10, 20), frame('inner', 5, 6, 'outer'), body('a', 1, 2, 'inner'), body('b', 300, 40)]);

	it('puts a child at its parents’ positions plus its own', () => {
		expect(placed.get('inner')).toMatchObject({ x: 15, y: 26 });
		expect(placed.get('a')).toMatchObject({ x: 16, y: 28 });
		expect(placed.get('b')).toMatchObject({ x: 300, y: 40 });
	});

	it('layers a child above its parent, frames under bodies', () => {
		expect(['outer', 'inner', 'a', 'b'].map((id) => placed.get(id)!.z)).toEqual([-1, 0, 1, 0]);
	});

	it('marks nodes with children as parents', () => {
		expect(['outer', 'inner', 'a', 'b'].map((id) => placed.get(id)!.parent)).toEqual([true, true, false, false]);
	});

	it('raises a link to the layer of a child node it touches', () => {
		expect(edgeZ(edge('a', 'b'), placed)).toBe(1);
		expect(edgeZ(edge('b', 'outer'), placed)).toBe(0);
	});
});

describe('markerKey', () => {
	it('tells arrowheads apart by look and makes a usable id from a CSS colour', () => {
		const a = markerKey({ type: 'arrowclosed' as never, color: 'var(--edge-command)', width: 14, height: 14 });
		expect(a).toMatch(/^[\w-]+$/);
		expect(a).not.toBe(markerKey({ type: 'arrowclosed' as never, color: 'var(--edge-direction)', width: 14, height: 14 }));
	});
});
