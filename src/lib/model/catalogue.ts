import { byId, type Model } from './model.ts';
import { participantName } from './participants.ts';
import { citer, type ResolvedCitation } from './details.ts';
import type { Body, FigureColumn, Text } from './schema.ts';

export interface NamedBody {
	id: string;
	name: Text;
	abbr?: string;
}

export interface ParticipantLabel {
	name: Text;
	/** the organization's names and abbreviations, so that "MOFA" also finds 外務大臣 */
	orgNames: string[];
	asNeeded: boolean;
	representative: boolean;
}

export interface DiagramLink {
	id: string;
	title: Text;
	/** false when the diagram depicts the body (a mechanism) as a whole rather than as one of its boxes */
	node: boolean;
}

/** One body as the catalogue lists it, every reference resolved, in both languages. */
export interface CatalogueRow extends NamedBody {
	mechanisms: NamedBody[];
	level?: Text;
	participants: Record<'jp' | 'us', ParticipantLabel[]>;
	role: Text[];
	basis?: Text;
	established?: string;
	reorganized: { date: string; what: Text }[];
	note?: Text;
	diagrams: DiagramLink[];
}

/** Diagrams that show the body as a box, then those that depict it as a whole mechanism. */

export function diagramsShowing(model: Pick<Model, 'diagrams'>, bodyId: string): DiagramLink[] {
	const link = (node: boolean) => (d: Model['diagrams'][number]) => ({ id: d.id, title: d.title, node });
	// In the data's order of diagrams, so a mechanism's own diagram comes before others that show it.
	return model.diagrams.flatMap((d) => (d.nodes.some((n) => n.body === bodyId) ? [link(true)(d)] : d.mechanism === bodyId ? [link(false)(d)] : []));
}

/** Every body except the figures' unlabelled tiers, in file order. */
export function catalogueRows(model: Model): CatalogueRow[] {
	const bodies = byId(model.bodies);
	const orgs = byId(model.organizations);
	const named = (id: string): NamedBody => {
		const b = bodies.get(id);
		return { id, name: b?.name ?? { ja: id, en: id }, abbr: b?.abbr };
	};
	const side = (b: Body, s: 'jp' | 'us'): ParticipantLabel[] =>
		b.participants
			.filter((p) => p.side === s)
			.map((p) => {
				const org = orgs.get(p.org);
				return {
					name: participantName(p, org),
					orgNames: org ? [...new Set([org.name.ja, org.name.en, org.abbr?.ja, org.abbr?.en].filter((n) => n !== undefined))] : [p.org],
					asNeeded: p.asNeeded,
					representative: p.representative
				};
			});

	return model.bodies
		.filter((b) => b.kind !== 'tier')
		.map((b) => ({
			id: b.id,
			name: b.name,
			abbr: b.abbr,
			mechanisms: b.memberOf.map(named),
			level: b.level,
			participants: { jp: side(b, 'jp'), us: side(b, 'us') },
			role: b.role,
			basis: b.basis,
			established: b.established,
			reorganized: b.reorganized.map((r) => ({ date: r.date, what: r.what })),
			note: b.note,
			diagrams: diagramsShowing(model, b.id)
		}));
}

/** A header cell of a figure table: a column, or a group label spanning its columns. */
export interface FigureHeader {
	label: Text;
	colspan: number;
	rowspan: number;
	group: boolean;
}

/** A figure table ready to print: header rows, one row per body with its cells by column, notes, sources. */
export interface FigureView {
	id: string;
	title: Text;
	header: FigureHeader[][];
	rows: {
		body: NamedBody;
		/** the first diagram showing the body, which the row header links to */
		diagram?: DiagramLink;
		/** the paragraphs under the body's name, then each further column's paragraphs, in column order */
		cells: Text[][];
	}[];
	notes: Text[];
	sources: ResolvedCitation[];
}

/** Header rows for the columns: a second row only when some columns share a group label. */
export function figureHeader(columns: readonly FigureColumn[]): FigureHeader[][] {
	const grouped = columns.some((c) => c.group);
	const top: FigureHeader[] = [];
	const below: FigureHeader[] = [];
	columns.forEach((c, i) => {
		if (!c.group) return top.push({ label: c.label, colspan: 1, rowspan: grouped ? 2 : 1, group: false });
		below.push({ label: c.label, colspan: 1, rowspan: 1, group: false });
		const previous = columns[i - 1]?.group;
		const last = top.at(-1);
		if (last?.group && previous && previous.ja === c.group.ja && previous.en === c.group.en) last.colspan++;
		else top.push({ label: c.group, colspan: 1, rowspan: 1, group: true });
	});
	return grouped ? [top, below] : [top];
}

/** The figure table with this id, every reference resolved; undefined when the data has no such table. */
export function figureTable(model: Model, id: string): FigureView | undefined {
	const table = model.tables.find((t) => t.id === id);
	if (!table) return undefined;
	const bodies = byId(model.bodies);
	return {
		id: table.id,
		title: table.title,
		header: figureHeader(table.columns),
		rows: table.rows.map((row) => {
			const b = bodies.get(row.body);
			return {
				body: { id: row.body, name: b?.name ?? { ja: row.body, en: row.body }, abbr: b?.abbr },
				diagram: diagramsShowing(model, row.body)[0],
				cells: table.columns.map((c) => row.cells[c.id] ?? [])
			};
		}),
		notes: table.notes,
		sources: table.sources.map(citer(model))
	};
}

/** The mechanisms the rows belong to, each once, in order of first appearance. */
export function mechanismsOf(rows: readonly CatalogueRow[]): NamedBody[] {
	return [...byId(rows.flatMap((r) => r.mechanisms)).values()];
}
