import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from './load.ts';
import { normalize, search, searchIndex } from './search.ts';

const text = readFileSync(new URL('../../../tests/fixtures/valid/minimal.yaml', import.meta.url), 'utf8');
const result = loadModel([{ name: 'minimal.yaml', text }]);
if (!result.ok) throw new Error('fixture invalid');
const index = searchIndex(result.model);

describe('search', () => {
	it('normalizes width, case and spacing', () => {
		expect(normalize('ＡＣ　Committee')).toBe('accommittee');
	});

	it('finds a body by abbreviation, Japanese and English name', () => {
		expect(search(index, 'ac').map((e) => e.id)[0]).toBe('alpha');
		expect(search(index, '甲委員').map((e) => e.id)).toEqual(['alpha']);
		expect(search(index, 'beta').map((e) => e.id)).toEqual(['beta']);
	});

	it('finds an organization with the bodies and diagrams it takes part in', () => {
		const [usfj] = search(index, 'forces japan');
		expect(usfj).toMatchObject({ kind: 'organization', id: 'usfj', bodies: ['alpha'], diagrams: ['demo'] });
	});

	it('ranks exact matches before partial ones and returns nothing for an empty query', () => {
		expect(search(index, 'committee').map((e) => e.id)).toEqual(['alpha', 'beta']);
		expect(search(index, '   ')).toEqual([]);
	});
});
