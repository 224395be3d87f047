import { resolve } from '$app/paths';
import type { AppPath } from './routes';

/**
 * A route builder's path as a link: SvelteKit puts the app's base in front, a relative one in the
 * prerendered HTML (paths.relative), so the build works from any folder of any host.
 */
export function href(path: AppPath): string {
	return resolve(path);
}
