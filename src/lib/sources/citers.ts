import { byId, type Model } from '../model/model.ts';
import type { Citation, Text } from '../model/schema.ts';
import { passageId } from './passage.ts';

/** Where a citing record is shown: a diagram (with a body, stage or walkthrough step), or an event. */
export interface CiterPlace {
	diagram?: string;
	body?: string;
	stage?: string;
	walk?: string;
	/** counted from 1 */
	step?: number;
	event?: string;
}

export interface Citer {
	kind: 'organization' | 'body' | 'relationship' | 'diagram' | 'table' | 'stage' | 'walkthrough' | 'step' | 'event';
	id: string;
	name: Text;
	/** how the record cites it */
	ref: string;
	place: CiterPlace;
}

/** Every record that cites a passage of the source, by passage anchor (see passageId). */
export function citersByPassage(model: Model, source: string): Map<string, Citer[]> {
	const out = new Map<string, Citer[]>();
	const bodies = byId(model.bodies);
	const name = (id: string): Text => bodies.get(id)?.name ?? { ja: id, en: id };
	const shows = (body: string) => model.diagrams.find((d) => d.nodes.some((n) => n.body === body));
	const draws = (rel: { id: string; from: string; to: string }) =>
		model.diagrams.find((d) => (d.relationships ? d.relationships.includes(rel.id) : [rel.from, rel.to].every((b) => d.nodes.some((n) => n.body === b))));

	const add = (record: unknown, citer: Omit<Citer, 'ref'>) => {
		for (const c of citationsIn(record)) {
			if (c.source !== source || !c.quote) continue;
			const key = passageId(c.quote);
			const list = out.get(key) ?? [];
			if (!list.some((x) => x.kind === citer.kind && x.id === citer.id)) list.push({ ...citer, ref: c.ref });
			out.set(key, list);
		}
	};

	for (const o of model.organizations) add(o, { kind: 'organization', id: o.id, name: o.name, place: {} });
	for (const b of model.bodies) add(b, { kind: 'body', id: b.id, name: b.name, place: { diagram: shows(b.id)?.id, body: shows(b.id) ? b.id : undefined } });
	for (const r of model.relationships) {
		const between: Text = { ja: `${name(r.from).ja} → ${name(r.to).ja}`, en: `${name(r.from).en} → ${name(r.to).en}` };
		const label = r.label ? { ja: `${r.label.ja}（${between.ja}）`, en: `${r.label.en} (${between.en})` } : between;
		add(r, { kind: 'relationship', id: r.id, name: label, place: { diagram: draws(r)?.id } });
	}
	for (const d of model.diagrams) add(d, { kind: 'diagram', id: d.id, name: d.title, place: { diagram: d.id } });
	for (const t of model.tables) add(t, { kind: 'table', id: t.id, name: t.title, place: {} });
	for (const s of model.stages) {
		const where = model.diagrams.find((d) => d.nodes.some((n) => s.activeBodies.includes(n.body)));
		add(s, { kind: 'stage', id: s.id, name: s.name, place: { diagram: where?.id, stage: s.id } });
	}
	for (const w of model.walkthroughs) {
		add({ sources: w.sources }, { kind: 'walkthrough', id: w.id, name: w.title, place: { diagram: w.diagram, walk: w.id, step: 1 } });
		w.steps.forEach((s, i) =>
			add(s, { kind: 'step', id: `${w.id}/${s.id}`, name: { ja: `${w.title.ja}：${s.title.ja}`, en: `${w.title.en}: ${s.title.en}` }, place: { diagram: w.diagram, walk: w.id, step: i + 1 } })
		);
	}
	for (const e of model.events) add(e, { kind: 'event', id: e.id, name: e.title, place: { event: e.id } });
	return out;
}

/** The citations anywhere inside a record: its own, its participants', its operations', … */
export function citationsIn(record: unknown): Citation[] {
	const found: Citation[] = [];
	const walk = (value: unknown, key?: string) => {
		if (Array.isArray(value)) {
			if (key === 'sources') found.push(...value.filter(isCitation));
			else value.forEach((v) => walk(v));
		} else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
	};
	walk(record);
	return found;
}

const isCitation = (v: unknown): v is Citation =>
	!!v && typeof v === 'object' && typeof (v as Citation).source === 'string' && typeof (v as Citation).ref === 'string';
