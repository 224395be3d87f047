import { EMU_PER_PT } from './pptx-xml.ts';
import { SLIDE_PT, type Margins } from './pptx-slide.ts';
import type { Box } from '../layout/types.ts';

/**
 * What a template's layout and master draw besides their placeholders (bands, logos, page furniture),
 * and the margins that keep our slides clear of it. Only what hugs an edge counts: a shape within the
 * bottom or top quarter of the slide, or the outer eighth of a side; a shape covering most of the slide
 * is a background and is drawn under ours.
 */

const GAP_PT = 6;

/** The boxes, in pt, of the shapes and pictures in `xml` (a layout or master) that are not placeholders. */
export function decorations(xml: string): Box[] {
	const boxes: Box[] = [];
	for (const m of xml.matchAll(/<p:(sp|pic|cxnSp)>([\s\S]*?)<\/p:\1>/g)) {
		const element = m[2]!;
		if (element.includes('<p:ph')) continue;
		const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(element);
		const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(element);
		if (!off || !ext) continue;
		boxes.push({ x: +off[1]! / EMU_PER_PT, y: +off[2]! / EMU_PER_PT, width: +ext[1]! / EMU_PER_PT, height: +ext[2]! / EMU_PER_PT });
	}
	return boxes;
}

/** `base` widened so nothing in `boxes` that hugs an edge lies inside the margins' frame. */
export function marginsClearOf(boxes: Box[], base: Margins): Margins {
	const { width: W, height: H } = SLIDE_PT;
	const margins = { ...base };
	for (const b of boxes) {
		if (b.width * b.height > 0.5 * W * H) continue;
		if (b.y >= 0.75 * H) margins.bottom = Math.max(margins.bottom, H - b.y + GAP_PT);
		else if (b.y + b.height <= 0.25 * H) margins.top = Math.max(margins.top, b.y + b.height + GAP_PT);
		else if (b.x + b.width <= W / 8) margins.x = Math.max(margins.x, b.x + b.width + GAP_PT);
		else if (b.x >= (7 * W) / 8) margins.x = Math.max(margins.x, W - b.x + GAP_PT);
	}
	return margins;
}
