import { describe, expect, it } from 'vitest';
import { loadDataModel } from '../../../scripts/scene-source.ts';
import { LANGS } from '../i18n/lang.ts';
import { citer } from '../model/details.ts';
import { operationsTable } from './operations.ts';

const model = loadDataModel();
const cite = citer(model);
const c2 = model.stages.find((s) => s.id === 'c2')!;
const operations = c2.operations.map((o) => ({ ...o, sources: o.sources.map(cite) }));

describe('operationsTable', () => {
	it('has the stage panel’s caption and headings in each language', () => {
		expect(operationsTable(operations, 'ja')).toMatchObject({ caption: '作戦（日本に対する武力攻撃）', header: { area: '作戦', sdf: '自衛隊', us: '米軍' } });
		expect(operationsTable(operations, 'en')).toMatchObject({
			caption: 'Operations (armed attack against Japan)',
			header: { area: 'Operation', sdf: 'SDF', us: 'U.S. forces' }
		});
	});

	it.each(LANGS)('gives one row per operation, worded as the data words it (%s)', (lang) => {
		const table = operationsTable(operations, lang);
		expect(table.rows).toHaveLength(8);
		table.rows.forEach((row, i) => expect(row).toMatchObject({ area: c2.operations[i]!.area[lang], sdf: c2.operations[i]!.sdf[lang], us: c2.operations[i]!.us[lang] }));
		expect(table.rows[0]).toMatchObject(
			lang === 'ja'
				? { area: '空域を防衛するための作戦', sdf: '航空優勢を確保しつつ、防空作戦を主体的に実施', us: '自衛隊の作戦を支援し及び補完するための作戦を実施' }
				: { area: 'Operations to defend airspace', us: "Conduct operations to support and supplement the SDF's operations" }
		);
	});

	it('marks the rows the source prints once across both sides', () => {
		const rows = operationsTable(operations, 'en').rows;
		expect(rows.filter((r) => r.shared).map((r) => r.area)).toEqual([
			'Cross-domain operations: ISR',
			'Cross-domain operations: space and cyberspace',
			'Cross-domain operations: special operations'
		]);
		for (const r of rows.filter((r) => r.shared)) expect(r.sdf).toBe(r.us);
	});

	it('names each cited document and section once, never a file', () => {
		expect(operationsTable(operations, 'ja').sourceLine).toBe(
			'出典: 平成30年版 防衛白書 第Ⅱ部第4章第2節「同盟強化の基盤となる取組」 図表Ⅱ-4-2-2 第Ⅳ章C2 作戦構想; ' +
				`${model.sources.find((s) => s.id === 'interim2014')!.title.ja} V`
		);
		const en = operationsTable(operations, 'en').sourceLine;
		expect(en).toMatch(/^Source: Defense of Japan 2018, Part II, Chapter 4, Section 2 /);
		for (const lang of LANGS) {
			const line = operationsTable(operations, lang).sourceLine;
			for (const s of model.sources) expect(line).not.toContain(s.file);
			expect(line).not.toMatch(/seed|\.txt/i);
		}
	});
});
