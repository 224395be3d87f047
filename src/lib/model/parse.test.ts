// parseDataFile reads with js-yaml where it can and with yaml where only yaml gives the answer; both
// readings must agree on every file js-yaml takes: the same data, errors and positions.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { syntheticYaml } from '../../../bench/synthetic.ts';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { seededRandom } from '../../../scripts/seeded-random.ts';
import type { PathSegment } from './errors.ts';
import { parseDataFile, parseDataFileWith, type ParsedFile, type RawFile } from './parse.ts';

const real = readDataFiles('data');

const withoutLocate = ({ locate: _, ...rest }: ParsedFile) => rest;

function pathsIn(value: unknown, path: PathSegment[] = [], into: PathSegment[][] = []): PathSegment[][] {
	into.push(path);
	if (Array.isArray(value)) value.forEach((v, i) => pathsIn(v, [...path, i], into));
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsIn(v, [...path, k], into);
	return into;
}

/** Reads a file both ways; where js-yaml takes it, everything must be as yaml has it. Says who read it. */
function readBothWays(file: RawFile, positions = Infinity): 'js-yaml' | 'yaml' {
	const quick = parseDataFileWith('js-yaml', file);
	const slow = parseDataFileWith('yaml', file)!;
	expect(withoutLocate(parseDataFile(file))).toEqual(withoutLocate(slow.parsed));
	if (!quick) return 'yaml';
	// the same values of the same types (1 is not "1", -0 is not 0, NaN is NaN), keys in the same order
	expect(isDeepStrictEqual(quick.data, slow.data), 'same data').toBe(true);
	expect(JSON.stringify(quick.data)).toBe(JSON.stringify(slow.data));
	expect(withoutLocate(quick.parsed)).toEqual(withoutLocate(slow.parsed));
	const paths = pathsIn(slow.data);
	const step = Math.max(1, Math.ceil(paths.length / positions));
	for (let i = 0; i < paths.length; i += step) {
		// a missing field is placed at its parent
		for (const path of [paths[i]!, [...paths[i]!, 'missing']]) {
			expect(quick.parsed.locate(path), path.join('.')).toEqual(slow.parsed.locate(path));
		}
	}
	return 'js-yaml';
}

const data = (text: string): RawFile => ({ name: 'data/tricky.yaml', text });
const body = (fields: string) => `bodies:\n  - id: x\n    name: { ja: 甲, en: A }\n${fields}    sources: [{ source: s, ref: r }]\n`;

