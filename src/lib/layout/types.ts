import type { Font } from './text.ts';
import type { Lang, RelationshipKind } from '../model/schema.ts';
import type { Card } from './card.ts';
import type { CardDetail } from './card-picture.ts';

export interface Point {
	x: number;
	y: number;
}

export interface Box extends Point {
	width: number;
	height: number;
}

/** A positioned node; x and y are relative to the parent group, as Svelte Flow's parentId expects. */
export type PositionedNode =
	| (Box & { id: string; type: 'body'; parentId?: string; card: Card })
	| (Box & { id: string; type: 'group'; parentId?: string; label: string; /** the name's start, from the frame's left edge */ labelX: number });

export interface RoutedEdge {
	id: string;
	source: string;
	target: string;
	kind: RelationshipKind;
	directed: boolean;
	asNeeded: boolean;
	/** absolute coordinates: start, bend points, end */
	points: Point[];
	label?: Box & { text: string; lines: string[]; font: Font };
}

export interface DiagramLayout {
	diagram: string;
	lang: Lang;
	/** how much of each card the boxes were sized for */
	detail: CardDetail;
	width: number;
	height: number;
	/** parents precede their children */
	nodes: PositionedNode[];
	edges: RoutedEdge[];
}
