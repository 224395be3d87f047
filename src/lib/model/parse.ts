import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { isScalar, LineCounter, parseDocument, Schema, type Document, type ScalarTag } from 'yaml';
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
	return check(file, readQuickly(file.text) ?? readWithDocument(file.text));
}

/**
 * For the tests, which hold the two readings to each other: a file read by js-yaml (undefined where it
 * steps aside) or by yaml alone, with the data as read, before the schema.
 */
export function parseDataFileWith(reader: 'js-yaml' | 'yaml', file: RawFile): { parsed: ParsedFile; data: unknown } | undefined {
	const read = reader === 'js-yaml' ? readQuickly(file.text) : readWithDocument(file.text);
	return read && { parsed: check(file, read), data: read.data };
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

/** The tags of yaml's core schema (parseDocument's for YAML 1.2) that resolve plain scalars, in the order yaml tries them. */
const PLAIN_SCALAR_TAGS = new Schema({}).tags.filter(
	(tag): tag is ScalarTag & { test: RegExp } => !tag.collection && tag.default === true && tag.test !== undefined
);
// an empty node reaches js-yaml's resolvers as null, yaml's as ''
const yamlTagOf = (source: string | null) => PLAIN_SCALAR_TAGS.find((tag) => tag.test.test(source ?? ''));

/**
 * js-yaml resolving plain scalars by yaml's own tags, so that `yes`, `~`, `0o17`, `.inf` or `1e309` come
 * out as yaml makes them (js-yaml's CORE_SCHEMA leaves `1e309` a string and reads `0b1` as a number). One
 * js-yaml type for them all: js-yaml keeps only the last of several types with one tag. Where one of
 * yaml's tags would report an error it throws instead, and yaml reads the file.
 */
const YAML_CORE = FAILSAFE_SCHEMA.extend({
	implicit: [
		new Type('!yaml-core-scalar', {
			kind: 'scalar',
			resolve: (source: string | null) => yamlTagOf(source) !== undefined,
			construct: (source: string | null) => {
				const value = yamlTagOf(source)!.resolve(source ?? '', (message) => {
					throw new Error(message);
				}, DOCUMENT_OPTIONS);
				return isScalar(value) ? value.value : value;
			}
		})
	]
});

/**
 * Texts that yaml alone reads, because js-yaml could make other data of them or let pass what yaml
 * reports. Some ordinary texts match too, a word that starts with "*" or "&" for one, and are merely read
 * the slow way.
 */
const YAML_ONLY = new RegExp(
	[
		// an alias, or an anchor that an alias would need: yaml bounds an alias's expansion (the "billion
		// laughs") where js-yaml hands back shared objects, and reports two anchors on a node
		/(?:^|[\s[{,:])[*&][^\s[\]{},]/,
		// a tag: yaml resolves those it knows (!!binary, !!timestamp…) and reports the others, js-yaml knows others
		/(?:^|[\s[{,:])!/,
		// a directive: `%YAML 1.1` changes yaml's schema
		/^%/,
		// a comment right after a quoted text or in a flow collection with no space before it, which yaml reports
		/["'[\]{},:]#/,
		// anything but a comment after `---` or `...`: js-yaml takes `---word` for a marker, lets pass a
		// block collection on the marker's line
		/^(?:---|\.\.\.)(?![ \t]*\r?$|[ \t]+#)/,
		// a line long enough for a key of more than 1024 characters, which yaml reports
		/^.{1024,}(?::(?:\s|$)|["'\]}]:)/,
		// a list item with nothing after its dash: js-yaml takes the less indented items after it into its list
		/(?:^|[ ])-(?:[ ]+#.*)?[ ]*\r?$/,
		// a block scalar's indentation given in its header, which the two count differently at the top
		// level; so they do blank lines with spaces before its first line, or at the end of the text with no
		// line break after them
		/[|>][-+]?[0-9]/,
		/[|>][-+0-9]*[ \t]*(?:#.*)?\r?\n(?:[ ]*\r?\n)*[ ]+\r?\n/,
		/\n[ ]+(?![^])/,
		// tabs, which js-yaml lets pass in places where yaml reports them
		/\t/,
		// a carriage return without a line feed: a line break to js-yaml, text to yaml; and the line
		// separators of Unicode, which end a line for these patterns' ^ and $ but not for yaml
		/\r(?!\n)|[\u0085\u2028\u2029]/,
		// a byte order mark after the start
		/[^]\uFEFF/
	]
		.map((pattern) => pattern.source)
		.join('|'),
	'm'
);

/**
 * The data of a file read by js-yaml, which is several times faster than yaml's parseDocument on a
 * large file; the document, for line and column, is made only when a position is asked for. Undefined
 * where the two could differ, and where js-yaml finds anything wrong or warns: the file is then read by
 * yaml, whose messages name the line and column.
 */
function readQuickly(text: string): YamlRead | undefined {
	if (YAML_ONLY.test(text)) return undefined;
	const made = new Set<object>();
	let data: unknown;
	try {
		data =
			load(text, {
				schema: YAML_CORE,
				// its warnings (a line not indented enough, for one) are errors to yaml
				onWarning: (warning) => {
					throw warning;
				},
				// every list and map it makes, to find those that became keys
				listener: (event, state) => {
					if (event === 'close' && isObject(state.result)) made.add(state.result);
				}
			}) ?? {};
	} catch {
		return undefined;
	}
	if (!keysAsYamlMakesThem(data, made)) return undefined;
	let locate: ParsedFile['locate'] | undefined;
	return { data, syntaxErrors: [], locate: (path) => (locate ??= compose(text).locate)(path) };
}

/**
 * Whether the keys in js-yaml's data are those yaml would make. Not when a key is null or empty, "null"
 * to js-yaml and "" to yaml; nor when it is a list or a map, which yaml writes out as YAML and js-yaml
 * with String(): such a collection was made, but is nowhere in the data.
 */
function keysAsYamlMakesThem(data: unknown, made: ReadonlySet<object>): boolean {
	let found = 0;
	const visit = (value: unknown): boolean => {
		if (!isObject(value)) return true;
		if (made.has(value)) found++;
		if (Array.isArray(value)) return value.every(visit);
		return Object.entries(value).every(([key, v]) => key !== 'null' && visit(v));
	};
	return visit(data) && found === made.size;
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
