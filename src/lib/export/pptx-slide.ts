import { EDGE_LABEL, EDGE_LABEL_PAD, GROUP_LABEL } from '../layout/elk-graph.ts';
import { absoluteBoxes } from '../layout/geometry.ts';
import { textWidth, wrapLines, type Font } from '../layout/text.ts';
import type { Box, PositionedNode, RoutedEdge } from '../layout/types.ts';
import { edgeStyle, SIDE_STYLE } from '../theme/theme.ts';
import type { Mark } from '../scenario/marks.ts';
import { cardText, fitZoom, TEXT } from './pptx-card.ts';
import { connectionSite, connectorGeometry } from './pptx-connector.ts';
import { connectorXml, EMU_PER_PT, shapeXml, type EmuBox, type LineStyle, type TextFrame } from './pptx-xml.ts';
import type { ExportScene } from './scenes.ts';

/** 16:9 at PowerPoint's widescreen size, 13.333 × 7.5 in, in points. */
export const SLIDE_PT = { width: 960, height: 540 } as const;
const MARGIN = { x: 28.8, top: 21.6, bottom: 18 } as const;
const HEADER = { title: { size: 20, lineHeight: 1.2, bold: true }, subtitle: { size: 12, lineHeight: 1.3 } } as const;
const FOOTER = { legend: { size: 9, lineHeight: 1.4 }, source: { size: 8, lineHeight: 1.3 } } as const;
const GAP = 8;
const FOCUS = '#f0a500';
const SUBTLE = '#3d4756';
const MUTED = '#4a5462';

/** Opacity of a mark, as the screen draws it (BodyNode.svelte, RoutedEdgeView.svelte). */
const NODE_OPACITY: Record<Mark, number> = { focus: 1, near: 1, active: 1, plain: 1, dim: 0.35, ghost: 0.3 };
const EDGE_OPACITY: Record<Mark, number> = { focus: 1, near: 1, active: 1, plain: 1, dim: 0.25, ghost: 0.15 };

/** One element of a slide. pptxgenjs reserves its place (and id) under `token`; `xml` replaces it. */
export interface SlideItem {
	token: string;
	/** the node this shape draws, so connectors can glue to it */
	node?: string;
	/** where pptxgenjs puts the stand-in, in pt */
	box: Box;
	xml: (id: number, idOf: (node: string) => number) => string;
}

type Add = (box: Box, xml: SlideItem['xml'], node?: string) => void;

/** Layout px to slide pt. */
interface Placement {
	/** pt per layout px */
	s: number;
	place: (b: Box) => Box;
	boxes: Map<string, Box>;
}

const toEmu = (b: Box): EmuBox => ({ x: b.x * EMU_PER_PT, y: b.y * EMU_PER_PT, width: b.width * EMU_PER_PT, height: b.height * EMU_PER_PT });
const dashArray = (dash: string) => dash.split(/[\s,]+/).filter(Boolean).map(Number);

function textFrame(lines: string[], font: Font, lang: ExportScene['lang'], colour: string, extra: Partial<TextFrame> & { align?: 'l' | 'ctr'; opacity?: number } = {}): TextFrame {
	const { align = 'l', opacity = 1, ...frame } = extra;
	return {
		paragraphs: lines.map((text) => ({ runs: [{ text, lang, sizePt: font.size, bold: font.bold, colour, opacity }], align, lineHeightPt: font.size * font.lineHeight })),
		insetsPt: [0, 0, 0, 0],
		anchor: 't',
		...frame
	};
}

const textBox = (name: string, box: Box, text: TextFrame) => (id: number) =>
	shapeXml({ id, name, box: toEmu(box), geometry: 'rect', fill: null, line: null, textBox: true, text });

