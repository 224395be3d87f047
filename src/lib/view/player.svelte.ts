import { page } from '$app/state';
import { onDestroy } from 'svelte';
import { createPlayer, keyCommand, type KeyContext, type PlayerKey, type PlayerOptions } from '$lib/scenario/player';
import type { ScenarioCatalog } from '$lib/scenario/state';

function keyTarget(target: EventTarget | null): PlayerKey['target'] {
	if (!(target instanceof HTMLElement)) return 'other';
	if (target.isContentEditable || target.closest('input, select, textarea')) return 'input';
	return target.closest('.svelte-flow__node') ? 'body' : 'other';
}

/**
 * The player on this page's URL, for a component to wire: `playing` is Svelte state for the Play
 * button, and autoplay ends with the component.
 */
export function pagePlayer(catalog: () => ScenarioCatalog, onchange: PlayerOptions['onchange']) {
	let playing = $state(false);
	const player = createPlayer({ catalog, params: () => page.url.searchParams, onchange, onplaying: (on) => (playing = on) });
	onDestroy(() => player.destroy());
	return {
		command: player.command,
		get playing() {
			return playing;
		},
		/** The page's one keydown handler: the key map decides, the player acts. */
		onkeydown(event: KeyboardEvent, context: KeyContext) {
			const { key, altKey, ctrlKey, metaKey } = event;
			const command = keyCommand({ key, altKey, ctrlKey, metaKey, target: keyTarget(event.target) }, context);
			if (!command) return;
			// Space on a focused button would also click it, and the clicker keys would scroll the page.
			event.preventDefault();
			player.command(command);
		}
	};
}
