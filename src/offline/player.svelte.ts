import { onDestroy, tick } from 'svelte';
import { createPlayer, keyCommand, type KeyContext, type PlayerCommand } from '$lib/scenario/player';
import type { ScenarioCatalog } from '$lib/scenario/state';
import { focusFirst, focusLost, keyTarget } from '$lib/view/focus-dom';
import { focusAfter } from '$lib/view/focus-return';

/**
 * The site's player (src/lib/view/player.svelte.ts) on the offline file's fragment instead of the
 * page's URL: the same commands, keys and autoplay, and focus handed back where it came from when a
 * command removes the focused element.
 */
export function fragmentPlayer(catalog: () => ScenarioCatalog, fragment: { params: URLSearchParams; go(next: URLSearchParams, replace: boolean): void }) {
	let playing = $state(false);
	const player = createPlayer({
		catalog,
		params: () => fragment.params,
		onchange: (_, { params, replace }) => fragment.go(params, replace),
		onplaying: (on) => (playing = on)
	});
	onDestroy(() => player.destroy());

	async function command(next: PlayerCommand) {
		const before = player.state;
		const address = fragment.params.toString();
		player.command(next);
		if (fragment.params.toString() === address) return;
		// The file lists walkthroughs where a stage hides the list: a started one takes focus to its player.
		const targets = next.type === 'start' ? [{ kind: 'control', name: 'play' } as const] : focusAfter(next, before);
		if (targets.length === 0) return;
		await tick();
		if (focusLost()) focusFirst(targets);
	}

	return {
		command,
		get playing() {
			return playing;
		},
		onkeydown(event: KeyboardEvent, context: KeyContext) {
			const { key, altKey, ctrlKey, metaKey } = event;
			const next = keyCommand({ key, altKey, ctrlKey, metaKey, target: keyTarget(event.target) }, context);
			if (!next) return;
			// Space on a focused button would also click it, and PageDown would scroll the page.
			event.preventDefault();
			void command(next);
		}
	};
}
