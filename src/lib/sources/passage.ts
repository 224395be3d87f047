import { withoutSpaces } from './quote.ts';

/** FNV-1a, for short anchors that are plain ASCII (the prerenderer and every browser match them as is). */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (const ch of text) {
		h ^= ch.codePointAt(0)!;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

/**
 * A stable anchor for one quoted passage, the same wherever it is cited, so a citation can link to the
 * source reader without the reader's text.
 */
export const passageId = (quote: string): string => `q-${hash(withoutSpaces(quote))}`;

/** The anchor of a section in the reader, from the ref citations use. */
export const sectionAnchor = (ref: string): string => `s-${hash(withoutSpaces(ref))}`;
