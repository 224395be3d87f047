import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { formatError } from '../model/errors.ts';
import { unpackModel } from '../model/packed.ts';
import { parseDataFile } from '../model/parse.ts';
import { asDataFile, checkOwnFiles, mergeFiles, packCheck, parsedAhead, readDeadline } from './preview-files.ts';

describe('preview files', () => {
	const file = (name: string, ...ids: string[]) => ({ name, ids });
	const merge = (builtIn: ReturnType<typeof file>[], own: ReturnType<typeof file>[]) =>
		mergeFiles(builtIn, own, (f) => f.ids);

	it('replaces a built-in file by name and adds new ones', () => {
		const acm = file('data/acm.yaml', 'acm', 'acg');
		const bpm = file('data/bpm.yaml', 'bpm');
		const edited = file('data/acm.yaml', 'acm');
		const extra = file('data/extra.yaml', 'x');
		expect(merge([acm, bpm], [edited, extra])).toEqual({
			files: [bpm, edited, extra],
			replaced: [{ file: 'data/acm.yaml', builtIn: 'data/acm.yaml' }]
		});
	});

	it('replaces a built-in file by a file under another name that defines most of its ids', () => {
		const acm = file('data/acm.yaml', 'acm', 'acg', 'bocc');
		const bpm = file('data/bpm.yaml', 'bpm', 'sdc');
		const copy = file('data/acm-edited.yaml', 'acm', 'acg', 'new-body');
		const mostlyNew = file('data/extra.yaml', 'bpm', 'a', 'b');
		expect(merge([acm, bpm], [copy, mostlyNew])).toEqual({
			files: [bpm, copy, mostlyNew],
			replaced: [{ file: 'data/acm-edited.yaml', builtIn: 'data/acm.yaml' }]
		});
		// Half is not most: the file is added next to the built-in one.
		expect(merge([bpm], [file('data/half.yaml', 'bpm')]).replaced).toEqual([]);
	});

	it('checks an edited copy of acm.yaml under another name as the replacement of acm.yaml', () => {
		const builtIn = readDataFiles('data');
		const acm = readFileSync('data/acm.yaml', 'utf8');
		const check = checkOwnFiles(builtIn, [{ name: 'data/acm-copy.yaml', text: acm }]);
		expect(check.replaced).toEqual([{ file: 'data/acm-copy.yaml', builtIn: 'data/acm.yaml' }]);
		expect(check.result.ok ? [] : check.result.errors.map(formatError)).toEqual([]);
	});

	it('takes the built-in files from the given parse, which may hold them parsed ahead, and parses own files itself', () => {
		const builtIn = readDataFiles('data');
		const given: string[] = [];
		const own = { name: 'data/acm-copy.yaml', text: readFileSync('data/acm.yaml', 'utf8') };
		const check = checkOwnFiles(builtIn, [own], { parse: (f) => (given.push(f.name), parseDataFile(f)) });
		expect(given).toEqual(builtIn.map((f) => f.name));
		expect(check.result.ok).toBe(true);
	});

	it('hands back a file parsed ahead only while its text is unchanged', () => {
		const acm = { name: 'data/acm.yaml', text: readFileSync('data/acm.yaml', 'utf8') };
		const ahead = parsedAhead();
		ahead.keep([acm]);
		const first = ahead.parse(acm);
		expect(ahead.parse({ ...acm })).toBe(first);
		const edited = ahead.parse({ ...acm, text: acm.text.replace(/^bodies:/m, 'bodies: [') });
		expect(edited).not.toBe(first);
		expect(edited.errors.length).toBeGreaterThan(0);
		expect(ahead.parse({ name: 'data/other.yaml', text: acm.text })).not.toBe(first);
	});

	it('names uploads as repository data files and bounds the deadline', () => {
		expect(asDataFile('C:\\Users\\me\\acm.yaml')).toBe('data/acm.yaml');
		expect(readDeadline(new URLSearchParams('deadline=250'))).toBe(250);
		expect(readDeadline(new URLSearchParams('deadline=-5'))).toBe(15_000);
		expect(readDeadline(new URLSearchParams('deadline=1e12'))).toBe(120_000);
		expect(readDeadline(null)).toBe(15_000);
	});
});

describe('packCheck', () => {
	const builtIn = readDataFiles('data');

	it('gives the page the diagrams and counts of a valid model, and the model itself packed', () => {
		const check = checkOwnFiles(builtIn, []);
		if (!check.result.ok) throw new Error('the built-in data should be valid');
		const packed = packCheck(check);
		if (!packed.result.ok) throw new Error('packed as invalid');
		expect(packed.result.diagrams.map((d) => d.id)).toEqual(check.result.model.diagrams.map((d) => d.id));
		expect(packed.result.bodies).toBe(check.result.model.bodies.length);
		expect(packed.result.relationships).toBe(check.result.model.relationships.length);
		expect(unpackModel(packed.result.model)).toEqual(check.result.model);
	});

	it('passes the errors of an invalid check through, with what was replaced', () => {
		const check = checkOwnFiles(builtIn, [{ name: 'data/acm.yaml', text: 'bodies: [' }]);
		expect(check.result.ok).toBe(false);
		expect(packCheck(check)).toEqual(check);
	});
});
