import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACG_QUOTE, authoredAcm } from '../tests/fixtures/authored.ts';
import type { Walkthrough } from '../src/lib/model/schema.ts';
import { fileReady } from '../src/lib/scenario/authored.ts';
import { CHAT_LIMIT, decodeWalkthrough, readShareFragment } from '../src/lib/scenario/share.ts';
import { walkthroughYaml } from '../src/lib/scenario/walkthrough-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'renkei-share-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** npm run share -- FILE …args, on a file holding `text`. */
function share(text: string, ...args: string[]) {
	const file = join(dir, 'mine-1.yaml');
	writeFileSync(file, text);
	return spawnSync(process.execPath, ['scripts/share.ts', file, ...args], { encoding: 'utf8' });
}

describe('npm run share', () => {
	it('prints the link of a walkthrough file, the walkthrough in its fragment', async () => {
		const run = share(walkthroughYaml(authoredAcm()));
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const link = run.stdout.trim();
		expect(link).toMatch(/^\/ja\/diagram\/acm\/\?walk=mine-1&step=1#walk-data=[A-Za-z0-9_-]+$/);
		const payload = readShareFragment(new URL(link, 'https://example.org').hash)!;
		expect(await decodeWalkthrough(payload)).toEqual({ ok: true, walkthrough: fileReady(authoredAcm()) });
	});

	it('takes the language and the site address', () => {
		const run = share(walkthroughYaml(authoredAcm()), '--lang', 'en', '--base', 'https://renkei.example/');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^https:\/\/renkei\.example\/en\/diagram\/acm\/\?walk=mine-1&step=1#walk-data=/);
		expect(share(walkthroughYaml(authoredAcm()), '--lang', 'fr').status).toBe(2);
	});

	it('refuses a file check:data would refuse: a quote that is not in its source', () => {
		const run = share(walkthroughYaml(authoredAcm()).replaceAll(ACG_QUOTE, ACG_QUOTE.replace('調整', '協議')));
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('quote not found in dow2018.txt');
	});

	it('refuses a step on a body the diagram does not draw, in the language asked for', () => {
		const w = authoredAcm();
		w.steps[1]!.target = { body: 'jc' };
		const offDiagram: Walkthrough = { ...w, diagram: 'bpm' };
		const run = share(walkthroughYaml(offDiagram), '--lang', 'en');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/Step 1's target body "acg" is not on this diagram\./);
	});

	it('warns when the link is longer than chat tools keep, and prints it all the same', () => {
		// A built-in walkthrough with full narrations and many quotes: too long for a chat message.
		const run = share(readFileSync('data/walkthroughs/kumamoto-2016.yaml', 'utf8'));
		expect(run.status).toBe(0);
		expect(run.stdout.trim().length).toBeGreaterThan(CHAT_LIMIT);
		expect(run.stderr).toContain(`chat tools may cut links longer than ${CHAT_LIMIT}`);
	});
});
