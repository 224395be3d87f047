import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDGE_STYLE, SIDE_STYLE, THEMES, THEME_NAMES, isThemeName, screen, themeCss, type ThemeName } from './theme.ts';

const SIDES = ['jp', 'us', 'bilateral'] as const;

/** WCAG 2.x relative luminance of #rrggbb. */
function luminance(hex: string): number {
	expect(hex).toMatch(/^#[0-9a-f]{6}$/i);
	const [r, g, b] = [1, 3, 5]
		.map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}

/** Each theme's block of custom properties in the CSS, as the browser would read it. */
function cssBlocks(): { system: Record<string, string>; dark: Record<string, string>; forced: Record<ThemeName, Record<string, string>> } {
	const css = themeCss();
	const block = (pattern: RegExp) => {
		const body = pattern.exec(css)?.[1];
		expect(body, String(pattern)).toBeDefined();
		return Object.fromEntries([...body!.matchAll(/(--[a-z0-9-]+):([^;}]+)/g)].map((m) => [m[1]!, m[2]!.trim()]));
	};
	return {
		system: block(/^:root\{([^}]*)\}/),
		dark: block(/prefers-color-scheme:dark\)\{:root:not\(\[data-theme\]\)\{([^}]*)\}/),
		forced: Object.fromEntries(THEME_NAMES.map((name) => [name, block(new RegExp(`:root\\[data-theme='${name}'\\]\\{([^}]*)\\}`))])) as Record<
			ThemeName,
			Record<string, string>
		>
	};
}

const varName = (reference: string) => /^var\((--[a-z0-9-]+)\)$/.exec(reference)![1]!;

/** Custom properties the app's styles read without a fallback and never set themselves: they must come from the theme. */
function themeVariablesUsed(): string[] {
	const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.svelte') || f.endsWith('.css'))
		.map((f) => readFileSync(join('src', f), 'utf8'));
	const set = new Set(files.flatMap((text) => [...text.matchAll(/(?:style:)?(--[a-z0-9-]+)\s*[:=]/g)].map((m) => m[1]!)));
	const used = new Set(files.flatMap((text) => [...text.matchAll(/var\((--[a-z0-9-]+)\)/g)].map((m) => m[1]!)));
	return [...used].filter((name) => !set.has(name)).sort();
}

