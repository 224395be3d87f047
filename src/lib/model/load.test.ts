import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
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
		expect(errorsWith('unknown-reference.yaml')).toEqual([
			'tests/fixtures/malformed/unknown-reference.yaml:5:26: bodies[0].participants[0].org: unknown organization "mofa2"'
		]);
	});

	it('reports a duplicate id and where it was first defined', () => {
		expect(errorsWith('duplicate-id.yaml')).toEqual([
			'tests/fixtures/malformed/duplicate-id.yaml:2:9: bodies[0].id: duplicate id "alpha" (first defined in tests/fixtures/valid/minimal.yaml:24)'
		]);
	});

	it('reports a missing translation with its line', () => {
		expect(errorsWith('missing-translation.yaml')).toEqual([
			'tests/fixtures/malformed/missing-translation.yaml:3:11: bodies[0].name.en: missing English translation ("en")'
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
			'tests/fixtures/malformed/missing-source.yaml:2:5: bodies[0].sources: missing source: every fact needs at least one citation'
		]);
	});

	it('reports an edge to nowhere', () => {
		expect(errorsWith('edge-to-nowhere.yaml')).toEqual([
			'tests/fixtures/malformed/edge-to-nowhere.yaml:4:9: relationships[0].to: edge to nowhere: no body "nowhere"'
		]);
	});

	it('reports a containment cycle between mechanisms', () => {
		expect(errorsWith('containment-cycle.yaml')).toEqual([
			'tests/fixtures/malformed/containment-cycle.yaml:5:15: bodies[0].memberOf: containment cycle: outer → inner → outer',
			'tests/fixtures/malformed/containment-cycle.yaml:10:15: bodies[1].memberOf: containment cycle: inner → outer → inner'
		]);
	});

	it('reports a containment cycle between diagram groups', () => {
		expect(errorsWith('group-cycle.yaml')).toEqual([
			'tests/fixtures/malformed/group-cycle.yaml:7:27: diagrams[0].groups[0].parent: containment cycle: g1 → g2 → g1',
			'tests/fixtures/malformed/group-cycle.yaml:8:27: diagrams[0].groups[1].parent: containment cycle: g2 → g1 → g2'
		]);
	});

	it('reports a table cell under a column the table does not have', () => {
		expect(errorsWith('unknown-column.yaml')).toEqual([
			'tests/fixtures/malformed/unknown-column.yaml:11:19: tables[0].rows[0].cells.purpse: unknown column "purpse"'
		]);
	});

	it('reports a date in the wrong format', () => {
		expect(errorsWith('bad-date.yaml')).toEqual([
			'tests/fixtures/malformed/bad-date.yaml:4:18: bodies[0].established: dates are YYYY, YYYY-MM or YYYY-MM-DD'
		]);
	});

	it('reports a YAML syntax error with its line and still checks the other files', () => {
		const errors = errorsWith('syntax-error.yaml');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/^tests\/fixtures\/malformed\/syntax-error\.yaml:\d+:\d+: YAML syntax error: /);
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

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
	const index = text.split('\n').findIndex((line) => line.includes(needle));
	if (index < 0) throw new Error(`"${needle}" not found`);
	return index + 1;
}

