import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { afterPaint } from './after-paint';

/**
 * The URL a diagram view draws from. A reader's command (a step, a stage, a selection) is drawn in the
 * very next frame and handed to SvelteKit's router only once that frame is painted: a navigation reads
 * the scroll position, which forces a layout of the page just changed, and runs its hooks — together
 * more than a frame a presenter's key press should not wait for. Until the router has the URL, this
 * one is ahead of `page.url`; every reader of the view state reads it here.
 */
class ViewUrl {
	#ahead = $state.raw<URL | null>(null);
	#writes = 0;
	readonly current: URL = $derived(this.#ahead ?? page.url);
	// Compared as a string, so the router catching up with the same URL redraws nothing.
	readonly #search = $derived(browser ? this.current.search : '');
	/** the search parameters, in the browser; null while prerendering, which draws the default view */
	readonly params: URLSearchParams | null = $derived(browser ? new URLSearchParams(this.#search) : null);

	/** Shows `url` now and writes it to the address bar and history after the next paint. */
	go(url: URL, { replace }: { replace: boolean }) {
		this.#ahead = url;
		const write = ++this.#writes;
		afterPaint(
			() => {
				// Commands quicker than a frame leave one history entry, the last.
				if (write !== this.#writes) return;
				goto(url, { keepFocus: true, noScroll: true, replaceState: replace }).finally(() => {
					if (write === this.#writes) this.#ahead = null;
				});
			},
			{ idle: true }
		);
	}
}

export const viewUrl = new ViewUrl();
