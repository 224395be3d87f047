// The postMessage protocol between an embed and the page that frames it (a reveal.js or Slidev deck,
// or any page): the deck sends commands, the embed reports where its walkthrough is. Framework-free;
// the embed page wires it to its window and its player. Documented in the README ("Driving an embed
// from a deck").
import type { PlayerCommand } from '../scenario/player.ts';

/** Every message of the protocol, both ways, has a `type` starting with this. */
export const PREFIX = 'renkei:';
/** Bumped when a message changes shape; sent with `renkei:ready`. */
export const PROTOCOL_VERSION = 1;

export type DeckCommand =
	/** a step, counted from 1 as in the URL; past the last means the last */
	| { type: 'renkei:goto'; step: number }
	| { type: 'renkei:next' }
	| { type: 'renkei:prev' }
	| { type: 'renkei:first' }
	| { type: 'renkei:last' }
	| { type: 'renkei:play' }
	| { type: 'renkei:pause' }
	/** ask for a `renkei:step` report now */
	| { type: 'renkei:status' };

/** Where the embed is; step counts from 1, and is 0 (total 0) when no walkthrough is shown. */
export interface EmbedStatus {
	diagram: string;
	walkthrough: string | null;
	step: number;
	total: number;
	playing: boolean;
}

export type EmbedReport =
	| ({ type: 'renkei:ready'; version: number } & EmbedStatus)
	| ({ type: 'renkei:step' } & EmbedStatus)
	/** a message of the protocol that could not be used, and why */
	| { type: 'renkei:error'; received: string; error: string };

const SIMPLE = ['renkei:next', 'renkei:prev', 'renkei:first', 'renkei:last', 'renkei:play', 'renkei:pause', 'renkei:status'] as const;
const COMMANDS: readonly string[] = ['renkei:goto', ...SIMPLE];
// The embed's own reports, echoed back by a page that forwards everything: not commands, not errors.
const REPORTS: readonly string[] = ['renkei:ready', 'renkei:step', 'renkei:error'];

export type DeckMessage = { command: DeckCommand } | { error: string; received: string };

const STEP_LIMIT = 1_000_000;

function readStep(value: unknown): number | null {
	const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,7}\s*$/.test(value) ? Number(value) : NaN;
	return Number.isInteger(n) && n >= 1 && n <= STEP_LIMIT ? n : null;
}

function readMessage(data: unknown): DeckMessage | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const type: unknown = (data as { type?: unknown }).type;
	// Other scripts talk to frames too (reveal.js itself, extensions): what is not ours is not an error.
	if (typeof type !== 'string' || !type.startsWith(PREFIX) || REPORTS.includes(type)) return null;
	const received = type.slice(0, 60);
	if (!COMMANDS.includes(type)) return { received, error: `unknown command; known: ${COMMANDS.join(', ')}` };
	if (type === 'renkei:goto') {
		const step = readStep((data as { step?: unknown }).step);
		return step === null ? { received, error: 'step must be a whole number from 1' } : { command: { type: 'renkei:goto', step } };
	}
	return { command: { type } as DeckCommand };
}

/**
 * A posted message's data as a deck command, an error to tell the sender about (ours, but unusable),
 * or null for messages that are not the protocol's. Never throws, whatever `data` is.
 */
export function readDeckMessage(data: unknown): DeckMessage | null {
	try {
		return readMessage(data);
	} catch {
		// A getter or proxy that throws cannot arrive by postMessage, but nothing here may throw.
		return null;
	}
}

/** The player command for a deck command, given whether autoplay runs; null when there is none to give. */
export function playerCommand(command: DeckCommand, playing: boolean): PlayerCommand | null {
	switch (command.type) {
		case 'renkei:goto':
			return { type: 'goto', step: command.step - 1 };
		case 'renkei:next':
			return { type: 'next' };
		case 'renkei:prev':
			return { type: 'prev' };
		case 'renkei:first':
			return { type: 'first' };
		case 'renkei:last':
			return { type: 'last' };
		case 'renkei:play':
			return playing ? null : { type: 'toggle' };
		case 'renkei:pause':
			return playing ? { type: 'toggle' } : null;
		case 'renkei:status':
			return null;
	}
}

/** The one method of a window that the link uses to talk to another. */
export interface MessageTarget {
	postMessage(message: unknown, targetOrigin: string): void;
}

/** What the link needs of a received message event. */
export interface ReceivedMessage {
	data: unknown;
	origin: string;
	source: unknown;
}

export interface DeckLinkOptions {
	/** the page that frames the embed, or null when the embed is a page of its own */
	host: MessageTarget | null;
	status: () => EmbedStatus;
	command: (command: PlayerCommand) => void;
}

export interface DeckLink {
	/** Call once the embed can take commands: tells the host it is ready, and where it is. */
	ready(): void;
	/** Give it the status whenever it may have changed; the host hears of each real change once. */
	changed(now: EmbedStatus): void;
	/** The window's `message` listener. */
	receive(event: ReceivedMessage): void;
}

const sameStatus = (a: EmbedStatus, b: EmbedStatus) =>
	a.diagram === b.diagram && a.walkthrough === b.walkthrough && a.step === b.step && a.total === b.total && a.playing === b.playing;

/**
 * The embed's end of the protocol. It takes commands from its host only, from any origin: they change
 * nothing but which step of a public walkthrough is shown, which the host chose already through the
 * frame's URL. Reports go to the host whatever its origin, since they say no more than that URL.
 */
export function deckLink({ host, status, command }: DeckLinkOptions): DeckLink {
	let sent: EmbedStatus | null = null;
	let isReady = false;

	const post = (target: MessageTarget, report: EmbedReport, origin: string) => {
		try {
			target.postMessage(report, origin);
		} catch {
			// A host that navigated away or an origin that no longer matches: nobody left to tell.
		}
	};

	return {
		ready() {
			if (!host) return;
			isReady = true;
			sent = status();
			post(host, { type: 'renkei:ready', version: PROTOCOL_VERSION, ...sent }, '*');
		},
		changed(now) {
			if (!host || !isReady || (sent && sameStatus(sent, now))) return;
			sent = now;
			post(host, { type: 'renkei:step', ...now }, '*');
		},
		receive(event) {
			if (!host || !isReady || event.source !== host) return;
			const message = readDeckMessage(event.data);
			if (!message) return;
			// Reply to the sender's origin; an opaque one ("null") can only be reached with "*".
			const origin = event.origin && event.origin !== 'null' ? event.origin : '*';
			if ('error' in message) return post(host, { type: 'renkei:error', ...message }, origin);
			if (message.command.type === 'renkei:status') {
				sent = status();
				return post(host, { type: 'renkei:step', ...sent }, origin);
			}
			const next = playerCommand(message.command, status().playing);
			if (next) command(next);
		}
	};
}

/** What the embed needs of a key press to decide whether it hands the keys back. */
export interface FrameKey {
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	/** a text field has focus */
	typing: boolean;
}

/** In a frame, Escape gives the keys back to the host page (a deck's arrows work again). */
export function releasesKeys(key: FrameKey, framed: boolean): boolean {
	return framed && key.key === 'Escape' && !key.altKey && !key.ctrlKey && !key.metaKey && !key.typing;
}

/** Hands keyboard focus to the host page, if the browser lets a frame do so; never throws. */
export function returnKeys(host: { focus(): void } | null): void {
	try {
		host?.focus();
	} catch {
		// Nothing else to try: the reader can still click the deck.
	}
}
