import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DataFile } from './schema.ts';
import type { DataError } from './errors.ts';

export interface RawFile {
	/** path shown in messages, e.g. data/acm.yaml */
	name: string;
	text: string;
}

export type ParsedFile = { name: string; content: DataFile };

const LANG_NAMES: Record<string, string> = { ja: 'Japanese', en: 'English' };

/** Zod's messages speak of types; people editing the data think in translations and sources. */
function describeIssue(issue: z.core.$ZodIssue): string {
	const last = issue.path.at(-1);
	const missing = issue.code === 'invalid_type' && issue.input === undefined;
	if (missing && typeof last === 'string' && last in LANG_NAMES) {
		return `missing ${LANG_NAMES[last]} translation ("${last}")`;
	}
	if (missing && last === 'sources') return 'missing source: every fact needs at least one citation';
	if (missing && typeof last === 'string') return `missing required field "${last}"`;
	if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	if (issue.code === 'too_small' && last === 'sources') return 'missing source: every fact needs at least one citation';
	if (issue.code === 'too_small' && issue.origin === 'string') return 'empty text';
	return issue.message;
}

export function parseDataFile(file: RawFile): { parsed?: ParsedFile; errors: DataError[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(file.text, { lineCounter, prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			errors: doc.errors.map((e) => ({
				file: file.name,
				path: [],
				line: e.linePos?.[0]?.line,
				column: e.linePos?.[0]?.col,
				message: `YAML syntax error: ${e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`
			}))
		};
	}
	let content: unknown;
	try {
		content = doc.toJS() ?? {};
	} catch (error) {
		// yaml refuses aliases that expand without bound (the "billion laughs"); say so, don't crash.
		const reason = error instanceof Error ? error.message : String(error);
		return { errors: [{ file: file.name, path: [], message: `YAML could not be read: ${reason}` }] };
	}
	const result = DataFile.safeParse(content);
	if (!result.success) {
		return {
			errors: result.error.issues.map((issue) => ({
				file: file.name,
				path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
				...positionOf(doc, lineCounter, issue.path),
				message: describeIssue(issue)
			}))
		};
	}
	return { parsed: { name: file.name, content: result.data }, errors: [] };
}

/** Where the deepest node of the path that exists starts: a missing field is reported at its parent. */
function positionOf(
	doc: ReturnType<typeof parseDocument>,
	lineCounter: LineCounter,
	path: readonly PropertyKey[]
): { line?: number; column?: number } {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number] } | undefined;
		if (node && typeof node === 'object' && node.range) {
			const { line, col } = lineCounter.linePos(node.range[0]);
			return { line, column: col };
		}
	}
	return {};
}
