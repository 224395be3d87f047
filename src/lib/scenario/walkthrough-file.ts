// A reader's walkthrough as a data file: downloaded to keep or to contribute, and opened again. The file
// is the same YAML as data/walkthroughs/*.yaml, so `npm run check:data` accepts it unchanged.
import { Document } from 'yaml';
import { formatError } from '../model/errors.ts';
import { parseDataFile } from '../model/parse.ts';
import { SECTIONS, type Walkthrough } from '../model/schema.ts';
import { fileReady, fileShape } from './authored.ts';

const HEADER = [
	' Written in Renkei: a walkthrough of the diagram it names.',
	' To contribute it, put this file in data/walkthroughs/ and run `npm run check:data`: every quote',
	' is looked up in its source. Open it in Renkei again to go on editing.'
].join('\n');

export function walkthroughYaml(w: Walkthrough): string {
	// Steps and the walkthrough share citation objects: written out in full, not as YAML anchors.
	const doc = new Document({ walkthroughs: [fileShape(fileReady(w))] }, { aliasDuplicateObjects: false });
	doc.commentBefore = HEADER;
	// Block style throughout, as the data files are written; long lines are left whole rather than folded,
	// since a Japanese sentence has no spaces to fold at.
	return doc.toString({ lineWidth: 0, indentSeq: true });
}

export type ReadWalkthrough = { ok: true; walkthrough: Walkthrough } | { ok: false; errors: string[] };

/** A file holding exactly one walkthrough and nothing else, as walkthroughYaml writes it; errors as check:data prints them. */
export function readWalkthroughFile(name: string, text: string): ReadWalkthrough {
	const parsed = parseDataFile({ name, text });
	if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors.map(formatError) };
	const others = SECTIONS.filter((s) => s !== 'walkthroughs' && parsed.content[s].length > 0);
	const error = (path: (string | number)[], message: string) => formatError({ file: name, path, ...parsed.locate(path), message });
	if (others.length > 0) {
		return { ok: false, errors: others.map((s) => error([s], `a walkthrough file holds one walkthrough and nothing else, not ${s}`)) };
	}
	const [walkthrough, ...more] = parsed.content.walkthroughs;
	if (!walkthrough) return { ok: false, errors: [error([], 'no walkthrough in this file: it needs a "walkthroughs:" list with one walkthrough')] };
	if (more.length > 0) return { ok: false, errors: [error(['walkthroughs', 1], `${more.length + 1} walkthroughs in this file: open a file with one`)] };
	return { ok: true, walkthrough };
}