/** Everything on one slide, back to front: header, groups, edges and their labels, bodies, legend, source. */
export function planSlide(scene: ExportScene, slideIndex: number): SlideItem[] {
	const items: SlideItem[] = [];
	const add: Add = (box, xml, node) => items.push({ token: `renkei-${slideIndex + 1}-${items.length + 1}`, box, xml, node });
	const lang = scene.lang;
	const width = SLIDE_PT.width - 2 * MARGIN.x;
	// Line counts with a little slack: the estimate draws kanji at exactly 1 em, as the fonts do.
	const lineCount = (text: string, font: Font) => wrapLines(text, font, width * 0.97);

	// Header; its height comes from the same text estimate the layout uses, so the diagram starts below it.
	let top = MARGIN.top;
	for (const [name, text, font, colour] of [
		['Title', scene.title, HEADER.title, TEXT],
		['Subtitle', scene.subtitle, HEADER.subtitle, SUBTLE]
	] as const) {
		if (!text) continue;
		const box = { x: MARGIN.x, y: top, width, height: lineCount(text, font) * font.size * font.lineHeight };
		add(box, textBox(name, box, textFrame([text], font, lang, colour)));
		top = box.y + box.height + 2;
	}

	// Footer, from the bottom up: the source line, then the legend row above it.
	const sourceHeight = lineCount(scene.sourceLine, FOOTER.source) * FOOTER.source.size * FOOTER.source.lineHeight;
	const sourceBox = { x: MARGIN.x, y: SLIDE_PT.height - MARGIN.bottom - sourceHeight, width, height: sourceHeight };
	const legendHeight = FOOTER.legend.size * FOOTER.legend.lineHeight;
	const legendY = sourceBox.y - 3 - legendHeight;

	// The diagram, scaled to the space left and centred in it.
	const { layout } = scene;
	const area = { x: MARGIN.x, y: top + GAP, width, height: legendY - GAP - (top + GAP) };
	const s = Math.min(area.width / layout.width, area.height / layout.height);
	const ox = area.x + (area.width - layout.width * s) / 2;
	const oy = area.y + (area.height - layout.height * s) / 2;
	const at: Placement = { s, place: (b) => ({ x: ox + b.x * s, y: oy + b.y * s, width: b.width * s, height: b.height * s }), boxes: absoluteBoxes(layout) };

	for (const node of layout.nodes) if (node.type === 'group') addGroup(add, node, lang, at);
	const titleOf = new Map(layout.nodes.map((n) => [n.id, n.type === 'body' ? n.card.title : n.label]));
	for (const edge of layout.edges) addEdge(add, edge, scene.marks.edges[edge.id] ?? 'plain', lang, at, titleOf);
	// One type scale for every card on the slide, as on screen: the largest that fits the fullest card.
	const bodies = layout.nodes.flatMap((n) => (n.type === 'body' ? [n] : []));
	const zoom = Math.min(...bodies.map((n) => fitZoom(n.card, n, s)));
	for (const node of bodies) addBody(add, node, scene.marks.nodes[node.id] ?? 'plain', zoom, at);

	addLegend(add, scene, legendY, legendHeight);
	add(sourceBox, textBox('Source', sourceBox, textFrame([scene.sourceLine], FOOTER.source, lang, MUTED)));
	return items;
}

function addGroup(add: Add, node: Extract<PositionedNode, { type: 'group' }>, lang: ExportScene['lang'], { s, place, boxes }: Placement) {
	const px = boxes.get(node.id)!;
	const box = place(px);
	const text = textFrame([node.label], { ...GROUP_LABEL, size: GROUP_LABEL.size * s }, lang, SUBTLE, { insetsPt: [16 * s, 8 * s, 16 * s, 0], wrap: false });
	const xml = (id: number) =>
		shapeXml({
			id,
			name: node.label,
			box: toEmu(box),
			geometry: 'roundRect',
			radius: 12 / Math.min(px.width, px.height),
			fill: { colour: '#e6e9ee', opacity: 0.35 },
			line: { colour: '#7d8795', widthPt: Math.max(0.75, 2 * s), dash: 'dash' },
			text
		});
	add(box, xml, node.id);
}

