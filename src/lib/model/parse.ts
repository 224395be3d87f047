import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { DataFile, SECTIONS, type Section } from './schema.ts';
import type { DataError, PathSegment } from './errors.ts';

export interface RawFile {
	/** path shown in messages, e.g. data/acm.yaml */
	name: string;
	text: string;
}

/** A record with a string id, valid or not: it counts as defined either way, so no mistake in it is echoed elsewhere. */
export interface Defined {
	section: Section;
	index: number;
	id: string;
}

export interface ParsedFile {
	name: string;
	/** the problems the file has on its own: YAML syntax and the schema */
	errors: DataError[];
	/**
	 * The records for the cross-file checks, each at its index in the file so that paths stay right. A
	 * record that failed the schema is here as a mended copy when only its texts, citations or unknown
	 * fields were wrong (an error is already reported, so no model is ever made from it); otherwise its
	 * index is left a hole, which forEach and flatMap skip.
	 */
	content: DataFile;
	defined: Defined[];
	/** false when part of the file could not be read (a YAML syntax error, a section that is not a list) */
	whole: boolean;
	/** Line and column of a path, or of its deepest part that exists (a missing field: its parent). */
	locate(path: readonly PathSegment[]): { line?: number; column?: number };
}

const LANG_NAMES: Record<string, string> = { ja: 'Japanese', en: 'English' };

/** Zod's messages speak of types; people editing the data think in translations and sources. */
function describeIssue(issue: z.core.$ZodIssue): string {
	const last = issue.path.at(-1);
	// `en:` with nothing after it reads as null: to the person who wrote it, that is missing too.
	const missing = issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null);
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

/** The outline of a file: known sections, each a list. Records are validated one by one afterwards. */
const Outline = z.strictObject(Object.fromEntries(SECTIONS.map((s) => [s, z.array(z.unknown()).optional()])));

const recordSchema = (section: Section): z.ZodType => DataFile.shape[section].unwrap().element;

export function parseDataFile(file: RawFile): ParsedFile {
	return check(file, readWithDocument(file.text));
}

/** A file's YAML made into data, with its syntax errors and the way to a path's line and column. */
interface YamlRead {
	data: unknown;
	syntaxErrors: { message: string; line?: number; column?: number }[];
	/** why the document could not be made into data */
	unreadable?: string;
	locate: ParsedFile['locate'];
}

function check(file: RawFile, read: YamlRead): ParsedFile {
	const syntaxOk = read.syntaxErrors.length === 0;
	const parsed: ParsedFile = {
		name: file.name,
		errors: [],
		content: Object.fromEntries(SECTIONS.map((s) => [s, []])) as unknown as DataFile,
		defined: [],
		whole: syntaxOk,
		locate: read.locate
	};
	const report = (path: PathSegment[], message: string, at = parsed.locate(path)) =>
		parsed.errors.push({ file: file.name, path, ...at, message });

	for (const { message, line, column } of read.syntaxErrors) report([], `YAML syntax error: ${message}`, { line, column });
	if (read.unreadable !== undefined) {
		if (syntaxOk) report([], `YAML could not be read: ${read.unreadable}`);
		parsed.whole = false;
		return parsed;
	}
	const { data } = read;

	if (syntaxOk) {
		const outline = Outline.safeParse(data, { reportInput: true });
		for (const issue of outline.error?.issues ?? []) report(pathOf(issue), describeIssue(issue));
	}
	if (!isObject(data) || Array.isArray(data)) parsed.whole = false;
	for (const section of SECTIONS) {
		const records = isObject(data) ? data[section] : undefined;
		if (records === undefined) continue;
		if (!Array.isArray(records)) {
			parsed.whole = false;
			continue;
		}
		records.forEach((record: unknown, index) => {
			if (isObject(record) && typeof record.id === 'string') parsed.defined.push({ section, index, id: record.id });
			// After a syntax error the structure is a guess: only its ids are kept, so that they are not reported missing.
			if (!syntaxOk) return;
			const schema = recordSchema(section);
			const result = schema.safeParse(record, { reportInput: true });
			if (!result.success) {
				for (const issue of result.error.issues) report([section, index, ...pathOf(issue)], describeIssue(issue));
			}
			const checkable = result.success ? result.data : mend(schema, record);
			if (checkable !== undefined) (parsed.content[section] as unknown[])[index] = checkable;
		});
	}
	return parsed;
}