describe('parseDataFile reads with js-yaml as yaml would', () => {
	it('every data file, by js-yaml', () => {
		for (const file of real) expect(readBothWays(file), file.name).toBe('js-yaml');
	});

	// the benchmark's file, smaller: the generator writes the same constructs at every size
	it('a generated 500-body file, by js-yaml', () => {
		expect(readBothWays({ name: 'data/synthetic.yaml', text: syntheticYaml(500) }, 500)).toBe('js-yaml');
	}, 30_000);

	it('plain scalars as yaml resolves them: YAML 1.2 core, dates and yes/no stay texts', () => {
		const text = [
			'date: 2015-04-27',
			'month: 2015-11',
			'time: 12:30',
			'yes: yes',
			'no: No',
			'on: on',
			'true: True',
			'false: FALSE',
			'tilde: ~',
			'null: Null',
			'empty:',
			'octal: 0o17',
			'leading zero: 017',
			'hex: 0x1F',
			'binary: 0b1',
			'plus: +12',
			'minus zero: -0',
			'float: 1.50',
			'dot: .5',
			'minus dot: -.5',
			'exponent: 1e3',
			'too big: 1e309',
			'inf: -.Inf',
			'nan: .NaN',
			'underscore: 1_000',
			'quoted: "12"',
			'merge: <<',
			'<<: { merged: no }',
			'__proto__: { polluted: yes }',
			'constructor: { prototype: x }',
			'toString: x'
		].join('\n');
		// `null: Null` has a key that js-yaml would name "null" where yaml names it ""
		expect(readBothWays(data(text))).toBe('yaml');
		const rest = text.replace('null: Null\n', '');
		expect(readBothWays(data(rest))).toBe('js-yaml');
		const read = parseDataFileWith('js-yaml', data(rest))!.data as Record<string, unknown>;
		expect(read).toMatchObject({ date: '2015-04-27', month: '2015-11', time: '12:30', yes: 'yes', no: 'No', on: 'on', true: true, false: false });
		expect(read).toMatchObject({ tilde: null, empty: null, octal: 15, 'leading zero': 17, hex: 31, binary: '0b1', plus: 12, float: 1.5 });
		expect(read).toMatchObject({ dot: 0.5, 'minus dot': -0.5, exponent: 1000, 'too big': Infinity, inf: -Infinity, underscore: '1_000', quoted: '12' });
		expect(Object.is(read['minus zero'], -0) && Number.isNaN(read.nan)).toBe(true);
		expect(read.merge).toBe('<<');
		expect(read['<<']).toEqual({ merged: 'no' });
		expect(Object.getOwnPropertyNames(read)).toContain('__proto__');
		expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	// Each text with the reader that must take it: 'yaml' where js-yaml could make other data of it or
	// let pass what yaml reports.
	const TRICKY: [string, string, 'js-yaml' | 'yaml'][] = [
		['a valid record', body(''), 'js-yaml'],
		['a record with mistakes, located lazily', body('    kind: nonsense\n    extra: 1\n').replace('en: A', 'en: ""'), 'js-yaml'],
		['nothing at all', '', 'js-yaml'],
		['only a comment', '# nothing here\n', 'js-yaml'],
		['only a document marker', '---\n', 'js-yaml'],
		['a null document', '~\n', 'js-yaml'],
		['spaces only', '   ', 'js-yaml'],
		['a top-level list', '- 1\n- 2\n', 'js-yaml'],
		['a top-level text', 'just text', 'js-yaml'],
		['a byte order mark at the start', `\uFEFF${body('')}`, 'js-yaml'],
		['Windows line ends', body('').replace(/\n/g, '\r\n'), 'js-yaml'],
		['block scalars, every chomping', 'a: |\n  x\n\nb: >-\n  x\n  y\n\nc: |+\n  x\n\nd: >\n  x\n\n   y\n  z\n', 'js-yaml'],
		['multi-line texts, plain and quoted', 'a: x\n  y\nb: "x\n  y \\\n  z"\nc: \'x\n\n  y\'\n', 'js-yaml'],
		['escapes', 'a: "\\N\\_\\L\\P\\e\\0\\a\\v\\/\\ \\x41\\u263A\\U0001F600"\n', 'js-yaml'],
		['an explicit key', '? a\n: b\n', 'js-yaml'],
		['flow collections', 'a: [[1, 2], [3, 4]]\nb: { c: [x, y], d: {} }\ne: [a: b]\nf: {g, h}\n', 'js-yaml'],
		['a key longer than 1024 characters', `${'k'.repeat(1100)}: 1\n`, 'yaml'],
		['a key that is a list', '[a, b]: 1\n', 'yaml'],
		['a key that is a map, in a flow map', '{ {a: 1}, b: 2 }\n', 'yaml'],
		['a key that is a list, explicit', '? [a]\n: 1\n', 'yaml'],
		['an empty key', ': x\n', 'yaml'],
		['a null key', '~: x\n', 'yaml'],
		['a quoted key "null"', '"null": x\n', 'yaml'],
		['an alias', 'a: &a [1]\nb: *a\n', 'yaml'],
		['an anchor alone', 'a: &a [1]\n', 'yaml'],
		['an alias as a body', 'bodies:\n  - &b { id: x, name: { ja: x, en: x }, sources: [{ source: s, ref: r }] }\n  - *b\n', 'yaml'],
		['a JavaScript tag', 'bodies:\n  - !!js/function "function () {}"\n', 'yaml'],
		['a core tag', 'a: !!str 12\n', 'yaml'],
		['an unknown tag', 'bodies: !evil [1]\n', 'yaml'],
		['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n', 'yaml'],
		['two documents', 'a: 1\n---\nb: 2\n', 'yaml'],
		['duplicate keys', 'bodies: []\nbodies: []\n', 'yaml'],
		['duplicate keys of different types', '1: a\n"1": b\n', 'yaml'],
		['a syntax error', 'bodies:\n  - id: [x\n', 'yaml'],
		['tabs as indentation', 'bodies:\n\t- id: x\n', 'yaml'],
		['a tab in a block scalar', 'a: |\n  x\n\t\n', 'yaml'],
		['a carriage return without a line feed', 'a: x\ry\n', 'yaml'],
		['a line separator', 'a: x\u2028y\n', 'yaml'],
		['a byte order mark inside', 'a: x\uFEFFy\n', 'yaml'],
		['a quoted text continued too little indented', 'a:\n  b: "x\n  y"\n', 'yaml'],
		['a flow list continued too little indented', 'a:\n  b: [x,\n y]\n', 'yaml'],
		['a comment glued to a quoted text', 'a: "x"#c\n', 'yaml'],
		['a comment glued to a comma', 'a: [x,#c\n  y]\n', 'yaml'],
		['a word glued to a document marker', '---word\n', 'yaml'],
		['a map on the line of a document marker', '--- a: b\n', 'yaml'],
		['an empty list item before a less indented one', 'a:\n  - - x\n    -\n  - y\n', 'yaml'],
		['a block scalar with its indentation given, at the top', '|2\n   x\n', 'yaml'],
		['blank lines with spaces before a block scalar', 'a: >\n \n  \n   \n # comment\n', 'yaml'],
		['blank spaces at the end of a kept block scalar', 'a: |+\n  x\n  ', 'yaml'],
		['nesting deeper than js-yaml goes', `a: ${'['.repeat(150)}${']'.repeat(150)}\n`, 'yaml'],
		['aliases of aliases (the billion laughs)', 'a0: &a0 [lol, lol]\na1: &a1 [*a0, *a0]\n', 'yaml'],
		['NUL bytes', 'a: "\u0000"\n', 'yaml'],
		['control characters', 'a: x\u0007y\n', 'yaml'],
		['a lone surrogate', 'a: "\ud800"\n', 'js-yaml']
	];
	for (const [what, text, reader] of TRICKY) {
		it(`${what}: by ${reader}`, () => expect(readBothWays(data(text))).toBe(reader));
	}

	it('damaged copies of the data files (seeded): js-yaml never disagrees with yaml', () => {
		const r = seededRandom(20250427);
		const edits = ['', ' ', '  ', ':', ': ', '- ', '-', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>-', '|+', '~', '---', '\r\n', 'x: y'];
		let quick = 0;
		for (let i = 0; i < 150; i++) {
			const victim = r.pick(real);
			const lines = victim.text.split('\n');
			for (let k = 1 + r.int(3); k > 0; k--) {
				const at = r.int(lines.length);
				const line = lines[at]!;
				const cut = r.int(line.length + 1);
				if (r.next() < 0.3) lines.splice(at, 1);
				else lines[at] = line.slice(0, cut) + r.pick(edits) + line.slice(cut + r.int(3));
			}
			if (readBothWays({ name: victim.name, text: lines.join('\n') }, 50) === 'js-yaml') quick++;
		}
		// most damage leaves YAML that js-yaml reads, so the comparison has something to compare
		expect(quick).toBeGreaterThan(50);
	}, 60_000);
});
