import type { DataError, PathSegment } from './errors.ts';
import type { ParsedFile } from './parse.ts';
import { SECTIONS, type Citation, type DataFile, type Relationship, type Section } from './schema.ts';

type Located = { file: string; path: PathSegment[] };
type Registry = Map<string, Located & { section: Section }>;

/**
 * Cross-file checks the schema cannot make: ids are unique across the whole model, every reference
 * resolves to a record of the right kind, and containment has no cycles. Every record with an id
 * counts as defined, even one that failed the schema, so that its mistake is reported once, not echoed
 * as an unknown reference in every file that names it.
 */
export function checkReferences(files: readonly ParsedFile[]): DataError[] {
	const errors: DataError[] = [];
	const byName = new Map(files.map((f) => [f.name, f]));
	const position = (at: Located) => byName.get(at.file)?.locate(at.path) ?? {};
	const fail = (at: Located, message: string) => errors.push({ file: at.file, path: at.path, ...position(at), message });
	// A file that could not be read whole may define the id that seems missing: saying so would blame the wrong file.
	const missing = files.every((f) => f.whole) ? fail : () => {};

	// Diagrams and tables have their own namespaces so a diagram can share its mechanism's id (/diagram/acm).
	const namespace = (section: Section) => (section === 'diagrams' ? 'diagram:' : section === 'tables' ? 'table:' : '');
	const registry: Registry = new Map();
	for (const { name, defined } of files) {
		for (const { section, index, id } of defined) {
			const at = { file: name, path: [section, index, 'id'], section };
			const key = namespace(section) + id;
			const first = registry.get(key);
			if (first) fail(at, `duplicate id "${id}" (first defined in ${first.file}:${position(first).line ?? '?'})`);
			else registry.set(key, at);
		}
	}

	const expect = (at: Located, id: string, section: Section, what: string) => {
		const found = registry.get(namespace(section) + id);
		if (!found) missing(at, `unknown ${what} "${id}"`);
		else if (found.section !== section) fail(at, `"${id}" is a ${found.section.replace(/s$/, '')}, not a ${what}`);
	};

	// Once for all diagrams: a reader's file may hold hundreds, beside thousands of relationships.
	const relationships = new Map(files.flatMap((f) => f.content.relationships).map((r) => [r.id, r] as const));

	const bodyKinds = new Map<string, string>();
	const memberOf = new Map<string, { ids: string[]; at: Located }>();
	for (const { name, content } of files) {
		content.bodies.forEach((b, i) => {
			bodyKinds.set(b.id, b.kind);
			memberOf.set(b.id, { ids: b.memberOf, at: { file: name, path: ['bodies', i, 'memberOf'] } });
		});
	}

	for (const { name, content } of files) {
		const at = (...path: PathSegment[]): Located => ({ file: name, path });
		forEachCitation(content, (citePath, c) => expect(at(...citePath, 'source'), c.source, 'sources', 'source'));

		content.bodies.forEach((b, i) => {
			b.participants.forEach((p, j) =>
				expect(at('bodies', i, 'participants', j, 'org'), p.org, 'organizations', 'organization')
			);
			b.memberOf.forEach((m, j) => {
				expect(at('bodies', i, 'memberOf', j), m, 'bodies', 'mechanism');
				const kind = bodyKinds.get(m);
				if (kind && kind !== 'mechanism') fail(at('bodies', i, 'memberOf', j), `"${m}" is not a mechanism`);
			});
		});

		content.relationships.forEach((r, i) => {
			for (const end of ['from', 'to'] as const) {
				const found = registry.get(r[end]);
				if (found?.section !== 'bodies') (found ? fail : missing)(at('relationships', i, end), `edge to nowhere: no body "${r[end]}"`);
			}
			if (r.from === r.to) fail(at('relationships', i, 'to'), `edge from "${r.from}" to itself`);
		});

		content.diagrams.forEach((d, i) => checkDiagram(d, at('diagrams', i), relationships, registry, expect, fail));

		content.tables.forEach((table, i) => {
			const columns = new Set<string>();
			table.columns.forEach((c, j) => {
				if (columns.has(c.id)) fail(at('tables', i, 'columns', j, 'id'), `duplicate column id "${c.id}"`);
				columns.add(c.id);
			});
			const shown = new Set<string>();
			table.rows.forEach((row, j) => {
				expect(at('tables', i, 'rows', j, 'body'), row.body, 'bodies', 'body');
				if (shown.has(row.body)) fail(at('tables', i, 'rows', j, 'body'), `body "${row.body}" has two rows`);
				shown.add(row.body);
				for (const key of Object.keys(row.cells)) {
					if (!columns.has(key)) fail(at('tables', i, 'rows', j, 'cells', key), `unknown column "${key}"`);
				}
			});
		});

		content.stages.forEach((s, i) => {
			s.activeBodies.forEach((b, j) => expect(at('stages', i, 'activeBodies', j), b, 'bodies', 'body'));
			s.activeRelationships.forEach((r, j) =>
				expect(at('stages', i, 'activeRelationships', j), r, 'relationships', 'relationship')
			);
			const active = new Set(s.activeBodies);
			s.continuedBodies.forEach((b, j) => {
				expect(at('stages', i, 'continuedBodies', j), b, 'bodies', 'body');
				if (active.has(b)) fail(at('stages', i, 'continuedBodies', j), `"${b}" is both active and continued`);
			});
		});

		content.walkthroughs.forEach((w, i) => {
			expect(at('walkthroughs', i, 'diagram'), w.diagram, 'diagrams', 'diagram');
			expect(at('walkthroughs', i, 'stage'), w.stage, 'stages', 'stage');
			const stepIds = new Set<string>();
			w.steps.forEach((s, j) => {
				if (stepIds.has(s.id)) fail(at('walkthroughs', i, 'steps', j, 'id'), `duplicate step id "${s.id}"`);
				stepIds.add(s.id);
				if (s.stage) expect(at('walkthroughs', i, 'steps', j, 'stage'), s.stage, 'stages', 'stage');
				[s.target, ...(s.also ?? [])].forEach((target, k) => {
					const path = k === 0 ? ['target'] : ['also', k - 1];
					if ('body' in target) expect(at('walkthroughs', i, 'steps', j, ...path, 'body'), target.body, 'bodies', 'body');
					else expect(at('walkthroughs', i, 'steps', j, ...path, 'relationship'), target.relationship, 'relationships', 'relationship');
				});
			});
		});

		content.events.forEach((e, i) =>
			e.bodies.forEach((b, j) => expect(at('events', i, 'bodies', j), b, 'bodies', 'body'))
		);
	}

	for (const [id, { at }] of memberOf) {
		const cycle = findCycle(id, (x) => memberOf.get(x)?.ids ?? []);
		if (cycle) fail(at, `containment cycle: ${cycle.join(' → ')}`);
	}
	return errors;
}