const DOCUMENT_OPTIONS = {
	prettyErrors: true,
	uniqueKeys: true,
	// a damaged file can make yaml warn on the console (keys that are lists); its errors are enough
	logLevel: 'error'
} as const;

/** yaml keeps a node with its position for every value: slow on a large file, but it can say where anything is. */
function compose(text: string): { doc: Document; locate: ParsedFile['locate'] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, ...DOCUMENT_OPTIONS });
	return { doc, locate: (path) => positionOf(doc, lineCounter, path) };
}

function readWithDocument(text: string): YamlRead {
	const { doc, locate } = compose(text);
	const syntaxErrors = doc.errors.map((e) => ({
		message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
		line: e.linePos?.[0]?.line,
		column: e.linePos?.[0]?.col
	}));
	try {
		return { data: doc.toJS() ?? {}, syntaxErrors, locate };
	} catch (error) {
		// yaml refuses aliases that expand without bound (the "billion laughs"); say so, don't crash.
		return { data: undefined, syntaxErrors, unreadable: error instanceof Error ? error.message : String(error), locate };
	}
}

const PLACEHOLDER = '…';
/** Plain-text fields that are never references, so a placeholder in them cannot hide or invent one. */
const PLAIN_STRINGS = new Set(['ja', 'en', 'ref', 'quote', 'file', 'code', 'abbr']);

/**
 * For checking only: a copy of an invalid record with the mistakes that cannot touch a reference mended
 * (unknown fields dropped, missing or empty texts filled in, missing citations left empty), so that its
 * references are checked too and one run reports both a missing translation and an unknown organization.
 * Undefined when anything else is wrong.
 */
function mend(schema: z.ZodType, record: unknown): unknown {
	if (!isObject(record)) return undefined;
	const copy = structuredClone(record);
	const uncited: PathSegment[][] = [];
	// A fix can reveal another mistake (a text given as a string becomes { ja, en }), hence a few rounds.
	for (let round = 0; ; round++) {
		const result = schema.safeParse(copy, { reportInput: true });
		if (result.success) {
			// The stand-in citation must not be checked against the sources: take it out again.
			for (const path of uncited) setIn(result.data, path, []);
			return result.data;
		}
		if (round === 3) return undefined;
		for (const issue of result.error.issues) if (!mendIssue(copy, issue, uncited)) return undefined;
	}
}

function mendIssue(record: Record<string, unknown>, issue: z.core.$ZodIssue, uncited: PathSegment[][]): boolean {
	const path = pathOf(issue);
	if (issue.code === 'unrecognized_keys') {
		const at = getIn(record, path);
		if (!isObject(at)) return false;
		for (const key of issue.keys) delete at[key];
		return true;
	}
	const key = path.at(-1);
	const parent = getIn(record, path.slice(0, -1));
	if (typeof key !== 'string' || !isObject(parent)) return false;
	if (key === 'sources') {
		parent[key] = [{ source: 'placeholder', ref: PLACEHOLDER }];
		uncited.push(path);
	} else if (PLAIN_STRINGS.has(key) && (issue.code === 'invalid_type' || issue.code === 'too_small')) {
		parent[key] = PLACEHOLDER;
	} else if (issue.code === 'invalid_type' && issue.expected === 'object') {
		// Every required object field but a step's target (a union, reported otherwise) is a text.
		parent[key] = { ja: PLACEHOLDER, en: PLACEHOLDER };
	} else return false;
	return true;
}

const pathOf = (issue: z.core.$ZodIssue) => issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function getIn(value: unknown, path: readonly PathSegment[]): unknown {
	return path.reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), value);
}

function setIn(value: unknown, path: readonly PathSegment[], to: unknown) {
	const parent = getIn(value, path.slice(0, -1));
	if (isObject(parent)) parent[path.at(-1)!] = to;
}

function positionOf(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[]): { line?: number; column?: number } {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number] } | undefined;
		if (node && typeof node === 'object' && node.range) {
			const { line, col } = lineCounter.linePos(node.range[0]);
			return { line, column: col };
		}
	}
	return {};
}
