// The data files as the YAML states them, read without the app's loader or any of its helpers.
// Expectations built from these catch a bug in the code that turns the data into what a page shows,
// which expectations computed by that same code never could.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lang } from '../../src/lib/model/schema.ts';

export type RawText = Record<Lang, string>;

export interface RawParticipant {
	side: 'jp' | 'us';
	org: string;
	post?: RawText;
	postAlone?: boolean;
}

export interface RawBody {
	id: string;
	kind?: string;
	name: RawText;
	abbr?: string;
	participants?: RawParticipant[];
	levels?: { name: RawText }[];
}

export interface RawOrganization {
	id: string;
	name: RawText;
	abbr?: RawText;
}

export interface RawRelationship {
	id: string;
	from: string;
	to: string;
	kind: string;
	label?: RawText;
}

export interface RawDiagram {
	id: string;
	title: RawText;
	nodes: { body: string }[];
	relationships?: string[];
	legend?: Record<string, RawText>;
}

export interface RawEvent {
	id: string;
}

const documents: Record<string, unknown[] | undefined>[] = readdirSync('data', { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join('data', f), 'utf8')) ?? {});

const all = <T>(key: string): T[] => documents.flatMap((d) => (d[key] ?? []) as T[]);

export const raw = {
	bodies: all<RawBody>('bodies'),
	organizations: all<RawOrganization>('organizations'),
	relationships: all<RawRelationship>('relationships'),
	diagrams: all<RawDiagram>('diagrams'),
	events: all<RawEvent>('events')
};

function find<T extends { id: string }>(list: T[], id: string): T {
	const found = list.find((x) => x.id === id);
	if (!found) throw new Error(`data/ has no ${id}`);
	return found;
}

export const rawBody = (id: string) => find(raw.bodies, id);

/** A body's heading as the figures print it: the name, then the abbreviation in brackets of the language. */
export function titleText(body: RawBody, lang: Lang): string {
	if (!body.abbr) return body.name[lang];
	return lang === 'ja' ? `${body.name.ja}（${body.abbr}）` : `${body.name.en} (${body.abbr})`;
}

/**
 * A participant as organizations.yaml says the cards print it: the organization's name; or a post
 * after the organization's short form ("外務省北米局長", "Deputy Commander, USFJ"); or, marked postAlone,
 * the post by itself.
 */
export function participantText(p: RawParticipant, lang: Lang): string {
	const org = find(raw.organizations, p.org);
	if (!p.post) return org.name[lang];
	if (p.postAlone) return p.post[lang];
	const short = org.abbr?.[lang] ?? org.name[lang];
	return lang === 'ja' ? `${short}${p.post.ja}` : `${p.post.en}, ${short}`;
}

/** The links a diagram draws: the ones it lists, or else every relationship between two of its boxes. */
export function diagramLinks(diagram: RawDiagram): RawRelationship[] {
	if (diagram.relationships) return diagram.relationships.map((id) => find(raw.relationships, id));
	const shown = new Set(diagram.nodes.map((n) => n.body));
	return raw.relationships.filter((r) => shown.has(r.from) && shown.has(r.to));
}
