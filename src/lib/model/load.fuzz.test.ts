// The loader against adversarial and randomly damaged files: it must never throw, never touch
// Object.prototype, and answer every bad file with problems that name the file (and a line inside it).
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { seededRandom } from '../../../scripts/seeded-random.ts';
import { formatError } from './errors.ts';
import { loadModel, type LoadResult } from './load.ts';
import type { RawFile } from './parse.ts';

const real = readDataFiles('data');

function laughs(levels: number): string {
	const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
	for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
	return lines.join('\n');
}

const ADVERSARIAL: Record<string, string> = {
	'billion laughs (aliases of aliases)': laughs(9),
	'alias as a body': 'bodies:\n  - &b { id: x, name: { ja: x, en: x }, sources: [{ source: s, ref: r }] }\n  - *b\n  - *b\n',
	'deeply nested flow sequence': `bodies: ${'['.repeat(5_000)}${']'.repeat(5_000)}`,
	'deeply nested block maps': Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n'),
	'__proto__ key at the top': '__proto__: { polluted: yes }\nbodies: []\n',
	'__proto__ inside a body': 'bodies:\n  - id: x\n    __proto__: { polluted: yes }\n    name: { ja: x, en: x }\n',
	'constructor.prototype key': 'constructor: { prototype: { polluted: yes } }\n',
	'merge key into a body': 'bodies:\n  - <<: { id: x, polluted: yes }\n    name: { ja: x, en: x }\n',
	'JavaScript tag': 'bodies:\n  - !!js/function "function () { globalThis.polluted = 1 }"\n',
	'unknown tag': 'bodies: !evil [1]\n',
	'top-level list': '- 1\n- 2\n',
	'top-level scalar': 'just text',
	'only a comment': '# nothing here\n',
	'NUL bytes and control characters': 'bodies:\n  - id: "\u0000\u0001"\n    name: { ja: "\u0007", en: "\u001b[31m" }\n',
	'byte order mark and CRLF': '\uFEFFbodies:\r\n  - id: x\r\n',
	'lone surrogate': 'bodies:\n  - id: "\ud800"\n',
	'a very long line': `bodies:\n  - id: ${'x'.repeat(200_000)}\n`,
	'numbers where text belongs': 'bodies:\n  - id: 12\n    name: { ja: 1e309, en: .nan }\n',
	'duplicate keys': 'bodies: []\nbodies: []\n',
	'markup in names': 'bodies:\n  - id: x\n    name: { ja: "<script>alert(1)</script>", en: "<img src=x onerror=alert(1)>" }\n',
	'binary garbage': String.fromCharCode(...Array.from({ length: 2_000 }, (_, i) => (i * 7919) % 256))
};

/** Loads and checks the invariants every answer must hold; returns the result for further checks. */
function loadSafely(files: RawFile[], damaged: RawFile): LoadResult {
	let result: LoadResult | undefined;
	expect(() => (result = loadModel(files)), damaged.name).not.toThrow();
	expect(Object.prototype, 'Object.prototype was polluted').not.toHaveProperty('polluted');
	expect(globalThis).not.toHaveProperty('polluted');
	if (!result!.ok) {
		const names = new Set(files.map((f) => f.name));
		const lines = new Map(files.map((f) => [f.name, f.text.split('\n').length]));
		for (const error of result!.errors) {
			expect(names.has(error.file), formatError(error)).toBe(true);
			expect(error.message.trim().length, formatError(error)).toBeGreaterThan(0);
			if (error.line !== undefined) {
				expect(error.line, formatError(error)).toBeGreaterThanOrEqual(1);
				expect(error.line, formatError(error)).toBeLessThanOrEqual(lines.get(error.file)!);
			}
		}
	}
	return result!;
}

describe('loader against adversarial files', () => {
	for (const [what, text] of Object.entries(ADVERSARIAL)) {
		it(`${what}: a clear answer, no exception, nothing polluted`, () => {
			const damaged = { name: 'data/hostile.yaml', text };
			const result = loadSafely([...real, damaged], damaged);
			// None of these is a valid data file, apart from a file with nothing in it.
			if (what !== 'only a comment') {
				expect(result.ok).toBe(false);
				if (!result.ok) expect(result.errors.some((e) => e.file === damaged.name)).toBe(true);
			}
		});
	}

	it('stops alias expansion instead of building a billion strings', () => {
		const result = loadModel([{ name: 'data/laughs.yaml', text: laughs(9) }]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.map(formatError).join('\n')).toMatch(/alias/i);
	});
});

/** One random change of the kind a hurried edit makes, or worse. */
function mutate(text: string, r: ReturnType<typeof seededRandom>): string {
	const lines = text.split('\n');
	const at = r.int(lines.length);
	switch (r.int(8)) {
		case 0:
			lines.splice(at, 1 + r.int(3));
			break;
		case 1:
			lines.splice(at, 0, lines[r.int(lines.length)]!);
			break;
		case 2: {
			const other = r.int(lines.length);
			[lines[at], lines[other]] = [lines[other]!, lines[at]!];
			break;
		}
		case 3:
			lines[at] = (r.next() < 0.5 ? '  ' : '') + lines[at]!.replace(/^ {2}/, r.next() < 0.5 ? '' : '   ');
			break;
		case 4:
			lines[at] = lines[at]!.replace(/: .*$/, `: ${r.pick(['', '~', '[', '{', '"', '*nope', '&a', '<script>', '!!binary x', '1e309', '- x'])}`);
			break;
		case 5: {
			const line = lines[at]!;
			const cut = r.int(line.length + 1);
			lines[at] = line.slice(0, cut) + r.pick([':', '#', '|', '>', '\t', '\u0000', '%', '@', '`', '"', "'"]) + line.slice(cut);
			break;
		}
		case 6:
			return lines.slice(0, at).join('\n') + lines[at]!.slice(0, r.int(lines[at]!.length + 1));
		default:
			lines[at] = lines[at]!.replace(/\b(id|from|to|source|body|org|stage|memberOf|parent)\b: *(\S+)/, (_, key) => `${key}: ${r.pick(['x', 'acg', '__proto__', 'constructor', ''])}`);
	}
	return lines.join('\n');
}

describe('loader against randomly damaged copies of the real data (seeded)', () => {
	const MUTANTS = 120;
	it(`${MUTANTS} damaged files: never a throw, always a located answer`, () => {
		const r = seededRandom(20261122);
		let rejected = 0;
		for (let i = 0; i < MUTANTS; i++) {
			const victim = r.pick(real);
			let text = victim.text;
			for (let k = 1 + r.int(3); k > 0; k--) text = mutate(text, r);
			const damaged = { name: victim.name, text };
			const result = loadSafely(
				real.map((f) => (f === victim ? damaged : f)),
				damaged
			);
			if (!result.ok) rejected++;
		}
		// Most damage is caught; some (a swapped pair of list items, say) leaves valid data.
		expect(rejected).toBeGreaterThan(MUTANTS / 2);
	}, 60_000);
});
