import { describe, expect, it } from 'vitest';
import { asDataFile, mergeFiles, readDeadline } from './preview-files.ts';

describe('preview files', () => {
	it('replaces a built-in file by name and adds new ones', () => {
		const merged = mergeFiles(
			[
				{ name: 'data/acm.yaml', text: 'old' },
				{ name: 'data/bpm.yaml', text: 'bpm' }
			],
			[
				{ name: 'data/acm.yaml', text: 'new' },
				{ name: 'data/extra.yaml', text: 'x' }
			]
		);
		expect(merged).toEqual([
			{ name: 'data/bpm.yaml', text: 'bpm' },
			{ name: 'data/acm.yaml', text: 'new' },
			{ name: 'data/extra.yaml', text: 'x' }
		]);
	});

	it('names uploads as repository data files and bounds the deadline', () => {
		expect(asDataFile('C:\\Users\\me\\acm.yaml')).toBe('data/acm.yaml');
		expect(readDeadline(new URLSearchParams('deadline=250'))).toBe(250);
		expect(readDeadline(new URLSearchParams('deadline=-5'))).toBe(15_000);
		expect(readDeadline(new URLSearchParams('deadline=1e12'))).toBe(120_000);
		expect(readDeadline(null)).toBe(15_000);
	});
});
