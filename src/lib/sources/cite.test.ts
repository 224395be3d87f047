import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { parseDataFile } from '../model/parse.ts';
import { checkQuotes } from './check.ts';
import { citationFor } from './cite.ts';

const files = readDataFiles('data').map(parseDataFile);
const dow2018 = files.flatMap((f) => f.content.sources).find((s) => s.id === 'dow2018')!;
const text = readFileSync('sources/dow2018.txt', 'utf8');

describe('citationFor', () => {
	it('cites a selection by the narrowest section that holds it', () => {
		// the reader shows the printed line break inside 「ガイドラインに基づ／き」 joined up
		expect(citationFor(dow2018, text, ' 15（平成27）年11月、日米両政府は、ガイドラインに基づき ')).toEqual({
			source: 'dow2018',
			ref: '3.1(1)',
			quote: '15（平成27）年11月、日米両政府は、ガイドラインに基づき'
		});
		expect(citationFor(dow2018, text, '共同計画策定メカニズム（BPM）の構成')?.ref).toMatch(/^(3\.1\(3\)|図表Ⅱ-4-2-4)/);
	});

	it('makes citations the quote check accepts', () => {
		const citation = citationFor(dow2018, text, '平時から緊急事態までのあらゆる段階における')!;
		const acm = files.find((f) => f.name === 'data/acm.yaml')!;
		const copy = { ...acm, content: { ...acm.content, bodies: [{ ...acm.content.bodies[0]!, sources: [citation] }] } };
		expect(checkQuotes([copy], [{ source: dow2018, text }])).toEqual([]);
	});

	it('gives nothing for a selection the document does not have, or an empty one', () => {
		expect(citationFor(dow2018, text, '存在しない文章です')).toBeUndefined();
		expect(citationFor(dow2018, text, '  ')).toBeUndefined();
	});
});