function addEdge(add: Add, edge: RoutedEdge, mark: Mark, lang: ExportScene['lang'], { s, place, boxes }: Placement, titleOf: Map<string, string>) {
	const style = edgeStyle(edge.kind, edge.asNeeded);
	const widthPx = mark === 'focus' ? 4 : mark === 'near' || mark === 'active' ? 3 : style.width;
	const widthPt = Math.max(mark === 'focus' ? 2 : 0.75, widthPx * s);
	const opacity = EDGE_OPACITY[mark];
	// Dash lengths are multiples of the drawn width, so they keep the screen's proportions.
	const line: LineStyle = {
		colour: style.stroke,
		opacity,
		widthPt,
		dash: style.dash ? dashArray(style.dash).map((d) => (d * s) / widthPt) : undefined,
		headEnd: !edge.directed,
		tailEnd: true
	};
	const g = connectorGeometry(edge.points);
	const frame = place(g.frame);
	const glue = (node: string, p: RoutedEdge['points'][number], idOf: (node: string) => number) => {
		const box = boxes.get(node);
		return box ? { id: idOf(node), site: connectionSite(p, box) } : undefined;
	};
	add(frame, (id, idOf) =>
		connectorXml({
			id,
			name: `${titleOf.get(edge.source) ?? edge.source} → ${titleOf.get(edge.target) ?? edge.target}`,
			descr: edge.label?.text,
			geometry: { ...g, frame: toEmu(frame) },
			start: glue(edge.source, edge.points[0]!, idOf),
			end: glue(edge.target, edge.points[edge.points.length - 1]!, idOf),
			line
		})
	);
	if (!edge.label) return;
	const label = edge.label;
	const box = place(label);
	const pad = EDGE_LABEL_PAD * s;
	const text = textFrame(label.lines, { ...EDGE_LABEL, size: EDGE_LABEL.size * s }, lang, style.stroke, {
		align: 'ctr',
		opacity,
		insetsPt: [pad, 0, pad, 0],
		anchor: 'ctr',
		wrap: false
	});
	add(box, (id) =>
		shapeXml({ id, name: label.text, box: toEmu(box), geometry: 'rect', fill: { colour: '#ffffff', opacity: 0.92 * opacity }, line: null, textBox: true, text })
	);
}

function addBody(add: Add, node: Extract<PositionedNode, { type: 'body' }>, mark: Mark, zoom: number, { s, place, boxes }: Placement) {
	const px = boxes.get(node.id)!;
	const box = place(px);
	const side = SIDE_STYLE[node.card.side];
	const opacity = NODE_OPACITY[mark];
	const widthPt = mark === 'focus' ? Math.max(2, 3 * s) : mark === 'near' || mark === 'active' ? Math.max(1.25, 3 * s) : Math.max(0.5, 1.5 * s);
	const xml = (id: number) =>
		shapeXml({
			id,
			name: node.card.title,
			box: toEmu(box),
			geometry: 'roundRect',
			radius: 8 / Math.min(px.width, px.height),
			fill: { colour: node.card.kind === 'tier' ? '#eef0f3' : side.fill, opacity },
			line: { colour: mark === 'focus' ? FOCUS : side.stroke, opacity, widthPt, dash: mark === 'ghost' ? 'dash' : undefined },
			text: cardText(node.card, px, s, zoom, opacity)
		});
	add(box, xml, node.id);
}

/** A line sample and a label per kind, in one row. */
function addLegend(add: Add, scene: ExportScene, y: number, height: number) {
	let x = MARGIN.x;
	for (const entry of scene.legend) {
		const sample = { x, y: y + height / 2, width: 24, height: 0 };
		// The screen's legend draws 2 px lines; dashes are multiples of that width.
		const dash = entry.dash ? dashArray(entry.dash).map((d) => d / 2) : undefined;
		// A plain line, not a connector: a sample is glued to nothing.
		add(sample, (id) =>
			shapeXml({ id, name: `${entry.label} (legend)`, box: toEmu(sample), geometry: 'line', fill: null, line: { colour: entry.stroke, widthPt: 1.5, dash } })
		);
		const label = { x: x + sample.width + 4, y, width: textWidth(entry.label, FOOTER.legend) + 4, height };
		add(label, textBox(entry.label, label, textFrame([entry.label], FOOTER.legend, scene.lang, TEXT, { wrap: false })));
		x = label.x + label.width + 14;
	}
}
