import { sharedBuildJson } from './build-file';
import { t, type MessageKey } from '$lib/i18n/messages';
import type { CardDetail } from '$lib/layout/card-picture';
import type { DiagramLayout } from '$lib/layout/types';
import type { SceneSource } from '$lib/scenario/source';
import { layoutPath } from './routes';

const LABEL: Record<CardDetail, MessageKey> = { full: 'detailFull', compact: 'detailCompact', title: 'detailTitle' };

/** A card detail as readers see it named, in the control and in notices. */
export function detailLabel(detail: CardDetail, lang: SceneSource['layout']['lang']): string {
	return t(lang, LABEL[detail]);
}

/**
 * The page's data with the layout of the card detail the reader asked for. The page is prerendered
 * at one level; another is fetched from its prerendered file once and kept. Until it arrives, or if
 * it never does, the layout on screen stays, so the canvas is never blank; a failure is a notice.
 */
export function detailSource(data: () => SceneSource, wanted: () => CardDetail) {
	const prebuilt = $derived(data().layout);
	const keyOf = (detail: CardDetail) => `${prebuilt.diagram}:${prebuilt.lang}:${detail}`;
	// Replaced, not mutated, so that a new entry is a change to read.
	let fetched = $state.raw(new Map<string, DiagramLayout>());
	let failed = $state.raw(new Set<string>());
	let last = $state.raw<DiagramLayout | null>(null);

	const exact = $derived(wanted() === prebuilt.detail ? prebuilt : (fetched.get(keyOf(wanted())) ?? null));
	const layout = $derived(
		exact ?? (last && last.diagram === prebuilt.diagram && last.lang === prebuilt.lang ? last : prebuilt)
	);
	const source = $derived<SceneSource>({ ...data(), layout });
	const notice = $derived(
		failed.has(keyOf(wanted()))
			? t(prebuilt.lang, 'detailFailed', { wanted: detailLabel(wanted(), prebuilt.lang), shown: detailLabel(layout.detail, prebuilt.lang) })
			: null
	);

	$effect(() => {
		if (exact) last = exact;
	});
	/** The layout at `detail`: the prebuilt one, or its prerendered file, asked for once. */
	function layoutAt(detail: CardDetail): Promise<DiagramLayout> {
		if (detail === prebuilt.detail) return Promise.resolve(prebuilt);
		// One request per file, shared by the view, the slides and the printed page.
		return sharedBuildJson<DiagramLayout>(layoutPath(prebuilt.lang, prebuilt.diagram, detail));
	}

	$effect(() => {
		const detail = wanted();
		const key = keyOf(detail);
		if (detail === prebuilt.detail || fetched.has(key) || failed.has(key)) return;
		layoutAt(detail).then(
			(loaded) => {
				if (!fetched.has(key)) fetched = new Map(fetched).set(key, loaded);
			},
			() => (failed = new Set(failed).add(key))
		);
	});

	return {
		/** the data with the layout on screen, which exports draw too */
		get source() {
			return source;
		},
		/** the level the reader asked for, shown or on its way */
		get wanted() {
			return wanted();
		},
		get notice() {
			return notice;
		},
		/** the data with the layout at another level, for an export drawn at its own size */
		async sourceAt(detail: CardDetail): Promise<SceneSource> {
			return { ...data(), layout: await layoutAt(detail) };
		}
	};
}
