// Drafts of the reader's own walkthroughs, kept in localStorage. One key per draft, so that two tabs
// editing two drafts never write over each other; a draft is unfinished by nature (blank texts, no
// citation yet), so it is checked for its shape only. Storage may be full, disabled or hold anything:
// nothing here throws.
// schema.ts first: it switches zod's compiler off (the site's CSP forbids eval) before the schemas here are built.
import '../model/schema.ts';
import { z } from 'zod';
import type { Walkthrough } from '../model/schema.ts';

export interface Draft {
	id: string;
	diagram: string;
	/** ms since the epoch of the last save, for "newest first" */
	updated: number;
	walkthrough: Walkthrough;
}

export const DRAFT_PREFIX = 'renkei.draft.';

const LooseText = z.object({ ja: z.string(), en: z.string() });
const LooseCitation = z.object({ source: z.string(), ref: z.string(), quote: z.string().optional() });
const LooseStep = z.object({
	id: z.string(),
	target: z.union([z.object({ body: z.string() }), z.object({ relationship: z.string() })]),
	title: LooseText,
	narration: LooseText,
	illustrative: z.boolean(),
	reason: LooseText.optional(),
	stage: z.string().optional(),
	sources: z.array(LooseCitation)
});
const StoredDraft = z.object({
	id: z.string(),
	diagram: z.string(),
	updated: z.number(),
	walkthrough: z.object({
		id: z.string(),
		diagram: z.string(),
		stage: z.string(),
		title: LooseText,
		steps: z.array(LooseStep),
		sources: z.array(LooseCitation)
	})
});

const keyOf = (id: string) => `${DRAFT_PREFIX}${id}`;

/** The draft, or undefined when there is none or its entry is not a draft (edited by hand, another version). */
export function loadDraft(storage: Storage, id: string): Draft | undefined {
	try {
		const text = storage.getItem(keyOf(id));
		if (text === null) return undefined;
		const parsed = StoredDraft.safeParse(JSON.parse(text));
		return parsed.success && parsed.data.id === id ? parsed.data : undefined;
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
