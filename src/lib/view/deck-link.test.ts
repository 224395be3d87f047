import { describe, expect, it } from 'vitest';
import type { PlayerCommand } from '../scenario/player.ts';
import { deckLink, playerCommand, readDeckMessage, releasesKeys, returnKeys, type EmbedStatus, type MessageTarget } from './deck-link.ts';

describe('readDeckMessage', () => {
	it('reads every command', () => {
		for (const type of ['renkei:next', 'renkei:prev', 'renkei:first', 'renkei:last', 'renkei:play', 'renkei:pause', 'renkei:status']) {
			expect(readDeckMessage({ type }), type).toEqual({ command: { type } });
		}
		expect(readDeckMessage({ type: 'renkei:goto', step: 3 })).toEqual({ command: { type: 'renkei:goto', step: 3 } });
		// A step read from a data attribute is a string.
		expect(readDeckMessage({ type: 'renkei:goto', step: ' 12 ' })).toEqual({ command: { type: 'renkei:goto', step: 12 } });
	});

	it('drops the fields a command does not use', () => {
		expect(readDeckMessage({ type: 'renkei:next', step: 4, eval: 'alert(1)' })).toEqual({ command: { type: 'renkei:next' } });
	});

	it('ignores whatever is not the protocol’s, including its own reports echoed back', () => {
		const foreign: unknown[] = [
			null,
			undefined,
			0,
			'renkei:next',
			['renkei:next'],
			{},
			{ type: 3 },
			{ type: 'next' },
			{ type: 'RENKEI:next' },
			{ namespace: 'reveal', eventName: 'slidechanged' },
			JSON.stringify({ type: 'renkei:next' }),
			{ type: 'renkei:ready', step: 1 },
			{ type: 'renkei:step', step: 1 },
			{ type: 'renkei:error', error: 'x' },
			Object.create(null)
		];
		foreign.forEach((data, i) => expect(readDeckMessage(data), `case ${i}`).toBeNull());
	});

	it('names what is wrong with a message of the protocol it cannot use', () => {
		expect(readDeckMessage({ type: 'renkei:jump' })).toEqual({ received: 'renkei:jump', error: expect.stringContaining('renkei:goto') });
		for (const step of [undefined, null, 0, -1, 1.5, NaN, Infinity, '2a', '', '0x10', 1e9, true, { n: 2 }, [2]]) {
			expect(readDeckMessage({ type: 'renkei:goto', step }), String(step)).toEqual({ received: 'renkei:goto', error: 'step must be a whole number from 1' });
		}
		const long = readDeckMessage({ type: `renkei:${'x'.repeat(10_000)}` });
		expect(long && 'received' in long && long.received.length).toBe(60);
	});

	it('never throws, even on data that throws when read', () => {
		const hostile = {
			get type(): string {
				throw new Error('boom');
			}
		};
		expect(readDeckMessage(hostile)).toBeNull();
		const proxy = new Proxy({}, { get: () => { throw new Error('boom'); } });
		expect(readDeckMessage(proxy)).toBeNull();
	});
});

describe('playerCommand', () => {
	it('maps steps, counted from 1, to the player’s indices', () => {
		expect(playerCommand({ type: 'renkei:goto', step: 1 }, false)).toEqual({ type: 'goto', step: 0 });
		expect(playerCommand({ type: 'renkei:last' }, false)).toEqual({ type: 'last' });
	});

	it('plays and pauses without toggling the wrong way', () => {
		expect(playerCommand({ type: 'renkei:play' }, false)).toEqual({ type: 'toggle' });
		expect(playerCommand({ type: 'renkei:play' }, true)).toBeNull();
		expect(playerCommand({ type: 'renkei:pause' }, true)).toEqual({ type: 'toggle' });
		expect(playerCommand({ type: 'renkei:pause' }, false)).toBeNull();
	});
});

/** A link whose host records what it is sent, over a status the test changes. */
function setup(framed = true) {
	const posted: { message: unknown; origin: string }[] = [];
	const host: MessageTarget = { postMessage: (message, origin) => posted.push({ message, origin }) };
	let status: EmbedStatus = { diagram: 'acm', walkthrough: 'peace', step: 1, total: 3, playing: false };
	const changed = () => link.changed(status);
	const commands: PlayerCommand[] = [];
	const link = deckLink({ host: framed ? host : null, status: () => status, command: (c) => commands.push(c) });
	return {
		link,
		changed,
		host,
		posted,
		commands,
		set(change: Partial<EmbedStatus>) {
			status = { ...status, ...change };
		},
		fromHost(data: unknown, origin = 'https://deck.example') {
			link.receive({ data, origin, source: host });
		}
	};
}

