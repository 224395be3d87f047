// Drafts of the reader's own walkthroughs, kept in localStorage. One key per draft, so that two tabs
// editing two drafts never write over each other; a draft is unfinished by nature (blank texts, no
// citation yet), so it is checked for its shape only. Storage may be full, disabled or hold anything:
// nothing here throws.
import type { Walkthrough } from '../model/schema.ts';

export interface Draft {
	id: string;
	diagram: string;
	/** ms since the epoch of the last save, for "newest first" */
	updated: number;
	walkthrough: Walkthrough;
}

export const DRAFT_PREFIX = 'renkei.draft.';

// Checked by hand, not with the schema library: that would add it to every diagram page's first load.
type Check = (v: unknown) => boolean;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const shaped =
	(fields: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
	(v) =>
		isObject(v) &&
		Object.entries(fields).every(([k, check]) => check(v[k])) &&
		Object.entries(optional).every(([k, check]) => v[k] === undefined || check(v[k]));
const listOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);
const isText = shaped({ ja: isString, en: isString });
const isCitation = shaped({ source: isString, ref: isString }, { quote: isString });
const isTarget: Check = (v) => shaped({ body: isString })(v) || shaped({ relationship: isString })(v);
const isStep = shaped(
	{ id: isString, target: isTarget, title: isText, narration: isText, illustrative: (v) => typeof v === 'boolean', sources: listOf(isCitation) },
	{ reason: isText, stage: isString, also: listOf(isTarget) }
);
const isDraft = shaped({
	id: isString,
	diagram: isString,
	updated: (v) => typeof v === 'number',
	walkthrough: shaped({ id: isString, diagram: isString, stage: isString, title: isText, steps: listOf(isStep), sources: listOf(isCitation) })
});

const keyOf = (id: string) => `${DRAFT_PREFIX}${id}`;

/** The draft, or undefined when there is none or its entry is not a draft (edited by hand, another version). */
export function loadDraft(storage: Storage, id: string): Draft | undefined {
	try {
		const text = storage.getItem(keyOf(id));
		if (text === null) return undefined;
		const parsed: unknown = JSON.parse(text);
		return isDraft(parsed) && (parsed as unknown as Draft).id === id ? (parsed as unknown as Draft) : undefined;
	} catch {
		return undefined;
	}
}

/** The drafts, of one diagram when given, newest first. */
export function listDrafts(storage: Storage, diagram?: string): Draft[] {
	let ids: string[];
	try {
		ids = Array.from({ length: storage.length }, (_, i) => storage.key(i)).flatMap((k) => (k?.startsWith(DRAFT_PREFIX) ? [k.slice(DRAFT_PREFIX.length)] : []));
	} catch {
		return [];
	}
	return ids
		.flatMap((id) => loadDraft(storage, id) ?? [])
		.filter((d) => diagram === undefined || d.diagram === diagram)
		.sort((a, b) => b.updated - a.updated);
}

/** False when the storage refused it (full, or disabled by the browser); the editor then says so. */
export function saveDraft(storage: Storage, draft: Draft): boolean {
	try {
		storage.setItem(keyOf(draft.id), JSON.stringify(draft));
		return true;
	} catch {
		return false;
	}
}

export function discardDraft(storage: Storage, id: string): void {
	try {
		storage.removeItem(keyOf(id));
	} catch {
		// a storage that cannot be written holds no draft to discard
	}
}
