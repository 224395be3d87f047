import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { parseDataFile, type ParsedFile } from '../model/parse.ts';
import { forEachCitation } from '../model/references.ts';
import { checkQuotes, quoteErrors, type SourceText } from './check.ts';

const files = readDataFiles('data').map(parseDataFile);
const sources = files.flatMap((f) => f.content.sources);
const texts: SourceText[] = sources.map((source) => ({ source, text: readFileSync(`sources/${source.file}`, 'utf8') }));

/** The real data with one citation's quote or ref replaced. */
function withCitation(change: { quote?: string; ref?: string }): { files: ParsedFile[]; path: (string | number)[] } {
	const copy = files.map((f) => ({ ...f, content: structuredClone(f.content) }));
	const acm = copy.find((f) => f.name === 'data/acm.yaml')!;
	let path: (string | number)[] = [];
	forEachCitation(acm.content, (p, c) => {
		if (path.length || c.source !== 'dow2018' || c.ref !== '図表Ⅱ-4-2-3') return;
		Object.assign(c, change);
		path = [...p, 'quote'];
	});
	return { files: copy, path };
}

describe('checkQuotes', () => {
	it('finds every quote of the data in its document, inside the section its ref names', () => {
		let quotes = 0;
		for (const f of files) forEachCitation(f.content, (_, c) => (quotes += c.quote ? 1 : 0));
		expect(quotes).toBeGreaterThan(500);
		expect(checkQuotes(files, texts)).toEqual([]);
	});

	it('reports a quote that is not in the document, at the citation', () => {
		const { files: changed, path } = withCitation({ quote: '同盟調整メカニズムは存在しない' });
		expect(checkQuotes(changed, texts)).toEqual([
			{ file: 'data/acm.yaml', path, message: 'quote not found in dow2018.txt: 「同盟調整メカニズムは存在しない」' }
		]);
	});

	it('reports a quote that stands in another section than its ref names, with the lines of both', () => {
		// 「共同計画を策定していくこととしている」 is in 3.1(3), not in the ACM figure.
		const { files: changed, path } = withCitation({ quote: '共同計画を策定していくこととしている' });
		const errors = checkQuotes(changed, texts);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'data/acm.yaml', path });
		expect(errors[0]!.message).toMatch(/^quote is not in 図表Ⅱ-4-2-3 \(lines [\d–, ]+\) but at line \d+ of dow2018\.txt/);
	});

	it('places each error at its line and column in the data file', () => {
		const { files: changed } = withCitation({ quote: '同盟調整メカニズムは存在しない' });
		const [error] = quoteErrors(changed, (file) => texts.find((t) => t.source.file === file)?.text);
		const acm = changed.find((f) => f.name === 'data/acm.yaml')!;
		expect(error).toMatchObject({ file: 'data/acm.yaml', ...acm.locate(error!.path) });
		expect(error!.line).toBeGreaterThan(1);
		expect(error!.column).toBeGreaterThan(1);
	});

	it('reports a ref that names no section', () => {
		const { files: changed } = withCitation({ ref: '図表Ⅸ-9' });
		expect(checkQuotes(changed, texts).map((e) => e.message)).toEqual([
			'ref "図表Ⅸ-9" names no section of dow2018.txt (see its sections in data/sources.yaml)'
		]);
	});

	it('reports a source whose text is missing from sources/', () => {
		const errors = checkQuotes(files, texts.map((t) => (t.source.id === 'scc2024' ? { source: t.source } : t)));
		expect(errors).toContainEqual({ file: 'data/sources.yaml', path: ['sources', sources.findIndex((s) => s.id === 'scc2024'), 'file'], message: 'no copy of "scc2024.txt" in sources/' });
	});
});
