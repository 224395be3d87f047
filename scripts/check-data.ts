// npm run check:data [-- DIR]: validate the data files and list every problem with its file and path.
import { formatError } from '../src/lib/model/errors.ts';
import { loadModel } from '../src/lib/model/load.ts';
import { readDataFiles } from './data-files.ts';

const dir = process.argv[2] ?? 'data';
const files = readDataFiles(dir);
const result = loadModel(files);
if (!result.ok) {
	for (const error of result.errors) console.error(formatError(error));
	console.error(`\n${result.errors.length} problem(s) in ${dir}/`);
	process.exit(1);
}
const m = result.model;
console.log(
	`${dir}/: ${files.length} files OK — ${m.bodies.length} bodies, ${m.organizations.length} organizations, ` +
		`${m.relationships.length} relationships, ${m.diagrams.length} diagrams, ${m.sources.length} sources`
);
