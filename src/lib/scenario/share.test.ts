import { describe, expect, it } from 'vitest';
import { authoredAcm } from '../../../tests/fixtures/authored.ts';
import { fileReady } from './authored.ts';
import { CHAT_LIMIT, SHARE_KEY, decodeWalkthrough, encodeWalkthrough, readShareFragment, shareFragment } from './share.ts';

/** A payload as encodeWalkthrough makes it, of any JSON value: an intact link carrying something else. */
async function payloadOf(value: unknown): Promise<string> {
	const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate'));
	const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('share links', () => {
	it('carries a walkthrough there and back as its file-ready form', async () => {
		const payload = await encodeWalkthrough(authoredAcm());
		expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeWalkthrough(payload)).toEqual({ ok: true, walkthrough: fileReady(authoredAcm()) });
	});

	it('keeps a three-step walkthrough well under the chat limit', async () => {
		const payload = await encodeWalkthrough(authoredAcm());
		expect(`https://example.org/ja/diagram/acm/?walk=mine-1&step=1#${shareFragment(payload)}`.length).toBeLessThan(CHAT_LIMIT);
	});

	it('calls a link cut short or with a character changed damaged', async () => {
		const payload = await encodeWalkthrough(authoredAcm());
		for (const cut of [payload.slice(0, -1), payload.slice(0, -5), payload.slice(0, payload.length / 2), '']) {
			expect(await decodeWalkthrough(cut)).toMatchObject({ ok: false, reason: 'damaged' });
		}
		// Each position in turn, so a character in the compressed text and one in the checksum are both caught.
		for (let i = 0; i < payload.length; i++) {
			const c = payload[i] === 'A' ? 'B' : 'A';
			const altered = payload.slice(0, i) + c + payload.slice(i + 1);
			const decoded = await decodeWalkthrough(altered);
			expect(decoded.ok ? `position ${i} decoded` : decoded.reason).toBe('damaged');
		}
		expect(await decodeWalkthrough(`${payload}%20`)).toMatchObject({ ok: false, reason: 'damaged' });
	});

	it('calls an intact link of something that is no walkthrough invalid, naming the first problem', async () => {
		const noTitle = { ...fileReady(authoredAcm()), title: { ja: 'タイトル' } };
		expect(await decodeWalkthrough(await payloadOf(noTitle))).toEqual({ ok: false, reason: 'invalid', detail: 'title.en: Invalid input: expected string, received undefined' });
		const uncited = fileReady(authoredAcm());
		uncited.steps[0]!.sources = [];
		expect(await decodeWalkthrough(await payloadOf(uncited))).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringMatching(/^steps\.0\.sources: missing source/) });
		expect(await decodeWalkthrough(await payloadOf('just text'))).toMatchObject({ ok: false, reason: 'invalid' });
	});

	it('refuses a payload that unpacks to more than any walkthrough', async () => {
		const huge = await payloadOf({ id: 'x'.repeat(2_000_000) });
		expect(huge.length).toBeLessThan(10_000);
		expect(await decodeWalkthrough(huge)).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringContaining('more than') });
	});

	it('writes and reads the fragment, with or without its #', () => {
		expect(shareFragment('abc')).toBe('walk-data=abc');
		expect(SHARE_KEY).toBe('walk-data');
		expect(readShareFragment('#walk-data=abc')).toBe('abc');
		expect(readShareFragment('walk-data=abc')).toBe('abc');
		expect(readShareFragment('#step=2')).toBeUndefined();
		expect(readShareFragment('')).toBeUndefined();
	});
});
