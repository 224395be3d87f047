import { EDGE_LABEL_PAD, GROUP_LABEL, GROUP_PAD } from '../layout/elk-graph.ts';
import { FRAME_LABEL_TOP } from '../layout/frame-label.ts';
import { absoluteBoxes } from '../layout/geometry.ts';
import { textWidth, wrapLines, type Font } from '../layout/text.ts';
import type { Box, DiagramLayout, Point, PositionedNode, RoutedEdge } from '../layout/types.ts';
import { EDGE_LOOK, type Mark } from '../theme/marks.ts';
import { edgeStyle, lightPaint } from '../theme/theme.ts';
import { cardGroup } from './pptx-card.ts';
import { boxSites, edgePieces, type BoxSites } from './pptx-connector.ts';
import { connectorXml, EMU_PER_PT, shapeXml, type EmuBox, type LineStyle, type RunTheme, type TextFrame } from './pptx-xml.ts';
import type { ExportScene } from './scenes.ts';

/** 16:9 at PowerPoint's widescreen size, 13.333 × 7.5 in, in points. */
export const SLIDE_PT = { width: 960, height: 540 } as const;
/** Space kept free at the slide's sides, top and bottom, in pt. */
export interface Margins {
	x: number;
	top: number;
	bottom: number;
}
const MARGIN: Margins = { x: 28.8, top: 21.6, bottom: 18 };
const HEADER = { title: { size: 20, lineHeight: 1.2, bold: true }, subtitle: { size: 12, lineHeight: 1.3 } } as const;
const FOOTER = { legend: { size: 9, lineHeight: 1.4 }, source: { size: 8, lineHeight: 1.3 } } as const;
const GAP = 8;
const TEXT = lightPaint('text');
const MUTED = lightPaint('muted');

/**
 * Unthemed: every text in our faces and colours. Themed (in a template): the text on the slide's
 * background (title, subtitle, legend labels, source) takes the template's title style, theme fonts and
 * text colour; the diagram keeps the faces it was measured with and the legend's colours. `margins`
 * keep clear of what a template's layout draws near the slide's edges.
 */
export interface SlideLook {
	themed: boolean;
	margins: Margins;
}
export const OWN_LOOK: SlideLook = { themed: false, margins: MARGIN };
/** The run theme for text on the slide's background under `look`. */
export const onBackground = (look: SlideLook, theme: RunTheme): { theme?: RunTheme } => (look.themed ? { theme } : {});

/** One element of a slide. pptxgenjs reserves its place (and id) under `token`; `xml` replaces it. */
export interface SlideItem {
	token: string;
	/** the node this shape draws, so connectors can glue to it */
	node?: string;
	/** where pptxgenjs puts the stand-in, in pt */
	box: Box;
	/** `id` is the stand-in's */
	xml: (id: number, ids: SlideIds) => string;
}

export interface SlideIds {
	/** the id of the shape drawing a node, for connectors to glue to */
	of: (node: string) => number;
	/** an id unused on the slide, for the parts of a group */
	fresh: () => number;
}

export type Add = (box: Box, xml: SlideItem['xml'], node?: string) => void;

/** Layout px to slide pt. */
interface Placement {
	/** pt per layout px */
	s: number;
	place: (b: Box) => Box;
	boxes: Map<string, Box>;
	/** where routes meet each box, so the box can offer a connection site there */
	sites: BoxSites;
}

const toEmu = (b: Box): EmuBox => ({ x: b.x * EMU_PER_PT, y: b.y * EMU_PER_PT, width: b.width * EMU_PER_PT, height: b.height * EMU_PER_PT });
const dashArray = (dash: string) => dash.split(/[\s,]+/).filter(Boolean).map(Number);

export function textFrame(
	lines: string[],
	font: Font,
	lang: ExportScene['lang'],
	colour: string,
	extra: Partial<TextFrame> & { align?: 'l' | 'ctr'; opacity?: number; theme?: RunTheme } = {}
): TextFrame {
	const { align = 'l', opacity = 1, theme, ...frame } = extra;
	return {
		paragraphs: lines.map((text) => ({ runs: [{ text, lang, sizePt: font.size, bold: font.bold, colour, opacity, theme }], align, lineHeightPt: font.size * font.lineHeight })),
		insetsPt: [0, 0, 0, 0],
		anchor: 't',
		...frame
	};
}

