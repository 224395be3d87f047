import { t } from '../i18n/messages.ts';
import { type Font } from '../layout/text.ts';
import type { Box } from '../layout/types.ts';
import { lightPaint, type Paint } from '../theme/theme.ts';
import { addHeader, contentWidth, lineCount, onBackground, OWN_LOOK, SLIDE_PT, slideItems, textBox, textFrame, type SlideItem, type SlideLook } from './pptx-slide.ts';
import type { ExportScene, SceneTable } from './scenes.ts';

/**
 * A stage's operations on a slide of its own, as a native PowerPoint table (a:tbl): the stage panel's
 * caption, headings and rows (`operationsTable`), sized so that every text is at least 12 pt on the
 * 13.33 × 7.5 in slide, the headings 14 pt, and the table fits between the header and the source line.
 */

/** Sizes tried for the rows, largest first; the headings are never under 14 pt. */
const BODY_SIZES = [16, 15, 14, 13, 12] as const;
const HEADING_MIN = 14;
const LINE_HEIGHT = 1.3;
const SOURCE: Font = { size: 12, lineHeight: 1.3 };
/** Shares of the width for the operation column; the SDF and U.S. columns split the rest. */
const AREA_SHARES = [0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3] as const;
/** cell insets in pt */
export const CELL_INSET = { x: 6, y: 4 } as const;
const GAP = 10;

export interface TableCell {
	text: string;
	bold: boolean;
	/** hex colours from the light palette */
	colour: string;
	fill: string;
	/** 2 for an entry the source prints across both sides' columns */
	colspan?: number;
}

export interface TablePlan {
	name: string;
	lang: ExportScene['lang'];
	/** the frame on the slide, in pt */
	box: Box;
	/** column widths in pt */
	columns: number[];
	/** the heading row first; heights in pt */
	rows: { height: number; size: number; cells: TableCell[] }[];
	/** exact line pitch as a multiple of the size, so heights match the estimate whatever the face's leading */
	lineHeight: number;
	border: string;
}

/**
 * The slides of one table: one, at the largest size that fits; or, when even 12 pt does not fit (a
 * template's footer leaves less room), the rows shared out over as many slides as they need, the
 * headings on each and "Part i of n" after the stage.
 */
export function planTableSlides(scene: ExportScene, entry: SceneTable, firstSlide: number, look: SlideLook = OWN_LOOK): { items: SlideItem[]; table: TablePlan }[] {
	const { table } = entry;
	const heading = (text: string, colour: Paint): TableCell => ({ text, bold: true, colour: lightPaint(colour), fill: lightPaint('subtle') });
	const headings = [heading(table.header.area, 'text'), heading(table.header.sdf, 'jp'), heading(table.header.us, 'accent')];
	const body = table.rows.map((row): TableCell[] => [
		{ text: row.area, bold: true, colour: lightPaint('text'), fill: lightPaint('bg') },
		...(row.shared
			? [{ text: row.sdf, bold: false, colour: lightPaint('text'), fill: lightPaint('surface'), colspan: 2 }]
			: [row.sdf, row.us].map((text) => ({ text, bold: false, colour: lightPaint('text'), fill: lightPaint('surface') })))
	]);
	const width = contentWidth(look.margins);
	const room = (subtitle: string) => {
		const top = addHeader(() => {}, table.caption, subtitle, scene.lang, look) + GAP;
		return sourceBox(table.sourceLine, look).y - GAP - top;
	};

	// The largest size whose best column split fits; at 12 pt the table is taken as it comes.
	let chosen: Sizing | undefined;
	for (const size of BODY_SIZES) {
		chosen = sizing(headings, body, width, size);
		if (total(chosen.heights) <= room(entry.stage)) break;
	}
	const fits = total(chosen!.heights) <= room(entry.stage);
	if (fits) return [tableSlide(scene, entry, firstSlide, look, entry.stage, [headings, ...body], chosen!)];

	const label = (i: number, n: number) => [entry.stage, t(scene.lang, 'partOf', { n: String(i), count: String(n) })].filter(Boolean).join(' · ');
	const limit = room(label(9, 9));
	const [headingHeight, ...rowHeights] = chosen!.heights;
	const pack = (cap: number) => {
		const chunks: number[][] = [];
		for (const [i, h] of rowHeights.entries()) {
			const last = chunks.at(-1);
			if (last && headingHeight! + total(last.map((r) => rowHeights[r]!)) + h <= cap) last.push(i);
			else chunks.push([i]);
		}
		return chunks;
	};
	// As few slides as the room allows, then the rows spread evenly over them: the lowest cap that
	// needs no more slides.
	const count = pack(limit).length;
	let [low, high] = [headingHeight! + Math.max(...rowHeights), limit];
	while (high - low > 1) {
		const mid = (low + high) / 2;
		if (pack(mid).length <= count) high = mid;
		else low = mid;
	}
	const chunks = pack(high);
	return chunks.map((rows, k) =>
		tableSlide(scene, entry, firstSlide + k, look, label(k + 1, chunks.length), [headings, ...rows.map((r) => body[r]!)], {
			...chosen!,
			heights: [headingHeight!, ...rows.map((r) => rowHeights[r]!)]
		})
	);
}

