import { browser } from '$app/environment';
import { untrack } from 'svelte';
import { t } from '$lib/i18n/messages';
import type { Citation, Lang, Text, Walkthrough } from '$lib/model/schema';
import { authoredDetail, authoringProblems, blankWalkthrough, completeTexts, fileReady, newId, withAuthored, type AuthoringContext } from '$lib/scenario/authored';
import type { ScenarioDetail, WalkthroughDetail } from '$lib/scenario/detail';
import { draftEditor, type DraftEditor } from './authoring.svelte';
import { afterPaint } from './after-paint';
import { discardDraft, listDrafts, loadDraft, saveDraft, type Draft } from './drafts';
import { href } from './href';
import { sourcesPath } from './routes';
import { viewUrl } from './view-url.svelte';

/** The fragment a shared walkthrough travels in; the share module (with the schema) loads only when one is opened. */
const SHARE_PREFIX = '#walk-data=';

interface Input {
	lang: Lang;
	diagram: string;
	/** the bodies the diagram shows; the scenario's other names are its links */
	bodies: readonly string[];
	scenario: ScenarioDetail;
	sourceTitles: Record<string, Text>;
	/** each source's text file, which the site serves at /sources/FILE */
	sourceFiles: Record<string, string>;
}

const localStore = (): Storage | null => {
	try {
		return browser ? localStorage : null;
	} catch {
		return null;
	}
};

/** A built-in walkthrough as the editor holds it: its citations back in the data's form. */
const unresolve = (c: { source: string; ref: string; quote?: string }): Citation => ({ source: c.source, ref: c.ref, ...(c.quote ? { quote: c.quote } : {}) });

/**
 * The diagram page's side of writing walkthroughs: the draft named by `?draft=`, the drafts kept for
 * this diagram, a walkthrough opened from a shared link, and what sharing, downloading and opening a
 * file say. The walkthrough being written or opened joins the scenario, so the player and the exports
 * take it like a built-in one.
 */
