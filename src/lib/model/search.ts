import type { Model } from './model.ts';
import type { Text } from './schema.ts';

export interface SearchEntry {
	kind: 'body' | 'organization';
	id: string;
	name: Text;
	abbr?: string;
	/** for an organization: the bodies it takes part in */
	bodies: string[];
	/** diagrams that show the body (or, for an organization, one of its bodies) */
	diagrams: string[];
	/** normalized strings the query is matched against */
	keys: string[];
}

/** Full-width letters, case and spacing do not matter: "ＡＣＧ", "acg" and "A C G" all match. */
export function normalize(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/[\s・･.,'’"()（）「」-]/g, '');
}

export function searchIndex(model: Model): SearchEntry[] {
	const diagramsOf = (bodyId: string) => model.diagrams.filter((d) => d.nodes.some((n) => n.body === bodyId)).map((d) => d.id);
	const bodies: SearchEntry[] = model.bodies
		.filter((b) => b.kind !== 'tier')
		.map((b) => ({
			kind: 'body',
			id: b.id,
			name: b.name,
			abbr: b.abbr,
			bodies: [b.id],
			diagrams: diagramsOf(b.id),
			keys: [b.name.ja, b.name.en, b.abbr ?? ''].filter(Boolean).map(normalize)
		}));
	const organizations: SearchEntry[] = model.organizations.map((o) => {
		const member = model.bodies.filter((b) => b.participants.some((p) => p.org === o.id)).map((b) => b.id);
		return {
			kind: 'organization',
			id: o.id,
			name: o.name,
			abbr: o.abbr?.en,
			bodies: member,
			diagrams: [...new Set(member.flatMap(diagramsOf))],
			keys: [o.name.ja, o.name.en, o.abbr?.ja ?? '', o.abbr?.en ?? ''].filter(Boolean).map(normalize)
		};
	});
	return [...bodies, ...organizations];
}

/** Matches best first: an exact name or abbreviation, then a prefix, then anywhere; bodies before organizations. */
export function search(index: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
	const q = normalize(query);
	if (!q) return [];
	const score = (e: SearchEntry) => {
		let best = Infinity;
		for (const k of e.keys) {
			if (k === q) best = Math.min(best, 0);
			else if (k.startsWith(q)) best = Math.min(best, 1);
			else if (k.includes(q)) best = Math.min(best, 2);
		}
		return best + (e.kind === 'organization' ? 0.5 : 0);
	};
	return index
		.map((e) => ({ e, s: score(e) }))
		.filter(({ s }) => s < Infinity)
		.sort((a, b) => a.s - b.s || a.e.name.en.localeCompare(b.e.name.en))
		.slice(0, limit)
		.map(({ e }) => e);
}