export const textBox = (name: string, box: Box, text: TextFrame, placeholder?: 'title') => (id: number) =>
	shapeXml({ id, name, box: toEmu(box), geometry: 'rect', fill: null, line: null, textBox: !placeholder, text, placeholder });

/** Everything on one slide, back to front: header, groups, edges and their labels, bodies, legend, source. */
/** Stand-ins for a slide's items, named `renkei-{slide}-{n}`, in drawing order. */
export function slideItems(slideIndex: number): { items: SlideItem[]; add: Add } {
	const items: SlideItem[] = [];
	const add: Add = (box, xml, node) => items.push({ token: `renkei-${slideIndex + 1}-${items.length + 1}`, box, xml, node });
	return { items, add };
}

/** The width between the slide's side margins. */
export const contentWidth = (margins: Margins) => SLIDE_PT.width - 2 * margins.x;

/** Line counts with a little slack: the estimate draws kanji at exactly 1 em, as the fonts do. */
export const lineCount = (text: string, font: Font, width: number) => wrapLines(text, font, width * 0.97);

/**
 * Title and subtitle at the top of a slide; their height comes from the same text estimate the layout
 * uses, so what follows starts below them. Returns where that is.
 */
export function addHeader(add: Add, title: string, subtitle: string | undefined, lang: ExportScene['lang'], look: SlideLook = OWN_LOOK): number {
	const { margins } = look;
	let top = margins.top;
	const width = contentWidth(margins);
	const box = (text: string, font: Font) => ({ x: margins.x, y: top, width, height: lineCount(text, font, width) * font.size * font.lineHeight });
	// In a template the title is the layout's title placeholder, so it wears the master's title style;
	// shrinking on overflow covers a title face wider than the estimate.
	if (title) {
		const titleBox = box(title, HEADER.title);
		const titleText = textFrame([title], HEADER.title, lang, TEXT, look.themed ? { theme: 'placeholder', shrink: true } : {});
		add(titleBox, textBox('Title', titleBox, titleText, look.themed ? 'title' : undefined));
		top = titleBox.y + titleBox.height + 2;
	}
	if (subtitle) {
		const subtitleBox = box(subtitle, HEADER.subtitle);
		add(subtitleBox, textBox('Subtitle', subtitleBox, textFrame([subtitle], HEADER.subtitle, lang, MUTED, onBackground(look, 'muted'))));
		top = subtitleBox.y + subtitleBox.height + 2;
	}
	return top;
}

/** Where a slide's parts go, in pt: the header's bottom, the legend row, the source line, and the diagram's area between. */
function slideFrame(scene: ExportScene, add: Add, look: SlideLook) {
	const { margins } = look;
	const width = contentWidth(margins);
	const top = addHeader(add, scene.title, scene.subtitle, scene.lang, look);
	// Footer, from the bottom up: the source line, then the legend row above it.
	const sourceHeight = lineCount(scene.sourceLine, FOOTER.source, width) * FOOTER.source.size * FOOTER.source.lineHeight;
	const sourceBox = { x: margins.x, y: SLIDE_PT.height - margins.bottom - sourceHeight, width, height: sourceHeight };
	const legendHeight = FOOTER.legend.size * FOOTER.legend.lineHeight;
	const legendY = sourceBox.y - 3 - legendHeight;
	const area = { x: margins.x, y: top + GAP, width, height: legendY - GAP - (top + GAP) };
	return { sourceBox, legendY, legendHeight, area };
}

/** The diagram's area on a slide for this scene, in pt. */
export function slideArea(scene: ExportScene, look: SlideLook = OWN_LOOK): Box {
	return slideFrame(scene, () => {}, look).area;
}

