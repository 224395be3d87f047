import { byId, type Model } from './model.ts';
import { participantName } from './participants.ts';
import type { Body, Organization, Participant, Text } from './schema.ts';

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

/** 図表Ⅱ-4-2-6 of Defense of Japan 2018, "main policy consultations": the bodies it lists, in its order. */
export const FIGURE_II_4_2_6 = {
	citation: { source: 'dow2018', ref: '図表Ⅱ-4-2-6' },
	bodies: ['scc', 'ssc', 'sdc', 'jc']
} as const;

/** Diagrams that show the body as a box, then those that depict it as a whole mechanism. */

export function diagramsShowing(model: Pick<Model, 'diagrams'>, bodyId: string): DiagramLink[] {
	const link = (node: boolean) => (d: Model['diagrams'][number]) => ({ id: d.id, title: d.title, node });
	return [
		...model.diagrams.filter((d) => d.nodes.some((n) => n.body === bodyId)).map(link(true)),
		...model.diagrams.filter((d) => d.mechanism === bodyId && !d.nodes.some((n) => n.body === bodyId)).map(link(false))
	];
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

/** The rows of a figure, in its order; a body the data does not (yet) have is left out. */
export function figureRows(rows: readonly CatalogueRow[], ids: readonly string[]): CatalogueRow[] {
	const byBody = byId(rows);
	return ids.flatMap((id) => byBody.get(id) ?? []);
}

/** The mechanisms the rows belong to, each once, in order of first appearance. */
export function mechanismsOf(rows: readonly CatalogueRow[]): NamedBody[] {
	return [...byId(rows.flatMap((r) => r.mechanisms)).values()];
}
