import type { Source } from '$lib/model/schema';
import type { SourceText } from '$lib/sources/check';

// Bundled at build time from the project's copies; the static site reads no files at run time.
const files = import.meta.glob('/sources/*.txt', { query: '?raw', import: 'default', eager: true });

/** A source file's text by its name in sources/, undefined when there is no such file. */
export function sourceFile(file: string): string | undefined {
	const text = files[`/sources/${file}`];
	return text === undefined ? undefined : String(text);
}

export function sourceTexts(sources: readonly Source[]): SourceText[] {
	return sources.map((source) => ({ source, text: sourceFile(source.file) }));
}
