import { getContext, setContext } from 'svelte';

const KEY = Symbol('site-links');

/**
 * For a view with no site around it (the offline file): citations and cross-links are shown as text,
 * never as links to pages that are not there.
 */
export function withoutSiteLinks(): void {
	setContext(KEY, false);
}

/** Whether the site's other pages (source reader, other diagrams) can be linked to. */
export function hasSiteLinks(): boolean {
	return getContext<boolean | undefined>(KEY) ?? true;
}