export function authoring(input: () => Input) {
	const params = $derived(viewUrl.params);
	const draftId = $derived(params?.get('draft') ?? null);
	let editor = $state.raw<DraftEditor | null>(null);
	let shared = $state.raw<Walkthrough | null>(null);
	let notices = $state.raw<string[]>([]);
	let status = $state.raw<{ text: string; link?: string } | null>(null);
	let drafts = $state.raw<Draft[]>([]);
	const lang = () => input().lang;

	const refresh = () => {
		const store = localStore();
		drafts = store ? listDrafts(store, input().diagram) : [];
	};

	$effect(() => {
		const id = draftId;
		untrack(() => {
			status = null;
			if (!id) editor = null;
			else if (editor?.id !== id) {
				const store = localStore();
				const draft = store ? loadDraft(store, id) : undefined;
				editor = draft && draft.diagram === input().diagram ? draftEditor(draft, localStore) : null;
				if (!editor) notices = [t(lang(), 'unknownDraft', { id })];
			}
			if (id) refresh();
		});
		// Without a draft to open, the list of kept ones waits for the first frame: a page's first
		// touch of storage costs its hydration a few milliseconds.
		if (!id) return afterPaint(refresh);
	});

	// Another tab (the source reader adding a citation) may change a draft.
	$effect(() => {
		const onStorage = (event: StorageEvent) => {
			if (editor && event.key?.endsWith(`.${editor.id}`)) {
				const draft = loadDraft(localStorage, editor.id);
				if (draft) editor = draftEditor(draft, localStore);
			}
			refresh();
		};
		addEventListener('storage', onStorage);
		return () => removeEventListener('storage', onStorage);
	});

	$effect(() => {
		if (!location.hash.startsWith(SHARE_PREFIX)) return;
		const payload = location.hash.slice(SHARE_PREFIX.length);
		import('$lib/scenario/share').then(async ({ decodeWalkthrough }) => {
			const decoded = await decodeWalkthrough(payload);
			const l = lang();
			if (!decoded.ok) {
				notices = [t(l, decoded.reason === 'damaged' ? 'shareDamaged' : 'shareInvalid', { detail: decoded.detail })];
				return;
			}
			if (decoded.walkthrough.diagram !== input().diagram) {
				notices = [t(l, 'shareOtherDiagram', { diagram: decoded.walkthrough.diagram })];
				return;
			}
			const problem = await vet(decoded.walkthrough);
			if (problem) {
				notices = [t(l, 'shareInvalid', { detail: problem })];
				return;
			}
			shared = decoded.walkthrough;
			notices = [t(l, 'sharedWalkthrough', { title: decoded.walkthrough.title[l] })];
			if (!viewUrl.current.searchParams.has('walk')) {
				const url = new URL(viewUrl.current);
				url.searchParams.set('walk', decoded.walkthrough.id);
				url.searchParams.set('step', '1');
				viewUrl.go(url, { replace: true });
			}
		});
	});

	const live = $derived(editor && editor.walkthrough.steps.length > 0 ? editor.walkthrough : shared);
	const scenario = $derived(
		live ? withAuthored(input().scenario, authoredDetail(completeTexts(live), input().sourceTitles)) : input().scenario
	);
	const context = $derived<AuthoringContext>({
		diagram: input().diagram,
		bodies: Object.fromEntries(Object.entries(input().scenario.names).filter(([id]) => input().bodies.includes(id))),
		relationships: Object.fromEntries(Object.entries(input().scenario.names).filter(([id]) => !input().bodies.includes(id))),
		stages: input().scenario.stages.map((s) => ({ id: s.id, name: s.name })),
		sources: input().sourceTitles
	});

	function open(id: string) {
		const url = new URL(viewUrl.current);
		url.search = '';
		url.hash = '';
		url.searchParams.set('draft', id);
		viewUrl.go(url, { replace: false });
	}

	/**
	 * What a walkthrough from outside (a link, a file) must pass before it is shown: its targets and
	 * stages on this diagram, and every quote in its document, looked up in the site's copy of the text.
	 */
	async function vet(w: Walkthrough): Promise<string | null> {
		const l = lang();
		const [problem] = authoringProblems(w, context);
		if (problem) return (problem.step !== undefined ? `${t(l, 'stepHeading', { n: String(problem.step + 1) })}: ` : '') + problem.message[l];
		const { compact, findQuote } = await import('$lib/sources/quote');
		const cited = [...w.sources, ...w.steps.flatMap((s) => s.sources)].filter((c) => c.quote);
		for (const source of new Set(cited.map((c) => c.source))) {
			const file = input().sourceFiles[source];
			const response = file ? await fetch(href(`/sources/${file}`)).catch(() => null) : null;
			// Unreadable here (offline, say): the check:data run and the share command still look them up.
			if (!response?.ok) continue;
			const text = compact(await response.text());
			const missing = cited.find((c) => c.source === source && findQuote(text, c.quote!).length === 0);
			if (missing) return t(l, 'quoteNotInSource', { quote: missing.quote!, title: input().sourceTitles[source]?.[l] ?? source });
		}
		return null;
	}

	function close() {
		const url = new URL(viewUrl.current);
		url.searchParams.delete('draft');
		viewUrl.go(url, { replace: false });
	}

	function takenIds(): string[] {
		const store = localStore();
		return [...input().scenario.walkthroughs.map((w) => w.id), ...(store ? listDrafts(store).map((d) => d.id) : [])];
	}

	function keep(walkthrough: Walkthrough): boolean {
		const store = localStore();
		const draft = { id: walkthrough.id, diagram: input().diagram, updated: Date.now(), walkthrough };
		if (!store || !saveDraft(store, draft)) {
			notices = [t(lang(), 'draftNotSaved')];
			return false;
		}
		open(draft.id);
		return true;
	}

	return {
		get scenario() {
			return scenario;
		},
		get editor() {
			return editor;
		},
		get context() {
			return context;
		},
		get drafts() {
			return drafts;
		},
		get notices() {
			return notices;
		},
		get status() {
			return status;
		},
		draftHref(id: string) {
			const url = new URL(viewUrl.current);
			url.search = `?draft=${encodeURIComponent(id)}`;
			url.hash = '';
			return url.pathname + url.search;
		},
		/** A new draft, empty or a copy of a walkthrough on screen, opened in the editor. */
		create(from?: WalkthroughDetail) {
			const id = newId('mine', takenIds());
			const first = input().scenario.stages[0]!.id;
			const walkthrough: Walkthrough = from
				? {
						id,
						diagram: input().diagram,
						stage: from.stage,
						title: from.title,
						steps: from.steps.map((s) => ({ ...s, sources: s.sources.map(unresolve) })),
						sources: from.sources.map(unresolve)
					}
				: blankWalkthrough(input().diagram, first, id);
			keep(walkthrough);
		},
		citeHref: (index: number) => {
			const query = new URLSearchParams({ cite: editor?.id ?? '', step: String(index + 1) });
			return `${href(sourcesPath(lang()))}?${query}`;
		},
		async share() {
			if (!editor) return;
			const { encodeWalkthrough, shareFragment, CHAT_LIMIT } = await import('$lib/scenario/share');
			const w = fileReady(editor.walkthrough);
			const url = new URL(viewUrl.current);
			url.search = new URLSearchParams({ walk: w.id, step: '1' }).toString();
			url.hash = shareFragment(await encodeWalkthrough(w));
			const link = url.href;
			if (link.length > CHAT_LIMIT) {
				status = { text: t(lang(), 'shareTooLong', { n: String(link.length), max: String(CHAT_LIMIT) }) };
				return;
			}
			await navigator.clipboard?.writeText(link).catch(() => {});
			status = { text: t(lang(), 'shareCopied'), link };
		},
		/** The draft as a data file, named by its id, for the page to save. */
		async file(): Promise<{ name: string; text: string } | null> {
			if (!editor) return null;
			const { walkthroughYaml } = await import('$lib/scenario/walkthrough-file');
			const w = fileReady(editor.walkthrough);
			return { name: `${w.id}.yaml`, text: walkthroughYaml(w) };
		},
		async openFile(file: File) {
			const { readWalkthroughFile } = await import('$lib/scenario/walkthrough-file');
			const read = readWalkthroughFile(file.name, await file.text());
			if (!read.ok) {
				status = { text: t(lang(), 'fileProblems', { problems: read.errors.join('; ') }) };
				return;
			}
			if (read.walkthrough.diagram !== input().diagram) {
				status = { text: t(lang(), 'fileOtherDiagram', { diagram: read.walkthrough.diagram }) };
				return;
			}
			const problem = await vet(read.walkthrough);
			if (problem) {
				status = { text: t(lang(), 'fileProblems', { problems: problem }) };
				return;
			}
			const taken = takenIds();
			keep({ ...read.walkthrough, id: taken.includes(read.walkthrough.id) ? newId('mine', taken) : read.walkthrough.id });
		},
		close,
		discard() {
			const store = localStore();
			if (editor && store) discardDraft(store, editor.id);
			close();
		},
		discardDraft(id: string) {
			const store = localStore();
			if (store) discardDraft(store, id);
			refresh();
		}
	};
}
