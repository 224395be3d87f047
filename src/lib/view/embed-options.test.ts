import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './embed-options.ts';

describe('readEmbedOptions', () => {
	it('defaults to controls, the system theme and fit', () => {
		expect(readEmbedOptions(null)).toEqual({ controls: true, theme: null, fit: true });
	});

	it('reads the options and ignores nonsense', () => {
		expect(readEmbedOptions(new URLSearchParams('controls=0&theme=dark&fit=false'))).toEqual({ controls: false, theme: 'dark', fit: false });
		expect(readEmbedOptions(new URLSearchParams('controls=<x>&theme=neon&fit=maybe'))).toEqual({ controls: true, theme: null, fit: true });
	});
});
