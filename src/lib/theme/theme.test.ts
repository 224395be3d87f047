import { describe, expect, it } from 'vitest';
import { SIDE_STYLE, THEMES, THEME_NAMES, isThemeName, screen, themeCss } from './theme.ts';

describe('themes', () => {
	it('declares the same variables in every theme, including each side and edge kind', () => {
		const css = themeCss();
		const names = (theme: string) => {
			const block = theme === 'light' ? css.split('\n')[0]! : css.split('\n').find((l) => l.includes(`data-theme='${theme}'`))!;
			return [...block.matchAll(/(--[a-z-]+):/g)].map((m) => m[1]).sort();
		};
		for (const theme of THEME_NAMES) expect(names(theme)).toEqual(names('light'));
		expect(names('light')).toEqual(expect.arrayContaining(['--side-jp-fill', '--side-us-border', '--edge-command', '--accent']));
	});

	it('keeps the sides apart without colour in monochrome: single vs double borders', () => {
		const { jp, us } = THEMES.mono.sides;
		expect(jp.stroke).toBe(us.stroke);
		expect(jp.borderStyle).not.toBe(us.borderStyle);
	});

	it('follows the system preference unless a theme is forced, and exports stay light', () => {
		expect(themeCss()).toContain('prefers-color-scheme:dark){:root:not([data-theme])');
		expect(SIDE_STYLE.jp.fill).toBe(THEMES.light.sides.jp.fill);
		expect(screen.side('us').border).toBe('var(--side-us-border)');
		expect(isThemeName('mono')).toBe(true);
		expect(isThemeName('neon')).toBe(false);
	});
});