describe('loadModel with the real data', () => {
	const real = readDataFiles('data');
	const acm = real.find((f) => f.name === 'data/acm.yaml')!;

	it('reports every mistake of a new file in one run, each with its line and column', () => {
		const result = loadModel([...real, fixture('with-real-data/several-mistakes.yaml')]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const file = 'tests/fixtures/with-real-data/several-mistakes.yaml';
		// The body with no English still has its organization checked, and is no "unknown body" to the relationship.
		expect(result.errors.map(formatError)).toEqual([
			`${file}:4:11: bodies[0].name.en: missing English translation ("en")`,
			`${file}:6:26: bodies[0].participants[0].org: unknown organization "mofa-typo"`,
			`${file}:8:9: bodies[1].id: duplicate id "acg" (first defined in data/acm.yaml:${lineOf(acm.text, '- id: acg')})`,
			`${file}:14:9: relationships[0].to: edge to nowhere: no body "no-such-body"`
		]);
	});

	it('reports one missing English text in data/acm.yaml once, and nothing in the files that name its records', () => {
		const flowName = /^( +name: \{ ja: [^,}]+), en: [^}]+\}$/m;
		const line = lineOf(acm.text, acm.text.match(flowName)![0]);
		const broken = { ...acm, text: acm.text.replace(flowName, '$1 }') };
		expect(broken.text).not.toBe(acm.text);
		const result = loadModel(real.map((f) => (f === acm ? broken : f)));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map(formatError)).toEqual([
			expect.stringMatching(new RegExp(`^data/acm\\.yaml:${line}:\\d+: bodies\\[\\d+\\]\\.name\\.en: missing English translation \\("en"\\)$`))
		]);
	});

	it('counts a record that fails the schema as defined: a missing body is reported once', () => {
		// acg's kind is misspelt, so acg cannot be checked at all; yet every reference to acg resolves.
		const broken = { ...acm, text: acm.text.replace(/(- id: acg\n)/, '$1    kind: comittee\n') };
		expect(broken.text).not.toBe(acm.text);
		const result = loadModel(real.map((f) => (f === acm ? broken : f)));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map(formatError)).toEqual([
			expect.stringMatching(/^data\/acm\.yaml:\d+:\d+: bodies\[\d+\]\.kind: Invalid option: expected one of /)
		]);
	});

	/** A walkthrough of the ACM with one step, whose fields after its target are `step`. */
	const walk = (step: string) => ({
		name: 'data/walkthroughs/mine.yaml',
		text: [
			'walkthroughs:',
			'  - { id: mine, diagram: acm, stage: a, title: { ja: 私の, en: Mine },',
			'      sources: [{ source: dow2018, ref: 図表Ⅱ-4-2-3 }],',
			'      steps: [{ id: one, target: { body: acg }, title: { ja: 一, en: One }, ' + step + ' }] }'
		].join('\n')
	});

	it('lets a step go uncited only when it is illustrative and says why, and says so with the other mistakes', () => {
		const said = loadModel([...real, walk('narration: { ja: 説明, en: Told }, illustrative: true, reason: { ja: 資料にない, en: Not in the sources }')]);
		expect(said.ok ? [] : said.errors.map(formatError)).toEqual([]);
		for (const step of ['narration: { ja: 説明, en: Told }, illustrative: true', 'narration: { ja: 説明, en: Told }, reason: { ja: 理由, en: Why }']) {
			const result = loadModel([...real, walk(step)]);
			expect(result.ok ? [] : result.errors.map(formatError)).toEqual([
				expect.stringMatching(/^data\/walkthroughs\/mine\.yaml:4:\d+: walkthroughs\[0\]\.steps\[0\]\.sources: missing source: every fact needs at least one citation \(or mark the step illustrative and say why\)$/)
			]);
		}
		const both = loadModel([...real, walk('narration: { ja: 説明 }')]);
		expect(both.ok ? [] : both.errors.map((e) => `${e.path.join('.')}: ${e.message}`).sort()).toEqual([
			'walkthroughs.0.steps.0.narration.en: missing English translation ("en")',
			'walkthroughs.0.steps.0.sources: missing source: every fact needs at least one citation (or mark the step illustrative and say why)'
		]);
	});

	it('blames only the file with a YAML syntax error, which may define the ids others name', () => {
		// A tab before a key: yaml cannot tell where the rest of the list belongs.
		const broken = { ...acm, text: acm.text.replace(/\n {4}abbr: ACG\n/, '\n\tabbr: ACG\n') };
		expect(broken.text).not.toBe(acm.text);
		const result = loadModel(real.map((f) => (f === acm ? broken : f)));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.length).toBeGreaterThan(0);
		expect(new Set(result.errors.map((e) => e.file))).toEqual(new Set(['data/acm.yaml']));
		expect(result.errors.every((e) => e.message.startsWith('YAML syntax error: '))).toBe(true);
	});
});