export function planSlide(scene: ExportScene, slideIndex: number, look: SlideLook = OWN_LOOK): SlideItem[] {
	const { items, add } = slideItems(slideIndex);
	const lang = scene.lang;
	const { sourceBox, legendY, legendHeight, area } = slideFrame(scene, add, look);

	// The diagram, scaled to the space left and centred in it.
	const { layout } = scene;
	// A part is drawn as a diagram of its own: the bodies inside it, the links between them, and the
	// frames around them cut at its edge.
	const frame = scene.part ?? { x: 0, y: 0, width: layout.width, height: layout.height };
	const s = Math.min(area.width / frame.width, area.height / frame.height);
	const ox = area.x + (area.width - frame.width * s) / 2 - frame.x * s;
	const oy = area.y + (area.height - frame.height * s) / 2 - frame.y * s;
	const allBoxes = absoluteBoxes(layout);
	const shown = scene.part ? partContents(layout, allBoxes, scene.part) : null;
	const boxes = shown ? new Map([...allBoxes].flatMap(([id, b]) => (shown.nodes.has(id) ? [[id, shown.clip(b)] as const] : []))) : allBoxes;
	const at: Placement = { s, place: (b) => ({ x: ox + b.x * s, y: oy + b.y * s, width: b.width * s, height: b.height * s }), boxes, sites: boxSites(boxes) };
	const nodes = layout.nodes.filter((n) => !shown || shown.nodes.has(n.id));
	const edges = layout.edges.filter((e) => !shown || shown.edges.has(e.id));

	// Every route end is given its site before any box is drawn, since a box lists its sites.
	const glue = new Map(
		edges.map((e) => [e.id, { start: at.sites.siteOf(e.source, e.points[0]!), end: at.sites.siteOf(e.target, e.points[e.points.length - 1]!) }])
	);
	for (const node of nodes) if (node.type === 'group') addGroup(add, node, allBoxes.get(node.id)!, lang, at);
	const titleOf = new Map(layout.nodes.map((n) => [n.id, n.type === 'body' ? n.card.title : n.label]));
	for (const edge of edges) addEdge(add, edge, scene.marks.edges[edge.id] ?? 'plain', lang, at, titleOf, glue.get(edge.id)!);
	for (const node of nodes) if (node.type === 'body') addBody(add, node, layout, scene.marks.nodes[node.id] ?? 'plain', at);

	addLegend(add, scene, legendY, legendHeight, look);
	add(sourceBox, textBox('Source', sourceBox, textFrame([scene.sourceLine], FOOTER.source, lang, MUTED, onBackground(look, 'muted'))));
	return items;
}

/** What a part shows: the bodies wholly inside it, the frames that reach into it (cut at its edge), and the links whose route stays inside. */
function partContents(layout: DiagramLayout, boxes: ReadonlyMap<string, Box>, part: Box) {
	const within = (b: Box, slack = 1) => b.x >= part.x - slack && b.y >= part.y - slack && b.x + b.width <= part.x + part.width + slack && b.y + b.height <= part.y + part.height + slack;
	const meets = (b: Box) => b.x < part.x + part.width && b.x + b.width > part.x && b.y < part.y + part.height && b.y + b.height > part.y;
	const nodes = new Set(layout.nodes.filter((n) => (n.type === 'body' ? within(boxes.get(n.id)!) : meets(boxes.get(n.id)!))).map((n) => n.id));
	const inside = (p: Point) => within({ ...p, width: 0, height: 0 }, 1);
	const edges = new Set(layout.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target) && e.points.every(inside) && (!e.label || within(e.label))).map((e) => e.id));
	const clip = (b: Box): Box => {
		const x = Math.max(b.x, part.x);
		const y = Math.max(b.y, part.y);
		return { x, y, width: Math.min(b.x + b.width, part.x + part.width) - x, height: Math.min(b.y + b.height, part.y + part.height) - y };
	};
	return { nodes, edges, clip };
}

/** A frame, `whole` in the whole picture and cut at a part's edge on a part's slide. */
function addGroup(add: Add, node: Extract<PositionedNode, { type: 'group' }>, whole: Box, lang: ExportScene['lang'], { s, place, boxes, sites }: Placement) {
	const px = boxes.get(node.id)!;
	const box = place(px);
	// The name stays where the whole picture has it, clear of the links. A part that cuts across it
	// puts it at the left of what is left; one that cuts the frame's top leaves it out, as it would
	// lie over the boxes: the part before shows it.
	const nameX = whole.x + node.labelX;
	const inPart = nameX >= px.x + GROUP_PAD && nameX + textWidth(node.label, GROUP_LABEL) <= px.x + px.width - GROUP_PAD;
	const inset = inPart ? nameX - px.x : GROUP_PAD;
	const text =
		px.y > whole.y ? undefined : textFrame([node.label], { ...GROUP_LABEL, size: GROUP_LABEL.size * s }, lang, MUTED, { insetsPt: [inset * s, FRAME_LABEL_TOP * s, GROUP_PAD * s, 0], wrap: false });
	const xml = (id: number) =>
		shapeXml({
			id,
			name: node.label,
			box: toEmu(box),
			geometry: 'roundRect',
			radius: 12 / Math.min(px.width, px.height),
			sites: sites.extra(node.id),
			fill: { colour: lightPaint('subtle'), opacity: 0.45 },
			line: { colour: lightPaint('frame'), widthPt: Math.max(0.75, 2 * s), dash: 'dash' },
			text
		});
	add(box, xml, node.id);
}