describe('deckLink', () => {
	it('tells the host it is ready and where it is', () => {
		const s = setup();
		s.link.ready();
		expect(s.posted).toEqual([{ message: { type: 'renkei:ready', version: 1, diagram: 'acm', walkthrough: 'peace', step: 1, total: 3, playing: false }, origin: '*' }]);
	});

	it('reports each change once, whatever caused it, and nothing before it is ready', () => {
		const s = setup();
		s.set({ step: 2 });
		s.changed();
		expect(s.posted).toEqual([]);
		s.link.ready();
		s.changed();
		s.set({ step: 3 });
		s.changed();
		s.changed();
		s.set({ playing: true });
		s.changed();
		expect(s.posted.map((p) => p.message)).toEqual([
			expect.objectContaining({ type: 'renkei:ready', step: 2 }),
			expect.objectContaining({ type: 'renkei:step', step: 3, playing: false }),
			expect.objectContaining({ type: 'renkei:step', step: 3, playing: true })
		]);
	});

	it('runs the host’s commands on the player', () => {
		const s = setup();
		s.link.ready();
		s.fromHost({ type: 'renkei:goto', step: 3 });
		s.fromHost({ type: 'renkei:next' });
		s.fromHost({ type: 'renkei:pause' });
		s.fromHost({ type: 'renkei:play' });
		expect(s.commands).toEqual([{ type: 'goto', step: 2 }, { type: 'next' }, { type: 'toggle' }]);
	});

	it('answers a status request at once, to the sender’s origin', () => {
		const s = setup();
		s.link.ready();
		s.fromHost({ type: 'renkei:status' });
		expect(s.posted[1]).toEqual({ message: { type: 'renkei:step', diagram: 'acm', walkthrough: 'peace', step: 1, total: 3, playing: false }, origin: 'https://deck.example' });
		expect(s.commands).toEqual([]);
	});

	it('tells the host what it could not use, and ignores what is not its own', () => {
		const s = setup();
		s.link.ready();
		s.fromHost({ type: 'renkei:goto', step: 'two' }, 'null');
		s.fromHost({ type: 'reveal:slidechanged' });
		s.fromHost('renkei:next');
		expect(s.commands).toEqual([]);
		expect(s.posted.slice(1)).toEqual([{ message: { type: 'renkei:error', received: 'renkei:goto', error: 'step must be a whole number from 1' }, origin: '*' }]);
	});

	it('takes commands from its host only', () => {
		const s = setup();
		s.link.ready();
		const stranger: MessageTarget = { postMessage: () => {} };
		s.link.receive({ data: { type: 'renkei:next' }, origin: 'https://deck.example', source: stranger });
		s.link.receive({ data: { type: 'renkei:next' }, origin: 'https://deck.example', source: null });
		expect(s.commands).toEqual([]);
		expect(s.posted).toHaveLength(1);
	});

	it('does nothing when the embed is not in a frame', () => {
		const s = setup(false);
		s.link.ready();
		s.changed();
		s.link.receive({ data: { type: 'renkei:next' }, origin: '', source: null });
		expect(s.posted).toEqual([]);
		expect(s.commands).toEqual([]);
	});

	it('survives a host it can no longer post to', () => {
		const link = deckLink({
			host: {
				postMessage: () => {
					throw new Error('gone');
				}
			},
			status: () => ({ diagram: 'acm', walkthrough: null, step: 0, total: 0, playing: false }),
			command: () => {}
		});
		expect(() => link.ready()).not.toThrow();
	});
});

describe('keys in a frame', () => {
	const key = { key: 'Escape', altKey: false, ctrlKey: false, metaKey: false, typing: false };

	it('Escape hands them back to the host, in a frame only', () => {
		expect(releasesKeys(key, true)).toBe(true);
		expect(releasesKeys(key, false)).toBe(false);
		expect(releasesKeys({ ...key, key: 'ArrowRight' }, true)).toBe(false);
		expect(releasesKeys({ ...key, ctrlKey: true }, true)).toBe(false);
		expect(releasesKeys({ ...key, typing: true }, true)).toBe(false);
	});

	it('returning them never throws', () => {
		let focused = 0;
		returnKeys({ focus: () => focused++ });
		expect(focused).toBe(1);
		expect(() => returnKeys(null)).not.toThrow();
		expect(() =>
			returnKeys({
				focus: () => {
					throw new Error('denied');
				}
			})
		).not.toThrow();
	});
});
