import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

	it('finds every quote in its document and points at one that is not there', () => {
		const dir = mkdtempSync(join(tmpdir(), 'renkei-quote-'));
		try {
			const acm = readFileSync('data/acm.yaml', 'utf8');
			const quote = '閣僚レベルを含む二国間の上位レベル';
			const at = acm.split('\n').findIndex((l) => l.includes(`quote: ${quote}`));
			expect(at).toBeGreaterThan(0);
			writeFileSync(join(dir, 'acm.yaml'), acm.replace(`quote: ${quote}`, 'quote: 閣僚レベルを含まない上位レベル'));
			const run = checkData(join(dir, 'acm.yaml'));
			expect(run.status).toBe(1);
			const column = acm.split('\n')[at]!.indexOf(quote) + 1;
			expect(run.stderr).toContain(`acm.yaml:${at + 1}:${column}: bodies[`);
			expect(run.stderr).toContain('quote not found in dow2018.txt: 「閣僚レベルを含まない上位レベル」');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('says which path is missing', () => {
		const run = checkData('no-such-file.yaml');
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/^check:data: ENOENT: .*no-such-file\.yaml/);
	});
});
