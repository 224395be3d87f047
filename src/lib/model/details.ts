import { byId, diagramRelationships, type Model } from './model.ts';
import { participantName } from './participants.ts';
import type { Body, Citation, Diagram, Participant, Relationship, Text } from './schema.ts';

export interface ResolvedCitation {
	/** the source's id, which the source reader's address names */
	source: string;
	title: Text;
	ref: string;
	quote?: string;
}

export interface BodyDetail {
	id: string;
	kind: Body['kind'];
	name: Text;
	abbr?: string;
	role: Text[];
	/** named as the body's card names them */
	participants: (Pick<Participant, 'side' | 'asNeeded' | 'representative'> & { name: Text })[];
	levels: Text[];
	memberOf: { id: string; name: Text; abbr?: string }[];
	relationships: {
		id: string;
		kind: Relationship['kind'];
		directed: boolean;
		asNeeded: boolean;
		outgoing: boolean;
		label?: Text;
		note?: Text;
		other: { id: string; name: Text; abbr?: string };
		sources: ResolvedCitation[];
	}[];
	appearsIn: { id: string; title: Text }[];
	established?: string;
	note?: Text;
	sources: ResolvedCitation[];
}

export interface DiagramDetail {
	id: string;
	title: Text;
	summary: Text;
	notes: Text[];
	legend: Diagram['legend'];
	sources: ResolvedCitation[];
	bodies: Record<string, BodyDetail>;
	/** why a stage changes nothing here, and the diagram where stages differ */
	everyStage?: { note: Text; diagram: { id: string; title: Text }; sources: ResolvedCitation[] };
}

/** A function resolving citations against the model's sources, for display. */
export function citer(model: Pick<Model, 'sources'>): (c: Citation) => ResolvedCitation {
	const sources = byId(model.sources);
	return (c) => {
		const s = sources.get(c.source);
		return { source: c.source, title: s?.title ?? { ja: c.source, en: c.source }, ref: c.ref, quote: c.quote };
	};
}

/** Everything the detail panel and the notes show for one diagram, with every reference resolved. */
export function diagramDetail(model: Model, diagram: Diagram): DiagramDetail {
	const bodies = byId(model.bodies);
	const orgs = byId(model.organizations);
	const cite = citer(model);
	// A link's label and kind are what this diagram's figure prints: another figure may draw the same
	// two bodies with another line.
	const drawn = diagramRelationships(diagram, model);
	const brief = (id: string) => {
		const b = bodies.get(id);
		return { id, name: b?.name ?? { ja: id, en: id }, abbr: b?.abbr };
	};

	const detail = (b: Body): BodyDetail => ({
		id: b.id,
		kind: b.kind,
		name: b.name,
		abbr: b.abbr,
		role: b.role,
		participants: b.participants.map((p) => ({
			side: p.side,
			name: participantName(p, orgs.get(p.org)),
			asNeeded: p.asNeeded,
			representative: p.representative
		})),
		levels: b.levels.map((l) => l.name),
		memberOf: b.memberOf.map(brief),
		relationships: drawn
			.filter((r) => r.from === b.id || r.to === b.id)
			.map((r) => ({
				id: r.id,
				kind: r.kind,
				directed: r.directed,
				asNeeded: r.asNeeded,
				outgoing: r.from === b.id,
				label: r.label,
				note: r.note,
				other: brief(r.from === b.id ? r.to : r.from),
				sources: r.sources.map(cite)
			})),
		appearsIn: model.diagrams
			.filter((d) => d.nodes.some((n) => n.body === b.id))
			.map((d) => ({ id: d.id, title: d.title })),
		established: b.established,
		note: b.note,
		sources: b.sources.map(cite)
	});

	return {
		id: diagram.id,
		title: diagram.title,
		summary: diagram.summary,
		notes: diagram.notes,
		legend: diagram.legend,
		sources: diagram.sources.map(cite),
		...(diagram.everyStage && {
			everyStage: {
				note: diagram.everyStage.note,
				diagram: { id: diagram.everyStage.diagram, title: model.diagrams.find((d) => d.id === diagram.everyStage!.diagram)?.title ?? { ja: diagram.everyStage.diagram, en: diagram.everyStage.diagram } },
				sources: diagram.everyStage.sources.map(cite)
			}
		}),
		bodies: Object.fromEntries(
			diagram.nodes.flatMap((n) => {
				const b = bodies.get(n.body);
				return b ? [[b.id, detail(b)]] : [];
			})
		)
	};
}
