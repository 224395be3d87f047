import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError } from './errors.ts';
import { loadModel } from './load.ts';

const fixture = (path: string) => ({
	name: `tests/fixtures/${path}`,
	text: readFileSync(new URL(`../../../tests/fixtures/${path}`, import.meta.url), 'utf8')
});
const valid = fixture('valid/minimal.yaml');

/** Load the valid model plus one broken file and return the formatted errors. */
function errorsWith(path: string): string[] {
	const result = loadModel([valid, fixture(`malformed/${path}`)]);
	if (result.ok) throw new Error(`expected ${path} to be rejected`);
	return result.errors.map(formatError);
}

describe('loadModel', () => {
	it('accepts a complete model and fills defaults', () => {
		const result = loadModel([valid]);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const alpha = result.model.bodies.find((b) => b.id === 'alpha');
		expect(alpha?.kind).toBe('body');
		expect(alpha?.participants.map((p) => [p.org, p.asNeeded])).toEqual([
			['mofa', false],
			['usfj', true]
		]);
		expect(result.model.relationships[0]?.directed).toBe(false);
	});

	it('reports an unknown reference with its file and path', () => {
		expect(errorsWith('unknown-reference.yaml')).toContain(
			'tests/fixtures/malformed/unknown-reference.yaml: bodies[0].participants[0].org: unknown organization "mofa2"'
		);
	});

	it('reports a duplicate id and where it was first defined', () => {
		expect(errorsWith('duplicate-id.yaml')).toContain(
			'tests/fixtures/malformed/duplicate-id.yaml: bodies[0].id: duplicate id "alpha" (first defined in tests/fixtures/valid/minimal.yaml)'
		);
	});

	it('reports a missing translation with its line', () => {
		expect(errorsWith('missing-translation.yaml')).toEqual([
			'tests/fixtures/malformed/missing-translation.yaml:3: bodies[0].name.en: missing English translation ("en")'
		]);
	});

	it('locates a problem by line and column, as an editor jumps to it', () => {
		const result = loadModel([valid, fixture('malformed/missing-translation.yaml')]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		// `name: { ja: 丙委員会 }` lacks its English: the map opens on line 3, column 11.
		expect(result.errors.map((e) => [e.line, e.column])).toEqual([[3, 11]]);
	});

	it('reports a missing source', () => {
		expect(errorsWith('missing-source.yaml')).toEqual([
			'tests/fixtures/malformed/missing-source.yaml:2: bodies[0].sources: missing source: every fact needs at least one citation'
		]);
	});

	it('reports an edge to nowhere', () => {
		expect(errorsWith('edge-to-nowhere.yaml')).toEqual([
			'tests/fixtures/malformed/edge-to-nowhere.yaml: relationships[0].to: edge to nowhere: no body "nowhere"'
		]);
	});

	it('reports a containment cycle between mechanisms', () => {
		const errors = errorsWith('containment-cycle.yaml');
		expect(errors).toContain(
			'tests/fixtures/malformed/containment-cycle.yaml: bodies[0].memberOf: containment cycle: outer → inner → outer'
		);
	});

	it('reports a containment cycle between diagram groups', () => {
		expect(errorsWith('group-cycle.yaml')).toContain(
			'tests/fixtures/malformed/group-cycle.yaml: diagrams[0].groups[0].parent: containment cycle: g1 → g2 → g1'
		);
	});

	it('reports a table cell under a column the table does not have', () => {
		expect(errorsWith('unknown-column.yaml')).toEqual([
			'tests/fixtures/malformed/unknown-column.yaml: tables[0].rows[0].cells.purpse: unknown column "purpse"'
		]);
	});

	it('reports a date in the wrong format', () => {
		expect(errorsWith('bad-date.yaml')).toEqual([
			'tests/fixtures/malformed/bad-date.yaml:4: bodies[0].established: dates are YYYY, YYYY-MM or YYYY-MM-DD'
		]);
	});

	it('reports a YAML syntax error with its line and still checks the other files', () => {
		const errors = errorsWith('syntax-error.yaml');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^tests\/fixtures\/malformed\/syntax-error\.yaml:\d+: YAML syntax error: /);
	});

	it('collects problems from several files at once', () => {
		const result = loadModel([
			valid,
			fixture('malformed/unknown-reference.yaml'),
			fixture('malformed/edge-to-nowhere.yaml'),
			fixture('malformed/missing-source.yaml')
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(new Set(result.errors.map((e) => e.file)).size).toBe(3);
	});
});
