import type { MessageKey } from '../i18n/messages.ts';
import type { RelationshipKind, Side } from '../i18n/vocabulary.ts';

export const THEME_NAMES = ['light', 'dark', 'mono'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

interface SidePalette {
	fill: string;
	stroke: string;
	tint: string;
	/** in monochrome the sides differ by border, not colour */
	borderStyle: 'solid' | 'double';
	borderWidth: number;
}

interface Palette {
	page: Record<
		| 'bg'
		| 'surface'
		| 'text'
		| 'muted'
		| 'border'
		| 'border-strong'
		| 'subtle'
		| 'accent'
		| 'accent-bg'
		| 'frame'
		| 'canvas-bg'
		| 'focus'
		| 'focus-ring'
		| 'note-bg'
		| 'note-border'
		| 'note-text'
		| 'jp',
		string
	>;
	sides: Record<Side, SidePalette>;
	edges: Record<RelationshipKind, string>;
}

/** Every colour of the app, per theme. Screens read them as CSS variables, exports use `light`. */
export const THEMES: Record<ThemeName, Palette> = {
	light: {
		page: {
			bg: '#f4f6f8',
			surface: '#ffffff',
			text: '#1b1f24',
			muted: '#4a5462',
			border: '#d5dae1',
			'border-strong': '#9aa3ae',
			subtle: '#e6e9ee',
			accent: '#1f4e8c',
			'accent-bg': '#f3f7fd',
			frame: '#7d8795',
			'canvas-bg': '#fbfcfd',
			focus: '#f0a500',
			'focus-ring': '#b35c00',
			'note-bg': '#fff1c2',
			'note-border': '#e0c060',
			'note-text': '#5a4a00',
			jp: '#a3302c'
		},
		sides: {
			jp: { fill: '#fff6f5', stroke: '#a3302c', tint: '#f9dedc', borderStyle: 'solid', borderWidth: 1.5 },
			us: { fill: '#f3f7fd', stroke: '#1f4e8c', tint: '#dbe6f5', borderStyle: 'solid', borderWidth: 1.5 },
			bilateral: { fill: '#ffffff', stroke: '#3d4756', tint: '#e6e9ee', borderStyle: 'solid', borderWidth: 1.5 }
		},
		edges: { coordination: '#3d4756', direction: '#0f5b4a', command: '#7a4b00', support: '#5b3f8c', primary: '#1d4f91' }
	},
	dark: {
		page: {
			bg: '#0f1419',
			surface: '#1a2029',
			text: '#e6ebf1',
			muted: '#aab5c3',
			border: '#3a4452',
			'border-strong': '#6a7687',
			subtle: '#262e39',
			accent: '#8cb8ff',
			'accent-bg': '#1c2a40',
			frame: '#8b96a5',
			'canvas-bg': '#12171e',
			focus: '#f0a500',
			'focus-ring': '#ffb454',
			'note-bg': '#3a3115',
			'note-border': '#8a7328',
			'note-text': '#f3dc8c',
			jp: '#ff9a92'
		},
		sides: {
			jp: { fill: '#2a1c1c', stroke: '#ff9a92', tint: '#4a2a28', borderStyle: 'solid', borderWidth: 1.5 },
			us: { fill: '#17233a', stroke: '#8cb8ff', tint: '#263a5c', borderStyle: 'solid', borderWidth: 1.5 },
			bilateral: { fill: '#1a2029', stroke: '#aab5c3', tint: '#2e3744', borderStyle: 'solid', borderWidth: 1.5 }
		},
		edges: { coordination: '#c3ccd8', direction: '#5fd3b3', command: '#f0b45a', support: '#c8aef7', primary: '#8ab8ff' }
	},
	// Print and monochrome: Japanese and U.S. sides differ by border (single vs double), edge kinds by
	// line style and arrowheads, so nothing depends on colour.
	mono: {
		page: {
			bg: '#ffffff',
			surface: '#ffffff',
			text: '#000000',
			muted: '#333333',
			border: '#888888',
			'border-strong': '#555555',
			subtle: '#eeeeee',
			accent: '#000000',
			'accent-bg': '#f2f2f2',
			frame: '#555555',
			'canvas-bg': '#ffffff',
			focus: '#000000',
			'focus-ring': '#000000',
			'note-bg': '#f2f2f2',
			'note-border': '#555555',
			'note-text': '#000000',
			jp: '#000000'
		},
		sides: {
			jp: { fill: '#ffffff', stroke: '#000000', tint: '#bbbbbb', borderStyle: 'solid', borderWidth: 2.5 },
			us: { fill: '#ffffff', stroke: '#000000', tint: '#bbbbbb', borderStyle: 'double', borderWidth: 4 },
			bilateral: { fill: '#ffffff', stroke: '#444444', tint: '#dddddd', borderStyle: 'solid', borderWidth: 1.5 }
		},
		edges: { coordination: '#000000', direction: '#000000', command: '#000000', support: '#000000', primary: '#000000' }
	}
};

/**
 * A colour of a picture, named by its role: the screen resolves it to the theme's CSS variable, so a
 * theme switch restyles without re-rendering; exports resolve it in the light palette.
 */
export type Paint = keyof Palette['page'] | `side-${Side}-${'fill' | 'stroke' | 'tint'}`;

export const cssPaint = (paint: Paint) => `var(--${paint})`;

export function lightPaint(paint: Paint): string {
	const side = /^side-(jp|us|bilateral)-(fill|stroke|tint)$/.exec(paint);
	if (side) return THEMES.light.sides[side[1] as Side][side[2] as 'fill' | 'stroke' | 'tint'];
	return THEMES.light.page[paint as keyof Palette['page']];
}

const light = THEMES.light;
const SIDE_LABELS: Record<Side, MessageKey> = { jp: 'sideJp', us: 'sideUs', bilateral: 'sideBilateral' };

/** The light palette as concrete colours: exports (SVG, PNG, PPTX) are always drawn with it. */
export const SIDE_STYLE: Record<Side, { fill: string; stroke: string; tint: string; label: MessageKey }> = {
	jp: { ...light.sides.jp, label: SIDE_LABELS.jp },
	us: { ...light.sides.us, label: SIDE_LABELS.us },
	bilateral: { ...light.sides.bilateral, label: SIDE_LABELS.bilateral }
};

export interface EdgeStyle {
	stroke: string;
	width: number;
	/** SVG stroke-dasharray; empty for solid */
	dash: string;
	label: MessageKey;
}

export const EDGE_STYLE: Record<RelationshipKind, EdgeStyle> = {
	coordination: { stroke: light.edges.coordination, width: 2, dash: '', label: 'edgeCoordination' },
	direction: { stroke: light.edges.direction, width: 2.5, dash: '', label: 'edgeDirection' },
	command: { stroke: light.edges.command, width: 2, dash: '9 5', label: 'edgeCommand' },
	support: { stroke: light.edges.support, width: 2, dash: '4 3', label: 'edgeSupport' },
	primary: { stroke: light.edges.primary, width: 3, dash: '12 4 3 4', label: 'edgePrimary' }
};

/** "As needed" links keep their kind's colour and take a dotted line. */
export const AS_NEEDED_DASH = '2 5';

export function edgeStyle(kind: RelationshipKind, asNeeded: boolean): EdgeStyle {
	const base = EDGE_STYLE[kind];
	return asNeeded ? { ...base, dash: AS_NEEDED_DASH } : base;
}

/** On screen, colours are CSS variables, so a theme switch restyles without re-rendering. */
export const screen = {
	side: (side: Side) => ({
		fill: `var(--side-${side}-fill)`,
		stroke: `var(--side-${side}-stroke)`,
		tint: `var(--side-${side}-tint)`,
		border: `var(--side-${side}-border)`
	}),
	edge: (kind: RelationshipKind) => `var(--edge-${kind})`
};

function declarations(p: Palette): string {
	const vars = [
		...Object.entries(p.page).map(([k, v]) => `--${k}:${v}`),
		...Object.entries(p.sides).flatMap(([side, s]) => [
			`--side-${side}-fill:${s.fill}`,
			`--side-${side}-stroke:${s.stroke}`,
			`--side-${side}-tint:${s.tint}`,
			`--side-${side}-border:${s.borderWidth}px ${s.borderStyle} ${s.stroke}`
		]),
		...Object.entries(p.edges).map(([k, v]) => `--edge-${k}:${v}`)
	];
	return vars.join(';');
}

/**
 * The themes as CSS: light by default, dark when the system prefers it, and any theme forced with
 * data-theme on <html> (from ?theme=). Printing always uses the monochrome-safe light palette.
 */
export function themeCss(): string {
	return [
		`:root{${declarations(THEMES.light)}}`,
		`@media screen and (prefers-color-scheme:dark){:root:not([data-theme]){${declarations(THEMES.dark)};color-scheme:dark}}`,
		...THEME_NAMES.map((name) => `@media screen{:root[data-theme='${name}']{${declarations(THEMES[name])}${name === 'dark' ? ';color-scheme:dark' : ''}}}`)
	].join('\n');
}

export function isThemeName(value: string | null | undefined): value is ThemeName {
	return (THEME_NAMES as readonly (string | null | undefined)[]).includes(value);
}
