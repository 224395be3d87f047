// npm run share -- FILE [--lang ja|en] [--base URL]: the link that opens a walkthrough file in Renkei, the
// walkthrough carried in the link's fragment (#walk-data=…). The file is checked with data/ as
// check:data checks it, and as the editor checks a walkthrough before sharing; a link longer than chat
// tools keep intact is printed with a warning, since the file itself is then the better thing to send.
import { parseArgs } from 'node:util';
import { formatError } from '../src/lib/model/errors.ts';
import { LANGS, type Lang } from '../src/lib/model/schema.ts';
import { authoringProblems, contextFromModel } from '../src/lib/scenario/authored.ts';
import { CHAT_LIMIT, encodeWalkthrough, shareFragment } from '../src/lib/scenario/share.ts';
import { readWalkthroughFile } from '../src/lib/scenario/walkthrough-file.ts';
import { quoteErrors } from '../src/lib/sources/check.ts';
import { checkOwnFiles } from '../src/lib/view/preview-files.ts';
import { readDataFile, readDataFiles, readSourceFile } from './data-files.ts';

const USAGE = 'usage: npm run share -- FILE [--lang ja|en] [--base URL]';

function fail(lines: readonly string[], code: number): never {
	for (const line of lines) console.error(line);
	process.exit(code);
}

function readArgs(): { path: string; lang: Lang; base: string } {
	try {
		const { values, positionals } = parseArgs({ options: { lang: { type: 'string', default: 'ja' }, base: { type: 'string', default: '' } }, allowPositionals: true });
		if (positionals.length !== 1) fail([USAGE], 2);
		if (!(LANGS as readonly string[]).includes(values.lang)) fail([`share: --lang is ja or en, not "${values.lang}"`, USAGE], 2);
		return { path: positionals[0]!, lang: values.lang as Lang, base: values.base.replace(/\/+$/, '') };
	} catch (error) {
		fail([`share: ${error instanceof Error ? error.message : String(error)}`, USAGE], 2);
	}
}

const { path, lang, base } = readArgs();
let file;
try {
	file = readDataFile(path);
} catch (error) {
	fail([`share: ${error instanceof Error ? error.message : String(error)}`], 2);
}

// As check:data: with the built-in data, every quote looked up in its document.
const { result } = checkOwnFiles(readDataFiles('data'), [file], { extra: (files) => quoteErrors(files, (f) => readSourceFile(f)) });
if (!result.ok) fail([...result.errors.map(formatError), `\n${result.errors.length} problem(s): fix them, then share`], 1);

const read = readWalkthroughFile(file.name, file.text);
if (!read.ok) fail(read.errors, 1);
const walkthrough = read.walkthrough;

// What the editor refuses to share, such as a step on a body the diagram does not draw.
const diagram = result.model.diagrams.find((d) => d.id === walkthrough.diagram)!;
const problems = authoringProblems(walkthrough, contextFromModel(result.model, diagram));
if (problems.length > 0) fail(problems.map((p) => `${file.name}: ${p.message[lang]}`), 1);

const link = `${base}/${lang}/diagram/${walkthrough.diagram}/?walk=${walkthrough.id}&step=1#${shareFragment(await encodeWalkthrough(walkthrough))}`;
// Without --base the site's address is still to come, and the warning counts what is printed.
if (link.length > CHAT_LIMIT) {
	console.error(`share: the link is ${link.length} characters${base ? '' : ' before the site address'}; chat tools may cut links longer than ${CHAT_LIMIT}. Send the file instead, or shorten the walkthrough.`);
}
console.log(link);
