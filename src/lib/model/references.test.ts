import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError } from './errors.ts';
import { loadModel } from './load.ts';

const minimal = {
	name: 'tests/fixtures/valid/minimal.yaml',
	text: readFileSync(new URL('../../../tests/fixtures/valid/minimal.yaml', import.meta.url), 'utf8')
};
const cite = 'sources: [{ source: seed, ref: r }]';

function errorsWith(text: string): string[] {
	const result = loadModel([minimal, { name: 'data/extra.yaml', text }]);
	return result.ok ? [] : result.errors.map(formatError);
}

describe('checkReferences', () => {
	it("checks every diagram's relationships against those of every file", () => {
		const text = [
			'relationships:',
			`  - { id: beta-alpha, from: beta, to: alpha, kind: coordination, ${cite} }`,
			'diagrams:',
			...['one', 'two'].flatMap((id) => [
				`  - id: ${id}`,
				'    title: { ja: 図, en: Diagram }',
				'    summary: { ja: 説明, en: Summary }',
				'    nodes: [{ body: alpha }]',
				'    relationships: [alpha-beta, beta-alpha, nowhere]',
				`    ${cite}`
			])
		].join('\n');
		expect(errorsWith(text)).toEqual(
			[8, 14].flatMap((line, i) => [
				`data/extra.yaml:${line}:21: diagrams[${i}].relationships[0]: edge to nowhere: "alpha-beta" ends at "beta", which this diagram does not show`,
				`data/extra.yaml:${line}:33: diagrams[${i}].relationships[1]: edge to nowhere: "beta-alpha" ends at "beta", which this diagram does not show`,
				`data/extra.yaml:${line}:45: diagrams[${i}].relationships[2]: unknown relationship "nowhere"`
			])
		);
	});

	it('reports a body that a stage has both active and continued', () => {
		const text = `stages:\n  - { id: s, code: A, name: { ja: 段, en: Stage }, activeBodies: [alpha], continuedBodies: [beta, alpha], ${cite} }\n`;
		expect(errorsWith(text)).toEqual([
			'data/extra.yaml:2:98: stages[0].continuedBodies[1]: "alpha" is both active and continued'
		]);
	});
});
