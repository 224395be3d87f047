// npm run check:data [-- FILE|DIR …]: check data/ together with the given files, list every problem as
// file:line:column: path: message, and end with a count. A given file replaces the data/ file of the
// same name or with most of the same ids (an edited copy), so `-- DIR` holding a copy of data/ checks the copy.
import { formatError } from '../src/lib/model/errors.ts';
import type { RawFile } from '../src/lib/model/parse.ts';
import { quoteErrors } from '../src/lib/sources/check.ts';
import { checkOwnFiles } from '../src/lib/view/preview-files.ts';
import { readDataFiles, readDataPaths, readSourceFile } from './data-files.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function readGiven(): RawFile[] {
	try {
		return readDataPaths(process.argv.slice(2));
	} catch (error) {
		console.error(`check:data: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(2);
	}
}

const given = readGiven();
const builtIn = readDataFiles('data');
// Every quote is looked up in its document in sources/, inside the section its ref names.
const { result, replaced } = checkOwnFiles(builtIn, given, { extra: (files) => quoteErrors(files, (file) => readSourceFile(file)) });
for (const r of replaced) if (r.file !== r.builtIn) console.log(`${r.file} replaces ${r.builtIn}`);
const checked = builtIn.length - replaced.length + given.length;
const which = given.length > 0 ? `data/ with ${plural(given.length, 'given file')}` : 'data/';

if (!result.ok) {
	for (const error of result.errors) console.error(formatError(error));
	const files = new Set(result.errors.map((e) => e.file)).size;
	console.error(`\n${plural(result.errors.length, 'problem')} in ${files} of ${checked} files (${which})`);
	process.exit(1);
}
const m = result.model;
console.log(
	`${checked} files OK (${which}) — ${m.bodies.length} bodies, ${m.organizations.length} organizations, ` +
		`${m.relationships.length} relationships, ${m.diagrams.length} diagrams, ${m.sources.length} sources`
);
