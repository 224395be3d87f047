import { afterNavigate } from '$app/navigation';
import { onDestroy, tick } from 'svelte';
import { createPlayer, keyCommand, type KeyContext, type PlayerCommand, type PlayerOptions } from '$lib/scenario/player';
import type { ScenarioCatalog } from '$lib/scenario/state';
import { focusFirst, focusLost, keyTarget } from './focus-dom';
import { focusAfter, type FocusTarget } from './focus-return';
import { viewUrl } from './view-url.svelte';

/**
 * The player on this page's URL, for a component to wire: `playing` is Svelte state for the Play
 * button, and autoplay ends with the component. A command that removes the focused element (the
 * panel's ×, Escape, Leave presentation, the player's ×) hands focus back where it came from once
 * the page has redrawn (`focusAfter`).
 */
export function pagePlayer(catalog: () => ScenarioCatalog, onchange: PlayerOptions['onchange']) {
	let playing = $state(false);
	let navigating = false;
	let refocus: FocusTarget[] = [];
	const player = createPlayer({
		catalog,
		params: () => viewUrl.current.searchParams,
		onchange: (state, navigation) => {
			navigating = true;
			onchange(state, navigation);
		},
		onplaying: (on) => (playing = on)
	});
	onDestroy(() => player.destroy());
	afterNavigate(async () => {
		const targets = refocus;
		refocus = [];
		if (targets.length === 0) return;
		await tick();
		// A document without focus (a frame that gave its keys back to the deck) never takes it back.
		if (document.hasFocus() && focusLost()) focusFirst(targets);
	});

	function command(command: PlayerCommand) {
		const before = player.state;
		navigating = false;
		player.command(command);
		// Only a command that navigates redraws the page; the others leave focus alone.
		if (navigating) refocus = focusAfter(command, before);
	}

	return {
		command,
		get playing() {
			return playing;
		},
		/** The page's one keydown handler: the key map decides, the player acts. */
		onkeydown(event: KeyboardEvent, context: KeyContext) {
			const { key, altKey, ctrlKey, metaKey } = event;
			const next = keyCommand({ key, altKey, ctrlKey, metaKey, target: keyTarget(event.target) }, context);
			if (!next) return;
			// Space on a focused button would also click it, and the clicker keys would scroll the page.
			event.preventDefault();
			command(next);
		}
	};
}
