// A walkthrough carried in a link: #walk-data=<payload>, the payload being the file-ready walkthrough as
// JSON, compressed and base64url-encoded. The fragment never reaches a server, so sharing needs none.
// The page imports this module lazily: only a reader who shares or opens such a link loads it.
import { Walkthrough } from '../model/schema.ts';
import { fileReady, fileShape } from './authored.ts';

export const SHARE_KEY = 'walk-data';

/** Characters of a whole URL that common chat tools keep intact; a longer link is refused for the file. */
export const CHAT_LIMIT = 2000;

/**
 * zlib's deflate rather than raw deflate: its Adler-32 checksum costs eight characters and turns a link
 * altered in transit into "damaged" instead of a walkthrough with silently changed words.
 */
const FORMAT: CompressionFormat = 'deflate';

/** Far above any walkthrough; a payload that inflates beyond it is a compression bomb, not a walkthrough. */
const MAX_JSON_BYTES = 1_000_000;

export async function encodeWalkthrough(w: Walkthrough): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(fileShape(fileReady(w))));
	return toBase64Url(await transform(json, new CompressionStream(FORMAT)));
}

export type Decoded = { ok: true; walkthrough: Walkthrough } | { ok: false; reason: 'damaged' | 'invalid'; detail: string };

/**
 * The walkthrough a payload carries. 'damaged': the link was cut short or altered (base64, inflate or JSON
 * fail); 'invalid': it is intact but not a walkthrough the schema accepts. Never throws.
 */
export async function decodeWalkthrough(payload: string): Promise<Decoded> {
	const damaged = (detail: string): Decoded => ({ ok: false, reason: 'damaged', detail });
	const bytes = fromBase64Url(payload);
	if (!bytes) return damaged('the link holds characters a shared walkthrough never has');
	let json: Uint8Array;
	try {
		json = await transform(bytes, new DecompressionStream(FORMAT), MAX_JSON_BYTES);
	} catch (error) {
		if (error instanceof TooLarge) return { ok: false, reason: 'invalid', detail: error.message };
		return damaged('the walkthrough in the link cannot be unpacked: the link was probably cut short or altered');
	}
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch {
		return damaged('the walkthrough in the link is not readable text');
	}
	const parsed = Walkthrough.safeParse(data);
	if (parsed.success) return { ok: true, walkthrough: parsed.data };
	const issue = parsed.error.issues[0]!;
	const path = issue.path.map(String).join('.');
	return { ok: false, reason: 'invalid', detail: path ? `${path}: ${issue.message}` : issue.message };
}

export const shareFragment = (payload: string) => `${SHARE_KEY}=${payload}`;

/** The payload of a location hash, with or without its '#'; undefined when the hash carries none. */
export function readShareFragment(hash: string): string | undefined {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	const prefix = `${SHARE_KEY}=`;
	return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : undefined;
}

class TooLarge extends Error {}

/** Bytes through a (de)compression stream, refusing to collect more than `limit`. */
async function transform(input: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
	const writer = stream.writable.getWriter();
	// Write errors surface on the reader too; catching here keeps them from going unhandled.
	writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = stream.readable.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel().catch(() => {});
			throw new TooLarge(`the walkthrough in the link unpacks to more than ${limit} bytes`);
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Undefined unless the text is exactly what toBase64Url writes: a changed last character can leave the
 * decoded bytes the same (its low bits are unused), and that too is an altered link.
 */
function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	let binary: string;
	try {
		binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	} catch {
		return undefined;
	}
	const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
	return toBase64Url(bytes) === text ? bytes : undefined;
}
