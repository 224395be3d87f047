// Stands in for SvelteKit's $app/paths in the offline bundle (vite.offline.config.ts). The offline
// app turns site links off (withoutSiteLinks), so a call here is a bug to hear about, not a dead link.
export function resolve(path: string): string {
	throw new Error(`the offline file has no site to link to: ${path}`);
}
