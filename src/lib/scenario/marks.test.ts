import { describe, expect, it } from 'vitest';
import { diagramMarks, type MarkedDiagram } from './marks.ts';

const diagram: MarkedDiagram = {
	nodes: [
		{ id: 'frame', type: 'group' },
		{ id: 'a', type: 'body' },
		{ id: 'b', type: 'body' },
		{ id: 'c', type: 'body' }
	],
	edges: [
		{ id: 'ab', source: 'a', target: 'b' },
		{ id: 'bc', source: 'b', target: 'c' }
	],
	established: { a: '1960-01-19', b: '1997-09', c: '2015-11-03' }
};

describe('diagramMarks', () => {
	it('draws every body and link plainly by default, and never marks a frame', () => {
		expect(diagramMarks(diagram, {})).toEqual({ nodes: { a: 'plain', b: 'plain', c: 'plain' }, edges: { ab: 'plain', bc: 'plain' } });
	});

	it('highlights the selected body and its neighbours and dims the rest', () => {
		expect(diagramMarks(diagram, { selected: 'a' })).toEqual({
			nodes: { a: 'focus', b: 'near', c: 'dim' },
			edges: { ab: 'near', bc: 'dim' }
		});
	});

	it('marks a stage’s active bodies and links', () => {
		const m = diagramMarks(diagram, { stage: { activeBodies: ['b'], activeRelationships: ['bc'] } });
		expect(m.nodes).toEqual({ a: 'dim', b: 'active', c: 'dim' });
		expect(m.edges).toEqual({ ab: 'dim', bc: 'active' });
	});

	it('shows what a stage continues from an earlier one as continued, not as new', () => {
		const m = diagramMarks(diagram, { stage: { activeBodies: ['c'], activeRelationships: [], continuedBodies: ['a', 'b'] } });
		expect(m.nodes).toEqual({ a: 'continued', b: 'continued', c: 'active' });
		expect(m.edges).toEqual({ ab: 'continued', bc: 'dim' });
	});

	it('leaves the diagram as it is when the stage names nothing on it', () => {
		const m = diagramMarks(diagram, { stage: { activeBodies: ['elsewhere'], activeRelationships: ['elsewhere-link'] } });
		expect(m).toEqual(diagramMarks(diagram, {}));
	});

	it('with a compared stage, marks what either stage activates and dims what neither does', () => {
		const m = diagramMarks(diagram, {
			stage: { activeBodies: ['a'], activeRelationships: [] },
			compare: { activeBodies: ['b'], activeRelationships: ['ab'] }
		});
		expect(m.nodes).toEqual({ a: 'active', b: 'active', c: 'dim' });
		expect(m.edges).toEqual({ ab: 'active', bc: 'dim' });
	});

	it('ignores a compared stage without a stage to compare it with', () => {
		expect(diagramMarks(diagram, { compare: { activeBodies: ['b'], activeRelationships: [] } }).nodes.b).toBe('plain');
	});

	it('lets the selection win over the stage', () => {
		const m = diagramMarks(diagram, { selected: 'c', stage: { activeBodies: ['a'], activeRelationships: ['ab'] } });
		expect(m.nodes).toEqual({ a: 'dim', b: 'near', c: 'focus' });
		expect(m.edges).toEqual({ ab: 'dim', bc: 'near' });
	});

	it('lets a step on a link win over the selection, with its ends near', () => {
		const m = diagramMarks(diagram, { selected: 'a', step: [{ relationship: 'bc' }] });
		expect(m.nodes).toEqual({ a: 'dim', b: 'near', c: 'near' });
		expect(m.edges).toEqual({ ab: 'dim', bc: 'focus' });
	});

	it('puts a step on a body in focus and dims everything else', () => {
		const m = diagramMarks(diagram, { step: [{ body: 'b' }], stage: { activeBodies: ['a'], activeRelationships: [] } });
		expect(m.nodes).toEqual({ a: 'dim', b: 'focus', c: 'dim' });
		expect(m.edges).toEqual({ ab: 'dim', bc: 'dim' });
	});

	it('puts every body and link a step names in focus, the links’ ends near', () => {
		const m = diagramMarks(diagram, { step: [{ body: 'a' }, { relationship: 'bc' }] });
		expect(m.nodes).toEqual({ a: 'focus', b: 'near', c: 'near' });
		expect(m.edges).toEqual({ ab: 'dim', bc: 'focus' });
		expect(diagramMarks(diagram, { step: [{ body: 'a' }, { body: 'c' }] }).nodes).toEqual({ a: 'focus', b: 'dim', c: 'focus' });
	});
});

describe('diagramMarks on a date', () => {
	it('ghosts a body established after the date, not one established before', () => {
		const m = diagramMarks(diagram, { date: '1990' });
		expect(m.nodes).toEqual({ a: 'plain', b: 'ghost', c: 'ghost' });
	});

	it('counts a body dated by month as existing for that whole month, and not the month before', () => {
		expect(diagramMarks(diagram, { date: '1997-09-01' }).nodes.b).toBe('plain');
		expect(diagramMarks(diagram, { date: '1997-08-31' }).nodes.b).toBe('ghost');
	});

	it('counts a date given by month or year as the whole month or year', () => {
		expect(diagramMarks(diagram, { date: '2015-11' }).nodes.c).toBe('plain');
		expect(diagramMarks(diagram, { date: '2015-10' }).nodes.c).toBe('ghost');
		expect(diagramMarks(diagram, { date: '1997' }).nodes.b).toBe('plain');
	});

	it('takes a body from its founding day on', () => {
		expect(diagramMarks(diagram, { date: '2015-11-02' }).nodes.c).toBe('ghost');
		expect(diagramMarks(diagram, { date: '2015-11-03' }).nodes.c).toBe('plain');
	});

	it('ghosts every link touching a ghost', () => {
		expect(diagramMarks(diagram, { date: '2000' }).edges).toEqual({ ab: 'plain', bc: 'ghost' });
		expect(diagramMarks(diagram, { date: '1990' }).edges).toEqual({ ab: 'ghost', bc: 'ghost' });
	});

	it('never ghosts a body without a founding date, nor anything when no date is chosen', () => {
		const undated = { ...diagram, established: { c: '2015-11-03' } };
		expect(diagramMarks(undated, { date: '1900' }).nodes).toEqual({ a: 'plain', b: 'plain', c: 'ghost' });
		expect(Object.values(diagramMarks(diagram, { date: null }).nodes)).not.toContain('ghost');
	});

	it('lets a ghost win over the step, the selection and the stage', () => {
		const stage = { activeBodies: ['a', 'b', 'c'], activeRelationships: ['ab', 'bc'] };
		expect(diagramMarks(diagram, { date: '2000', step: [{ body: 'c' }] }).nodes).toEqual({ a: 'dim', b: 'dim', c: 'ghost' });
		expect(diagramMarks(diagram, { date: '2000', selected: 'c' }).nodes).toEqual({ a: 'dim', b: 'near', c: 'ghost' });
		const staged = diagramMarks(diagram, { date: '2000', stage });
		expect(staged.nodes).toEqual({ a: 'active', b: 'active', c: 'ghost' });
		expect(staged.edges).toEqual({ ab: 'active', bc: 'ghost' });
	});
});
