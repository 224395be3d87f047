import type { CardDetail } from './card-picture.ts';
import { pictureBounds, unionBox } from './geometry.ts';
import { audienceTitlePx, legibleZoom } from './legible.ts';
import type { Box, DiagramLayout } from './types.ts';

/**
 * The screen a part must be legible on: a 1280×720 projector, less the presenter's slim top row, with
 * presentation's 2 % margin. A part legible there is legible on a larger screen and in a 960×540
 * frame at its smaller target, so the parts depend on the layout alone and `part=3` names the same
 * bodies on every screen.
 */
const REFERENCE = { width: 1280, height: 688, screenHeight: 720, padding: 0.02 };

/** How much of the layout, in its own units, a reference screen shows at a legible zoom. */
export function partWindow(detail: CardDetail): { width: number; height: number } {
	const zoom = legibleZoom(detail, audienceTitlePx(REFERENCE.screenHeight)) * (1 + REFERENCE.padding);
	return { width: REFERENCE.width / zoom, height: REFERENCE.height / zoom };
}

/**
 * A diagram too big to read whole on a projector, cut into parts that are each legible: bands of
 * bodies no taller than the window, each cut left to right into pieces no wider. Reading order: band
 * by band, left to right. None when the whole diagram is legible as it is.
 */
export function diagramParts(layout: DiagramLayout, boxes: ReadonlyMap<string, Box>, window = partWindow(layout.detail)): Box[] {
	const whole = pictureBounds(layout, boxes);
	if (whole.width <= window.width && whole.height <= window.height) return [];
	const bodies = layout.nodes.filter((n) => n.type === 'body').map((n) => boxes.get(n.id)!);
	const rows = cut(bodies, 'y', 'height', window.height);
	const parts = rows.flatMap((row) => cut(row, 'x', 'width', window.width)).map((piece) => unionBox(piece));
	// Only its edge labels overflow: the bodies fit, so the whole diagram is as good as one part.
	return parts.length > 1 ? parts : [];
}

/** Boxes in order along one axis, cut into runs whose extent along it stays within `limit`. */
function cut(boxes: readonly Box[], axis: 'x' | 'y', size: 'width' | 'height', limit: number): Box[][] {
	const runs: Box[][] = [];
	let start = 0;
	let end = 0;
	for (const box of [...boxes].sort((a, b) => a[axis] - b[axis])) {
		const run = runs.at(-1);
		if (run && Math.max(end, box[axis] + box[size]) - start <= limit) {
			run.push(box);
			end = Math.max(end, box[axis] + box[size]);
		} else {
			runs.push([box]);
			start = box[axis];
			end = box[axis] + box[size];
		}
	}
	return runs;
}
