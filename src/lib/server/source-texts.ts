import type { Source } from '$lib/model/schema';
import type { SourceText } from '$lib/sources/check';

// Bundled at build time from the project's copies; the static site reads no files at run time.
const files = import.meta.glob('/sources/*.txt', { query: '?raw', import: 'default', eager: true });

export function sourceTexts(sources: readonly Source[]): SourceText[] {
	return sources.map((source) => {
		const text = files[`/sources/${source.file}`];
		return { source, text: text === undefined ? undefined : String(text) };
	});
}