function checkDiagram(
	d: DataFile['diagrams'][number],
	at: Located,
	relationships: ReadonlyMap<string, Relationship>,
	registry: Registry,
	expect: (at: Located, id: string, section: Section, what: string) => void,
	fail: (at: Located, message: string) => void
) {
	const sub = (...path: PathSegment[]): Located => ({ file: at.file, path: [...at.path, ...path] });
	if (d.mechanism) expect(sub('mechanism'), d.mechanism, 'bodies', 'mechanism');
	if (d.everyStage) expect(sub('everyStage', 'diagram'), d.everyStage.diagram, 'diagrams', 'diagram');

	const shown = new Set<string>();
	d.nodes.forEach((n, j) => {
		expect(sub('nodes', j, 'body'), n.body, 'bodies', 'body');
		if (shown.has(n.body)) fail(sub('nodes', j, 'body'), `body "${n.body}" is shown twice`);
		shown.add(n.body);
	});

	const groups = new Map(d.groups.map((g) => [g.id, g]));
	const parentOf = new Map<string, string>();
	d.groups.forEach((g, j) => {
		if (registry.has(g.id)) fail(sub('groups', j, 'id'), `group id "${g.id}" is already used`);
		if (g.parent && !groups.has(g.parent)) fail(sub('groups', j, 'parent'), `unknown group "${g.parent}"`);
		g.members.forEach((m, k) => {
			if (!shown.has(m)) fail(sub('groups', j, 'members', k), `"${m}" is not a node of this diagram`);
			const other = parentOf.get(m);
			if (other) fail(sub('groups', j, 'members', k), `"${m}" is already in group "${other}"`);
			parentOf.set(m, g.id);
		});
	});
	d.groups.forEach((g, j) => {
		const cycle = findCycle(g.id, (x) => {
			const p = groups.get(x)?.parent;
			return p ? [p] : [];
		});
		if (cycle) fail(sub('groups', j, 'parent'), `containment cycle: ${cycle.join(' → ')}`);
	});

	d.relationships?.forEach((id, j) => {
		const r = relationships.get(id);
		if (!r) return expect(sub('relationships', j), id, 'relationships', 'relationship');
		for (const end of [r.from, r.to]) {
			if (!shown.has(end)) fail(sub('relationships', j), `edge to nowhere: "${id}" ends at "${end}", which this diagram does not show`);
		}
	});
}

/** The cycle through `start`, if following `next` from it comes back to it. */
function findCycle(start: string, next: (id: string) => readonly string[]): string[] | undefined {
	const path: string[] = [];
	const onPath = new Set<string>();
	const visited = new Set<string>();
	const visit = (id: string): string[] | undefined => {
		if (id === start && path.length > 0) return [...path, id];
		if (onPath.has(id) || visited.has(id)) return undefined;
		visited.add(id);
		onPath.add(id);
		path.push(id);
		for (const n of next(id)) {
			const found = visit(n);
			if (found) return found;
		}
		path.pop();
		onPath.delete(id);
		return undefined;
	};
	return visit(start);
}

/** Each citation of a file with its path, as errors name it. */
export function forEachCitation(content: DataFile, visit: (path: PathSegment[], citation: Citation) => void): void {
	const walk = (value: unknown, path: PathSegment[]) => {
		if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
		else if (value && typeof value === 'object') {
			for (const [key, v] of Object.entries(value)) {
				if (key === 'sources' && path.length > 0 && Array.isArray(v)) {
					v.forEach((c: Citation, i) => visit([...path, key, i], c));
				} else walk(v, [...path, key]);
			}
		}
	};
	for (const section of SECTIONS) if (section !== 'sources') walk(content[section], [section]);
}
