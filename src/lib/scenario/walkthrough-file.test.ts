import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACG_QUOTE, authoredAcm } from '../../../tests/fixtures/authored.ts';
import { fileReady } from './authored.ts';
import { readWalkthroughFile, walkthroughYaml } from './walkthrough-file.ts';

describe('walkthroughYaml', () => {
	const yaml = walkthroughYaml(authoredAcm());

	it('writes a data file that npm run check:data accepts unchanged, quotes looked up in their sources', () => {
		const dir = mkdtempSync(join(tmpdir(), 'renkei-authored-'));
		try {
			const file = join(dir, 'mine-1.yaml');
			writeFileSync(file, yaml);
			const run = spawnSync(process.execPath, ['scripts/check-data.ts', file], { encoding: 'utf8' });
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
			expect(run.stdout).toMatch(/files OK \(data\/ with 1 given file\)/);
			// The same check fails when a quote is not in its source: the run above did look them up.
			writeFileSync(file, yaml.replaceAll(`quote: ${ACG_QUOTE}`, `quote: ${ACG_QUOTE.replace('調整', '協議')}`));
			const broken = spawnSync(process.execPath, ['scripts/check-data.ts', file], { encoding: 'utf8' });
			expect(broken.status).toBe(1);
			expect(broken.stderr).toContain('quote not found in dow2018.txt');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('says where it was written and how to contribute it, and is written in block style', () => {
		expect(yaml.split('\n').slice(0, 3).every((l) => l.startsWith('#'))).toBe(true);
		expect(yaml).toContain('data/walkthroughs/');
		expect(yaml).toContain('npm run check:data');
		expect(yaml).not.toMatch(/[{[]\s*\w+:/);
		expect(yaml).not.toMatch(/[&*]a\d/);
	});

	it('reads back as the walkthrough that was written', () => {
		expect(readWalkthroughFile('mine-1.yaml', yaml)).toEqual({ ok: true, walkthrough: fileReady(authoredAcm()) });
	});
});

describe('readWalkthroughFile', () => {
	const yaml = walkthroughYaml(authoredAcm());
	const errors = (text: string) => {
		const read = readWalkthroughFile('data/walkthroughs/mine.yaml', text);
		return read.ok ? [] : read.errors;
	};

	it('reports schema problems as check:data does, with line and column', () => {
		expect(errors(yaml.replace(/ {8}title:\n {10}ja: 政策面の調整\n/, '        title:\n'))).toEqual([
			expect.stringMatching(/^data\/walkthroughs\/mine\.yaml:\d+:\d+: walkthroughs\[0\]\.steps\[0\]\.title\.ja: missing Japanese translation \("ja"\)$/)
		]);
	});

	it('takes one walkthrough and nothing else', () => {
		expect(errors('# nothing\n')).toEqual(['data/walkthroughs/mine.yaml: no walkthrough in this file: it needs a "walkthroughs:" list with one walkthrough']);
		const body = 'bodies:\n  - id: x\n    name: { ja: 甲, en: X }\n    sources: [{ source: dow2018, ref: "1" }]\n';
		expect(errors(`${yaml}${body}`)).toEqual([expect.stringMatching(/^data\/walkthroughs\/mine\.yaml:\d+:\d+: bodies: a walkthrough file holds one walkthrough and nothing else, not bodies$/)]);
		const twice = yaml.replace(/\nwalkthroughs:\n([\s\S]*)$/, (_, list: string) => `\nwalkthroughs:\n${list}${list.replace('id: mine-1', 'id: mine-2')}`);
		expect(errors(twice)).toEqual([expect.stringMatching(/^data\/walkthroughs\/mine\.yaml:\d+:\d+: walkthroughs\[1\]: 2 walkthroughs in this file: open a file with one$/)]);
	});

	it('reports YAML that cannot be read instead of throwing', () => {
		expect(errors('walkthroughs: [\n')[0]).toMatch(/^data\/walkthroughs\/mine\.yaml:\d+:\d+: YAML syntax error: /);
	});
});
