import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_OUTPUTS, staleBuildReason } from './build-freshness.ts';

describe('staleBuildReason', () => {
	let root: string;
	const write = (file: string, secondsAgo: number) => {
		const path = join(root, file);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file);
		const when = Date.now() / 1000 - secondsAgo;
		utimesSync(path, when, when);
		// Creating the file touched its folders too, back then.
		for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) utimesSync(join(root, dir), when, when);
	};

	const writeBuild = (secondsAgo: number) => BUILD_OUTPUTS.forEach((output) => write(join('build', output), secondsAgo));

	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'renkei-build-'));
		write('src/lib/a.ts', 300);
		write('data/acm.yaml', 300);
		write('package.json', 300);
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('asks for a build when there is none', () => {
		expect(staleBuildReason(root)).toMatch(/build\/index\.html is missing$/);
	});

	it('asks for the offline app when only the site was built', () => {
		write('build/index.html', 10);
		expect(staleBuildReason(root)).toMatch(/build\/offline\/renkei-offline\.js is missing$/);
	});

	it('accepts a build newer than every input', () => {
		writeBuild(10);
		expect(staleBuildReason(root)).toBeUndefined();
	});

	it('names an input changed after the build, however deep', () => {
		writeBuild(10);
		write('src/lib/components/diagram/Deep.svelte', 5);
		expect(staleBuildReason(root)).toBe('src/lib/components/diagram/Deep.svelte changed after the last build');
	});

	it('watches the data and the configuration too', () => {
		writeBuild(10);
		write('data/walkthroughs/new.yaml', 5);
		expect(staleBuildReason(root)).toBe('data/walkthroughs/new.yaml changed after the last build');
		writeBuild(1);
		write('svelte.config.js', 0);
		expect(staleBuildReason(root)).toBe('svelte.config.js changed after the last build');
	});

	it('notices a removed input by its folder', () => {
		write('data/walkthroughs/old.yaml', 300);
		writeBuild(10);
		rmSync(join(root, 'data/walkthroughs/old.yaml'));
		expect(staleBuildReason(root)).toBe('data/walkthroughs/ changed after the last build');
	});

	it('ignores edited unit tests, which the site does not include', () => {
		write('src/lib/a.test.ts', 300);
		writeBuild(10);
		const edited = Date.now() / 1000 - 5;
		utimesSync(join(root, 'src/lib/a.test.ts'), edited, edited);
		expect(staleBuildReason(root)).toBeUndefined();
	});
});