interface Sizing {
	columns: number[];
	/** the heading row's, then each body row's */
	heights: number[];
	size: number;
}

/** At one body size, the column split that makes the table shortest. */
function sizing(headings: TableCell[], body: TableCell[][], width: number, size: number): Sizing {
	const sizes = [Math.max(HEADING_MIN, size), ...body.map(() => size)];
	const layouts = AREA_SHARES.map((share) => {
		const area = width * share;
		const columns = [area, (width - area) / 2, (width - area) / 2];
		return { columns, heights: [headings, ...body].map((cells, i) => rowHeight(cells, columns, { size: sizes[i]!, lineHeight: LINE_HEIGHT, bold: i === 0 })), size };
	});
	return layouts.reduce((a, b) => (total(b.heights) < total(a.heights) ? b : a));
}

function sourceBox(text: string, look: SlideLook): Box {
	const width = contentWidth(look.margins);
	const height = lineCount(text, SOURCE, width) * SOURCE.size * SOURCE.lineHeight;
	return { x: look.margins.x, y: SLIDE_PT.height - look.margins.bottom - height, width, height };
}

function tableSlide(scene: ExportScene, entry: SceneTable, slideIndex: number, look: SlideLook, subtitle: string, rows: TableCell[][], { columns, heights, size }: Sizing) {
	const { items, add } = slideItems(slideIndex);
	const { table } = entry;
	const lang = scene.lang;
	const top = addHeader(add, table.caption, subtitle, lang, look) + GAP;
	const box = { x: look.margins.x, y: top, width: contentWidth(look.margins), height: total(heights) };
	const source = sourceBox(table.sourceLine, look);
	add(source, textBox('Source', source, textFrame([table.sourceLine], SOURCE, lang, lightPaint('muted'), onBackground(look, 'muted'))));
	return {
		items,
		table: {
			name: table.caption,
			lang,
			box,
			columns,
			rows: rows.map((cells, i) => ({ height: heights[i]!, size: i === 0 ? Math.max(HEADING_MIN, size) : size, cells })),
			lineHeight: LINE_HEIGHT,
			border: lightPaint('border-strong')
		}
	};
}

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A row's height: its tallest cell's lines at the row's size, plus the insets. */
function rowHeight(cells: TableCell[], columns: number[], font: Font): number {
	let col = 0;
	let lines = 1;
	for (const cell of cells) {
		const span = cell.colspan ?? 1;
		const width = columns.slice(col, col + span).reduce((a, b) => a + b, 0) - 2 * CELL_INSET.x;
		lines = Math.max(lines, lineCount(cell.text, { ...font, bold: font.bold || cell.bold }, width));
		col += span;
	}
	return lines * font.size * font.lineHeight + 2 * CELL_INSET.y;
}