/** Where an edge's ends are glued: site indices on its source's and target's boxes. */
interface EdgeGlue {
	start: number | undefined;
	end: number | undefined;
}

function addEdge(add: Add, edge: RoutedEdge, mark: Mark, lang: ExportScene['lang'], { s, place }: Placement, titleOf: Map<string, string>, glue: EdgeGlue) {
	const style = edgeStyle(edge.kind, edge.asNeeded);
	const look = EDGE_LOOK[mark];
	const widthPt = Math.max(look.flowing ? 2 : 0.75, (look.width ?? style.width) * s);
	const opacity = look.opacity;
	const pieces = edgePieces(edge.points);
	// Dash lengths are multiples of the drawn width, so they keep the screen's proportions.
	const line: LineStyle = {
		colour: style.stroke,
		opacity,
		widthPt,
		dash: style.dash ? dashArray(style.dash).map((d) => (d * s) / widthPt) : undefined,
		// Runs of one route meet square at its bends; a dashed line keeps flat ends so its dashes keep their length.
		squareCap: pieces.length > 1 && !style.dash
	};
	const name = `${titleOf.get(edge.source) ?? edge.source} → ${titleOf.get(edge.target) ?? edge.target}`;
	pieces.forEach((piece, i) => {
		const frame = place(piece.geometry.frame);
		add(frame, (id, ids) =>
			connectorXml({
				id,
				name: pieces.length > 1 ? `${name} (${i + 1}/${pieces.length})` : name,
				descr: edge.label?.text,
				geometry: { ...piece.geometry, frame: toEmu(frame) },
				start: piece.start && glue.start !== undefined ? { id: ids.of(edge.source), site: glue.start } : undefined,
				end: piece.end && glue.end !== undefined ? { id: ids.of(edge.target), site: glue.end } : undefined,
				// The arrowheads sit at the route's two ends.
				line: { ...line, headEnd: piece.start && !edge.directed, tailEnd: piece.end }
			})
		);
	});
	if (!edge.label) return;
	const label = edge.label;
	const box = place(label);
	const pad = EDGE_LABEL_PAD * s;
	const text = textFrame(label.lines, { ...label.font, size: label.font.size * s }, lang, look.mutedLabel ? MUTED : style.stroke, {
		align: 'ctr',
		insetsPt: [pad, 0, pad, 0],
		anchor: 'ctr',
		wrap: false
	});
	add(box, (id) =>
		shapeXml({ id, name: label.text, box: toEmu(box), geometry: 'rect', fill: { colour: lightPaint('canvas-bg'), opacity: 0.92 }, line: null, textBox: true, text })
	);
}

function addBody(add: Add, node: Extract<PositionedNode, { type: 'body' }>, layout: DiagramLayout, mark: Mark, { s, place, boxes, sites }: Placement) {
	const group = cardGroup(node.card, boxes.get(node.id)!, layout.detail, mark, place, s, sites.extra(node.id));
	add(group.bounds, (id, ids) => group.xml(id, ids.fresh), node.id);
}

/** A line sample and a label per kind, in one row. */
function addLegend(add: Add, scene: ExportScene, y: number, height: number, look: SlideLook) {
	let x = look.margins.x;
	for (const entry of scene.legend) {
		const sample = { x, y: y + height / 2, width: 24, height: 0 };
		// The screen's legend draws 2 px lines; dashes are multiples of that width.
		const dash = entry.dash ? dashArray(entry.dash).map((d) => d / 2) : undefined;
		// A plain line, not a connector: a sample is glued to nothing.
		add(sample, (id) =>
			shapeXml({ id, name: `${entry.label} (legend)`, box: toEmu(sample), geometry: 'line', fill: null, line: { colour: entry.stroke, widthPt: 1.5, dash } })
		);
		const label = { x: x + sample.width + 4, y, width: textWidth(entry.label, FOOTER.legend) + 4, height };
		add(label, textBox(entry.label, label, textFrame([entry.label], FOOTER.legend, scene.lang, TEXT, { wrap: false, ...onBackground(look, 'text') })));
		x = label.x + label.width + 14;
	}
}
