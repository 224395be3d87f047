import { type Font } from '../layout/text.ts';
import type { Box } from '../layout/types.ts';
import { lightPaint, type Paint } from '../theme/theme.ts';
import { addHeader, CONTENT_WIDTH, lineCount, MARGIN, onBackground, SLIDE_PT, slideItems, textBox, textFrame, type SlideItem, type SlideLook } from './pptx-slide.ts';
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

export function planTableSlide(scene: ExportScene, entry: SceneTable, slideIndex: number, look: SlideLook = 'own'): { items: SlideItem[]; table: TablePlan } {
	const { items, add } = slideItems(slideIndex);
	const { table } = entry;
	const lang = scene.lang;
	const top = addHeader(add, table.caption, entry.stage, lang, look) + GAP;

	const sourceHeight = lineCount(table.sourceLine, SOURCE) * SOURCE.size * SOURCE.lineHeight;
	const sourceBox = { x: MARGIN.x, y: SLIDE_PT.height - MARGIN.bottom - sourceHeight, width: CONTENT_WIDTH, height: sourceHeight };
	const room = sourceBox.y - GAP - top;

	const heading = (text: string, colour: Paint): TableCell => ({ text, bold: true, colour: lightPaint(colour), fill: lightPaint('subtle') });
	const headings = [heading(table.header.area, 'text'), heading(table.header.sdf, 'jp'), heading(table.header.us, 'accent')];
	const body = table.rows.map((row): TableCell[] => [
		{ text: row.area, bold: true, colour: lightPaint('text'), fill: lightPaint('bg') },
		...(row.shared
			? [{ text: row.sdf, bold: false, colour: lightPaint('text'), fill: lightPaint('surface'), colspan: 2 }]
			: [row.sdf, row.us].map((text) => ({ text, bold: false, colour: lightPaint('text'), fill: lightPaint('surface') })))
	]);

	// The largest size whose best column split fits; at 12 pt the table is taken as it comes.
	let chosen: { columns: number[]; heights: number[]; size: number } | undefined;
	for (const size of BODY_SIZES) {
		const sizes = [Math.max(HEADING_MIN, size), ...body.map(() => size)];
		const layouts = AREA_SHARES.map((share) => {
			const area = CONTENT_WIDTH * share;
			const columns = [area, (CONTENT_WIDTH - area) / 2, (CONTENT_WIDTH - area) / 2];
			return { columns, heights: [headings, ...body].map((cells, i) => rowHeight(cells, columns, { size: sizes[i]!, lineHeight: LINE_HEIGHT, bold: i === 0 })), size };
		});
		const best = layouts.reduce((a, b) => (total(b.heights) < total(a.heights) ? b : a));
		chosen = best;
		if (total(best.heights) <= room) break;
	}
	const { columns, heights, size } = chosen!;
	const box = { x: MARGIN.x, y: top, width: CONTENT_WIDTH, height: total(heights) };
	add(sourceBox, textBox('Source', sourceBox, textFrame([table.sourceLine], SOURCE, lang, lightPaint('muted'), onBackground(look, 'muted'))));
	return {
		items,
		table: {
			name: table.caption,
			lang,
			box,
			columns,
			rows: [headings, ...body].map((cells, i) => ({ height: heights[i]!, size: i === 0 ? Math.max(HEADING_MIN, size) : size, cells })),
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
