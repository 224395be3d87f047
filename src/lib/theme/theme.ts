import type { MessageKey } from '../i18n/messages.ts';
import type { RelationshipKind, Side } from '../model/schema.ts';

/** One palette for the screen, the legend and every export, so they always agree. */
export const SIDE_STYLE: Record<Side, { fill: string; stroke: string; tint: string; label: MessageKey }> = {
	jp: { fill: '#fff6f5', stroke: '#a3302c', tint: '#f9dedc', label: 'sideJp' },
	us: { fill: '#f3f7fd', stroke: '#1f4e8c', tint: '#dbe6f5', label: 'sideUs' },
	bilateral: { fill: '#ffffff', stroke: '#3d4756', tint: '#e6e9ee', label: 'sideBilateral' }
};

export interface EdgeStyle {
	stroke: string;
	width: number;
	/** SVG stroke-dasharray; empty for solid */
	dash: string;
	label: MessageKey;
}

export const EDGE_STYLE: Record<RelationshipKind, EdgeStyle> = {
	coordination: { stroke: '#3d4756', width: 2, dash: '', label: 'edgeCoordination' },
	direction: { stroke: '#0f5b4a', width: 2.5, dash: '', label: 'edgeDirection' },
	command: { stroke: '#7a4b00', width: 2, dash: '9 5', label: 'edgeCommand' },
	support: { stroke: '#5b3f8c', width: 2, dash: '4 3', label: 'edgeSupport' }
};

/** "As needed" links keep their kind's colour and take a dotted line. */
export const AS_NEEDED_DASH = '2 5';

export function edgeStyle(kind: RelationshipKind, asNeeded: boolean): EdgeStyle {
	const base = EDGE_STYLE[kind];
	return asNeeded ? { ...base, dash: AS_NEEDED_DASH } : base;
}