describe('palettes', () => {
	it('define the same colours in every theme', () => {
		const shape = (theme: ThemeName) => {
			const p = THEMES[theme];
			return {
				page: Object.keys(p.page).sort(),
				sides: Object.fromEntries(Object.entries(p.sides).map(([side, s]) => [side, Object.keys(s).sort()])),
				edges: Object.keys(p.edges).sort()
			};
		};
		for (const theme of THEME_NAMES) expect(shape(theme), theme).toEqual(shape('light'));
		expect(Object.keys(THEMES.light.sides).sort()).toEqual([...SIDES].sort());
		expect(Object.keys(THEMES.light.edges).sort()).toEqual(Object.keys(EDGE_STYLE).sort());
	});

	describe.each(THEME_NAMES)('%s', (theme) => {
		const p = THEMES[theme];
		const grounds = {
			...Object.fromEntries((['bg', 'surface', 'canvas-bg', 'subtle', 'accent-bg', 'note-bg'] as const).map((k) => [k, p.page[k]])),
			...Object.fromEntries(SIDES.flatMap((s) => [[`${s} fill`, p.sides[s].fill], [`${s} tint`, p.sides[s].tint]]))
		};

		it('sets every kind of text at WCAG AA contrast (4.5:1) on every background', () => {
			const texts = {
				...Object.fromEntries((['text', 'muted', 'accent', 'note-text', 'jp'] as const).map((k) => [k, p.page[k]])),
				// column headers and side labels are written in the side's colour
				...Object.fromEntries(SIDES.map((s) => [`${s} stroke`, p.sides[s].stroke]))
			};
			const low = Object.entries(texts).flatMap(([fg, fc]) =>
				Object.entries(grounds)
					.filter(([, bc]) => contrast(fc, bc) < 4.5)
					.map(([bg, bc]) => `${fg} on ${bg}: ${contrast(fc, bc).toFixed(2)}`)
			);
			expect(low).toEqual([]);
			// buttons: surface-coloured text on the accent
			expect(contrast(p.page.surface, p.page.accent)).toBeGreaterThanOrEqual(4.5);
		});

		it('draws links, frames and the keyboard focus ring at 3:1 against what is behind them (WCAG 1.4.11)', () => {
			for (const [kind, colour] of Object.entries(p.edges)) expect(contrast(colour, p.page['canvas-bg']), kind).toBeGreaterThanOrEqual(3);
			expect(contrast(p.page.frame, p.page['canvas-bg'])).toBeGreaterThanOrEqual(3);
			for (const ground of ['bg', 'surface', 'canvas-bg'] as const) {
				expect(contrast(p.page['focus-ring'], p.page[ground]), ground).toBeGreaterThanOrEqual(3);
			}
		});
	});

	it('has no hue in monochrome', () => {
		const { sides, page, edges } = THEMES.mono;
		const colours = [...Object.values(page), ...Object.values(edges), ...Object.values(sides).flatMap((s) => [s.fill, s.stroke, s.tint])];
		const hued = colours.filter((hex) => !/^#([0-9a-f]{2})\1\1$/i.test(hex));
		expect(hued).toEqual([]);
	});

	it('keeps the sides apart without colour in monochrome: single vs double borders', () => {
		const { jp, us } = THEMES.mono.sides;
		expect(jp.stroke).toBe(us.stroke);
		expect(jp.borderStyle).not.toBe(us.borderStyle);
	});
});

describe('themeCss', () => {
	const blocks = cssBlocks();

	it.each(THEME_NAMES)('declares every variable the screen reads, with the %s palette’s colours', (theme) => {
		const p = THEMES[theme];
		const vars = blocks.forced[theme];
		for (const [key, colour] of Object.entries(p.page)) expect(vars[`--${key}`], key).toBe(colour);
		for (const side of SIDES) {
			const s = p.sides[side];
			const refs = screen.side(side);
			expect(vars[varName(refs.fill)], `${side} fill`).toBe(s.fill);
			expect(vars[varName(refs.stroke)], `${side} stroke`).toBe(s.stroke);
			expect(vars[varName(refs.tint)], `${side} tint`).toBe(s.tint);
			expect(vars[varName(refs.border)], `${side} border`).toBe(`${s.borderWidth}px ${s.borderStyle} ${s.stroke}`);
		}
		for (const [kind, colour] of Object.entries(p.edges)) {
			expect(vars[varName(screen.edge(kind as keyof typeof p.edges))], kind).toBe(colour);
		}
		expect(Object.keys(vars).sort()).toEqual(Object.keys(blocks.forced.light).sort());
	});

	it('declares, in every theme, each theme variable the styles use', () => {
		const used = themeVariablesUsed();
		expect(used).toEqual(expect.arrayContaining(['--accent', '--muted', '--surface', '--text']));
		for (const theme of THEME_NAMES) {
			expect(used.filter((name) => !(name in blocks.forced[theme])), theme).toEqual([]);
		}
	});

	it('follows the system preference unless a theme is forced', () => {
		expect(blocks.system).toEqual(blocks.forced.light);
		expect(blocks.dark).toEqual(blocks.forced.dark);
	});
});

describe('exports and names', () => {
	it('draws exports with the light palette', () => {
		for (const side of SIDES) {
			const { fill, stroke, tint } = THEMES.light.sides[side];
			expect(SIDE_STYLE[side], side).toMatchObject({ fill, stroke, tint });
		}
		for (const [kind, style] of Object.entries(EDGE_STYLE)) expect(style.stroke, kind).toBe(THEMES.light.edges[kind as keyof typeof EDGE_STYLE]);
	});

	it('knows its theme names and nothing else', () => {
		for (const theme of THEME_NAMES) expect(isThemeName(theme)).toBe(true);
		for (const other of ['neon', '', 'Light', 'constructor', null, undefined]) expect(isThemeName(other), String(other)).toBe(false);
	});
});
