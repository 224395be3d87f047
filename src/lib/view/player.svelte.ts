import { onDestroy, tick } from 'svelte';
import { createPlayer, keyCommand, type KeyContext, type PlayerCommand, type PlayerOptions } from '$lib/scenario/player';
import type { ScenarioCatalog } from '$lib/scenario/state';
import { focusFirst, focusLost, keyTarget } from './focus-dom';
import { focusAfter, type FocusTarget } from './focus-return';

/** Where a player reads its view and writes the next one: the page's URL, or the offline file's fragment. */
export interface PlayerView {
	params: () => URLSearchParams;
	onchange: PlayerOptions['onchange'];
	/** where focus goes when a walkthrough starts (the offline file lists them away from the player) */
	focusOnStart?: FocusTarget[];
}

/**
 * The player on a view, for a component to wire: `playing` is Svelte state for the Play button, and
 * autoplay ends with the component. The view is drawn as soon as it changes, so a command that
 * removes the focused element (the panel's ×, Escape, Leave presentation, the player's ×) hands focus
 * back where it came from once Svelte has redrawn (`focusAfter`).
 */
export function viewPlayer(catalog: () => ScenarioCatalog, view: PlayerView) {
	let playing = $state(false);
	let changed = false;
	const player = createPlayer({
		catalog,
		params: view.params,
		onchange: (state, navigation) => {
			changed = true;
			view.onchange(state, navigation);
		},
		onplaying: (on) => (playing = on)
	});
	onDestroy(() => player.destroy());

	async function command(command: PlayerCommand) {
		const before = player.state;
		changed = false;
		player.command(command);
		// Only a command that changes the view redraws the page; the others leave focus alone.
		if (!changed) return;
		const targets = command.type === 'start' && view.focusOnStart ? view.focusOnStart : focusAfter(command, before);
		if (targets.length === 0) return;
		await tick();
		// A document without focus (a frame that gave its keys back to the deck) never takes it back.
		if (document.hasFocus() && focusLost()) focusFirst(targets);
	}

	return {
		command: (next: PlayerCommand) => void command(next),
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
			void command(next);
		}
	};
}
