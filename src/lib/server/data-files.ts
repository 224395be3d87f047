// Bundled at build time: the static site reads no files at run time. The preview page also gets
// them as text, to validate a reader's edited files alongside them in the browser.
const files = import.meta.glob('/data/**/*.yaml', { query: '?raw', import: 'default', eager: true });

export function dataFiles(): { name: string; text: string }[] {
	return Object.entries(files).map(([path, text]) => ({ name: path.slice(1), text: String(text) }));
}
