import { t } from '../i18n/messages.ts';
import type { Lang, Text } from '../model/schema.ts';
import { sourceLine } from './labels.ts';

/** A stage's operation as the data records it, with its citations resolved to a document and section. */
export interface OperationRecord {
	area: Text;
	sdf: Text;
	us: Text;
	sources: readonly { title: Text; ref: string }[];
}

export interface OperationRow {
	area: string;
	sdf: string;
	us: string;
	/** the source prints one entry across the SDF and U.S. columns (ISR, space and cyberspace, special operations) */
	shared: boolean;
}

/** The operations table (作戦構想) of a stage, worded once for the stage panel and the slides. */
export interface OperationsTable {
	caption: string;
	header: { area: string; sdf: string; us: string };
	rows: OperationRow[];
	/** "出典: …" / "Source: …" with each document and section the rows cite */
	sourceLine: string;
}

export function operationsTable(operations: readonly OperationRecord[], lang: Lang): OperationsTable {
	return {
		caption: t(lang, 'operations'),
		header: { area: t(lang, 'operationArea'), sdf: t(lang, 'sdfRole'), us: t(lang, 'usRole') },
		rows: operations.map((o) => ({
			area: o.area[lang],
			sdf: o.sdf[lang],
			us: o.us[lang],
			shared: o.sdf.ja === o.us.ja && o.sdf.en === o.us.en
		})),
		sourceLine: sourceLine(operations.flatMap((o) => o.sources), lang)
	};
}
