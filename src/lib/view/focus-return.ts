import type { PlayerCommand, PlayerState } from '../scenario/player.ts';

/** Something on the diagram page or the embed that can take focus back. */
export type FocusTarget =
	/** a body's card on the canvas */
	| { kind: 'body'; id: string }
	/** the stage panel's button that starts this walkthrough */
	| { kind: 'walkthrough-start'; id: string }
	/** this stage's button on the stage rail */
	| { kind: 'stage'; id: string }
	| { kind: 'control'; name: 'present' | 'present-exit' | 'play' }
	/** the diagram: its first body, or the canvas itself */
	| { kind: 'diagram' };

/**
 * Where focus goes after `command`, best first, should the command have removed the element that had
 * it (the detail panel, the walkthrough player, the presentation button). A reader whose focus
 * survived the command keeps it; these are the places it came from, or the nearest that remain.
 */
export function focusAfter(command: PlayerCommand, before: PlayerState): FocusTarget[] {
	switch (command.type) {
		case 'select':
			// Closing the panel goes back to the card that opened it; opening it focuses the panel.
			return command.body === null && before.body ? [{ kind: 'body', id: before.body }, { kind: 'diagram' }] : [];
		case 'present':
			// The Present button and its Leave twin replace each other.
			if (command.on === before.presenting) return [];
			return command.on ? [{ kind: 'control', name: 'present-exit' }, { kind: 'diagram' }] : [{ kind: 'control', name: 'present' }, { kind: 'diagram' }];
		case 'stop': {
			const { walkthrough, stage } = before.scenario;
			if (!walkthrough) return [];
			return [
				{ kind: 'walkthrough-start', id: walkthrough },
				...(stage ? [{ kind: 'stage', id: stage } as const] : []),
				{ kind: 'diagram' }
			];
		}
		case 'next':
		case 'prev':
		case 'first':
		case 'last':
			// A step button the step disables drops its focus; Play sits between them and never is.
			return [{ kind: 'control', name: 'play' }];
		default:
			return [];
	}
}
