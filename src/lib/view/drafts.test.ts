import { describe, expect, it } from 'vitest';
import { authoredAcm } from '../../../tests/fixtures/authored.ts';
import { blankWalkthrough } from '../scenario/authored.ts';
import { discardDraft, listDrafts, loadDraft, saveDraft, type Draft } from './drafts.ts';

/** localStorage's behaviour in memory; `quota` bytes of values at most, as a full storage refuses more. */
class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	constructor(private quota = Infinity) {}
	get length() {
		return this.#items.size;
	}
	key(i: number) {
		return [...this.#items.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.#items.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		const used = [...this.#items].reduce((n, [key, value]) => n + (key === k ? 0 : value.length), 0);
		if (used + v.length > this.quota) throw new DOMException('quota exceeded', 'QuotaExceededError');
		this.#items.set(k, String(v));
	}
	removeItem(k: string) {
		this.#items.delete(k);
	}
	clear() {
		this.#items.clear();
	}
}

/** A storage the browser has disabled: every access throws, as Safari's private mode once did. */
const disabled = new Proxy({} as Storage, {
	get() {
		throw new DOMException('denied', 'SecurityError');
	}
});

const draft = (id: string, diagram: string, updated: number): Draft => ({ id, diagram, updated, walkthrough: { ...authoredAcm(), id, diagram } });

describe('drafts', () => {
	it('saves, loads and discards a draft under its own key', () => {
		const storage = new MemoryStorage();
		expect(saveDraft(storage, draft('mine-1', 'acm', 1))).toBe(true);
		expect(storage.getItem('renkei.draft.mine-1')).not.toBeNull();
		expect(loadDraft(storage, 'mine-1')).toEqual(draft('mine-1', 'acm', 1));
		discardDraft(storage, 'mine-1');
		expect(loadDraft(storage, 'mine-1')).toBeUndefined();
		expect(storage.length).toBe(0);
	});

	it('keeps an unfinished draft: blank texts and no steps are a draft, not a corrupt entry', () => {
		const storage = new MemoryStorage();
		const blank: Draft = { id: 'new', diagram: 'acm', updated: 5, walkthrough: blankWalkthrough('acm', 'a', 'new') };
		saveDraft(storage, blank);
		expect(loadDraft(storage, 'new')).toEqual(blank);
	});

	it('lists the drafts newest first, of one diagram when asked, and nothing else in the storage', () => {
		const storage = new MemoryStorage();
		saveDraft(storage, draft('a', 'acm', 10));
		saveDraft(storage, draft('b', 'bpm', 30));
		saveDraft(storage, draft('c', 'acm', 20));
		storage.setItem('renkei.theme', 'dark');
		expect(listDrafts(storage).map((d) => d.id)).toEqual(['b', 'c', 'a']);
		expect(listDrafts(storage, 'acm').map((d) => d.id)).toEqual(['c', 'a']);
	});

	it('skips corrupt entries instead of throwing', () => {
		const storage = new MemoryStorage();
		saveDraft(storage, draft('good', 'acm', 1));
		storage.setItem('renkei.draft.cut', JSON.stringify(draft('cut', 'acm', 2)).slice(0, 40));
		storage.setItem('renkei.draft.shape', JSON.stringify({ id: 'shape', diagram: 'acm', updated: 3, walkthrough: { steps: 'none' } }));
		storage.setItem('renkei.draft.moved', JSON.stringify(draft('elsewhere', 'acm', 4)));
		expect(listDrafts(storage).map((d) => d.id)).toEqual(['good']);
		expect(loadDraft(storage, 'cut')).toBeUndefined();
	});

	it('returns false from a full or disabled storage, and lists nothing from a disabled one', () => {
		const full = new MemoryStorage(100);
		expect(saveDraft(full, draft('big', 'acm', 1))).toBe(false);
		expect(loadDraft(full, 'big')).toBeUndefined();
		expect(saveDraft(disabled, draft('x', 'acm', 1))).toBe(false);
		expect(listDrafts(disabled)).toEqual([]);
		expect(loadDraft(disabled, 'x')).toBeUndefined();
		expect(() => discardDraft(disabled, 'x')).not.toThrow();
	});

	it('lets two tabs keep two drafts side by side', () => {
		const storage = new MemoryStorage();
		saveDraft(storage, draft('tab-1', 'acm', 1));
		saveDraft(storage, draft('tab-2', 'acm', 2));
		saveDraft(storage, { ...draft('tab-1', 'acm', 3), walkthrough: { ...draft('tab-1', 'acm', 3).walkthrough, title: { ja: '改', en: 'Edited' } } });
		expect(listDrafts(storage).map((d) => [d.id, d.walkthrough.title.en])).toEqual([
			['tab-1', 'Edited'],
			['tab-2', '']
		]);
	});
});
