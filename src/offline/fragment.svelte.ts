/**
 * The offline file's view lives in its fragment (`#lang=en&stage=c2&walk=…&step=2&body=acg`), with the
 * parameter names of the site's query: a file has no server and no query of its own, and a fragment
 * survives a reload and can be bookmarked. `start` gives the view when the address has no fragment.
 */
export function fragmentState(start: () => string) {
	const read = () => location.hash.slice(1) || start();
	let current = $state(read());
	const params = $derived(new URLSearchParams(current));
	// Back, Forward and edits of the address reach the view too.
	addEventListener('hashchange', () => (current = read()));

	return {
		get params() {
			return params;
		},
		/** Moves to `next`, as a new history entry unless `replace`. */
		go(next: URLSearchParams, replace: boolean) {
			current = next.toString();
			// Only the fragment changes, so the file is never reloaded; location works for file:// in
			// every browser, where history.pushState may not.
			if (replace) location.replace(`#${current}`);
			else location.hash = current;
		}
	};
}
