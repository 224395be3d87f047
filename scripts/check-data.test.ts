import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from './data-files.ts';

/** npm run check:data -- …args, as a contributor runs it (npm puts the project's Node 24 first). */
const checkData = (...args: string[]) =>
	spawnSync(process.execPath, ['scripts/check-data.ts', ...args], { encoding: 'utf8' });

describe('check:data', () => {
	const builtIn = readDataFiles('data').length;

	it('checks a given file with data/, lists each problem at its place and ends with a count', () => {
		const run = checkData('tests/fixtures/with-real-data/several-mistakes.yaml');
		expect(run.status).toBe(1);
		const lines = run.stderr.trim().split('\n');
		expect(lines.filter((l) => l.startsWith('tests/fixtures/with-real-data/several-mistakes.yaml:'))).toHaveLength(4);
		expect(lines.at(-1)).toBe(`4 problems in 1 of ${builtIn + 1} files (data/ with 1 given file)`);
	});

	it('takes a directory holding a copy of data/ as a replacement, not a second copy', () => {
		const copy = mkdtempSync(join(tmpdir(), 'renkei-data-'));
		try {
			cpSync('data', copy, { recursive: true });
			const run = checkData(copy);
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
			const lines = run.stdout.trim().split('\n');
			expect(lines.filter((l) => / replaces data\/.+\.yaml$/.test(l))).toHaveLength(builtIn);
			expect(lines.at(-1)).toMatch(new RegExp(`^${builtIn} files OK \\(data/ with ${builtIn} given files\\) — \\d+ bodies`));
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});

	it('says which path is missing', () => {
		const run = checkData('no-such-file.yaml');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/^check:data: ENOENT: .*no-such-file\.yaml/);
	});
});
