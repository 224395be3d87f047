import type { Box, Point } from '../layout/types.ts';

/**
 * Orthogonal routes as DrawingML connector presets. PowerPoint draws a connector from its preset
 * geometry (not from points), so a route with k bends maps onto bentConnector{k+1}: the preset's path
 * starts at the frame's top-left, runs along the frame's width first and alternates; flips and a
 * quarter turn point it the way the route goes, and adjust values put the bends where ELK put them.
 */
export type ConnectorPreset = 'straightConnector1' | 'bentConnector2' | 'bentConnector3' | 'bentConnector4' | 'bentConnector5';

export interface ConnectorGeometry {
	prst: ConnectorPreset;
	/** the unrotated frame (xfrm off/ext), same centre as the route's bounding box */
	frame: Box;
	/** a quarter turn clockwise when the route leaves vertically */
	rot: 0 | 90;
	flipH: boolean;
	flipV: boolean;
	/** adj1, adj2, adj3 in 1/100000 of the frame's width or height; may lie outside 0..100000 */
	adj: number[];
	/** true when the route could not be kept (diagonal, too many bends, or a U-turn) and is drawn straight */
	approximate: boolean;
}

const EPS = 0.01;
const same = (a: number, b: number) => Math.abs(a - b) < EPS;

/** Drops repeated points and points in the middle of a straight run. */
export function simplifyRoute(points: readonly Point[]): Point[] {
	const out: Point[] = [];
	for (const p of points) {
		const last = out[out.length - 1];
		if (last && same(last.x, p.x) && same(last.y, p.y)) continue;
		const prev = out[out.length - 2];
		if (prev && last && ((same(prev.x, last.x) && same(last.x, p.x)) || (same(prev.y, last.y) && same(last.y, p.y)))) {
			out[out.length - 1] = p;
			continue;
		}
		out.push(p);
	}
	return out;
}

function bounds(a: Point, b: Point): Box {
	return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
}

function straight(s: Point, e: Point, approximate = false): ConnectorGeometry {
	return { prst: 'straightConnector1', frame: bounds(s, e), rot: 0, flipH: e.x < s.x, flipV: e.y < s.y, adj: [], approximate };
}

const PRESETS: Record<number, ConnectorPreset> = { 3: 'bentConnector2', 4: 'bentConnector3', 5: 'bentConnector4', 6: 'bentConnector5' };

export function connectorGeometry(route: readonly Point[]): ConnectorGeometry {
	const pts = simplifyRoute(route);
	const s = pts[0]!;
	const e = pts[pts.length - 1] ?? s;
	const orthogonal = pts.every((p, i) => i === 0 || same(p.x, pts[i - 1]!.x) || same(p.y, pts[i - 1]!.y));
	// An aligned two-point route is drawn as an elbow connector with no bend, so when a box is moved
	// PowerPoint (and LibreOffice, which reroutes on open) keep it orthogonal instead of slanting it.
	const aligned = pts.length === 2 && (same(s.x, e.x) || same(s.y, e.y));
	const prst = aligned ? 'bentConnector3' : PRESETS[pts.length];
	if (!prst || !orthogonal) return straight(s, e, pts.length > 2);

	// The primary axis is the one the route leaves along; the preset's width runs along it.
	const primary: 'x' | 'y' = same(pts[0]!.y, pts[1]!.y) ? 'x' : 'y';
	const secondary: 'x' | 'y' = primary === 'x' ? 'y' : 'x';
	const dP = e[primary] - s[primary];
	const dS = e[secondary] - s[secondary];
	// bentConnector3..5 place bends as fractions of the spans; a zero span (a U-turn) has no fraction.
	if ((pts.length >= 4 && same(dP, 0)) || (pts.length >= 5 && same(dS, 0))) return straight(s, e, true);
	const fp = (p: Point) => Math.round(((p[primary] - s[primary]) / dP) * 100000);
	const fs = (p: Point) => Math.round(((p[secondary] - s[secondary]) / dS) * 100000);
	const adj = aligned
		? [50000]
		: pts.length === 4
			? [fp(pts[1]!)]
			: pts.length === 5
				? [fp(pts[1]!), fs(pts[2]!)]
				: pts.length === 6
					? [fp(pts[1]!), fs(pts[2]!), fp(pts[3]!)]
					: [];

	const box = bounds(s, e);
	if (primary === 'x') return { prst, frame: box, rot: 0, flipH: dP < 0, flipV: dS < 0, adj, approximate: false };
	// A quarter turn clockwise maps the frame's width onto the slide's y axis and its height onto -x.
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const frame = { x: cx - box.height / 2, y: cy - box.width / 2, width: box.height, height: box.width };
	return { prst, frame, rot: 90, flipH: dP < 0, flipV: dS > 0, adj, approximate: false };
}

/** The path PowerPoint draws for a geometry, in slide coordinates; the tests check it retraces the route. */
export function connectorPath(g: ConnectorGeometry): Point[] {
	const w = g.frame.width;
	const h = g.frame.height;
	const [a1 = 50000, a2 = 50000, a3 = 50000] = g.adj;
	const x1 = (w * a1) / 100000;
	const y2 = (h * a2) / 100000;
	const x3 = (w * a3) / 100000;
	const local: Record<ConnectorPreset, [number, number][]> = {
		straightConnector1: [[0, 0], [w, h]],
		bentConnector2: [[0, 0], [w, 0], [w, h]],
		bentConnector3: [[0, 0], [x1, 0], [x1, h], [w, h]],
		bentConnector4: [[0, 0], [x1, 0], [x1, y2], [w, y2], [w, h]],
		bentConnector5: [[0, 0], [x1, 0], [x1, y2], [x3, y2], [x3, h], [w, h]]
	};
	const cx = g.frame.x + w / 2;
	const cy = g.frame.y + h / 2;
	return local[g.prst].map(([u, v]) => {
		const du = (g.flipH ? w - u : u) - w / 2;
		const dv = (g.flipV ? h - v : v) - h / 2;
		return g.rot === 90 ? { x: cx - dv, y: cy + du } : { x: cx + du, y: cy + dv };
	});
}

/** One connector of an edge, glued to the source's box at its start and/or the target's at its end. */
export interface EdgePiece {
	geometry: ConnectorGeometry;
	start: boolean;
	end: boolean;
}

/**
 * How an edge is drawn so that PowerPoint and LibreOffice Impress show the same route. PowerPoint
 * draws a connector from its stored preset, flips and adjust values; Impress (7.4) reroutes every
 * connector on open: it keeps a glued end at the glue point, leaves in that side's direction and puts
 * the middle run of an elbow halfway between the two boxes, ignoring adj. Both draw a connector whose
 * two ends lie on one horizontal or vertical line as that straight line. So a route of one run is one
 * connector glued at both ends; a route with bends becomes one connector per run: the first glued to
 * the source, the last to the target, the runs between them glued to nothing. Moving a box in
 * PowerPoint still drags its line (the glued run is rerouted to the fixed bend next to it).
 */
export function edgePieces(route: readonly Point[]): EdgePiece[] {
	const pts = simplifyRoute(route);
	const orthogonal = pts.every((p, i) => i === 0 || same(p.x, pts[i - 1]!.x) || same(p.y, pts[i - 1]!.y));
	if (pts.length <= 2 || !orthogonal) return [{ geometry: connectorGeometry(pts), start: true, end: true }];
	const last = pts.length - 2;
	return pts.slice(1).map((p, i) => {
		const a = pts[i]!;
		// A glued run is an elbow connector with no bend, so a box moved in PowerPoint reroutes it square.
		return { geometry: i === 0 || i === last ? connectorGeometry([a, p]) : straight(a, p), start: i === 0, end: i === last };
	});
}

/** Connection site of a rectangle or rounded rectangle nearest to a point on its border: 0 top, 1 left, 2 bottom, 3 right. */
export function connectionSite(p: Point, box: Box): 0 | 1 | 2 | 3 {
	const distances = [
		Math.abs(p.y - box.y),
		Math.abs(p.x - box.x),
		Math.abs(p.y - box.y - box.height),
		Math.abs(p.x - box.x - box.width)
	];
	return distances.indexOf(Math.min(...distances)) as 0 | 1 | 2 | 3;
}

/** A connection site on a box's border: its side (as connectionSite numbers them) and where along it, 0..1 left to right or top to bottom. */
export interface BorderSite {
	side: 0 | 1 | 2 | 3;
	at: number;
}

/**
 * Connection sites for the ends of routes. A rectangle's own sites are its four side midpoints, and
 * LibreOffice glues only to those; an end elsewhere on a side gets a site of its own, numbered from 4
 * on, which PowerPoint glues to and LibreOffice leaves exactly where the route put it.
 */
export interface BoxSites {
	/** the site index on `node`'s box for a route end at `p`; undefined when the node has no box */
	siteOf: (node: string, p: Point) => number | undefined;
	/** the sites beyond the four midpoints that `node`'s box must define, in index order from 4 */
	extra: (node: string) => BorderSite[];
}

export function boxSites(boxes: ReadonlyMap<string, Box>): BoxSites {
	const extras = new Map<string, BorderSite[]>();
	return {
		siteOf(node, p) {
			const box = boxes.get(node);
			if (!box) return undefined;
			const side = connectionSite(p, box);
			const length = side % 2 === 0 ? box.width : box.height;
			const at = side % 2 === 0 ? (p.x - box.x) / box.width : (p.y - box.y) / box.height;
			if (Math.abs(at - 0.5) * length < EPS) return side;
			const extra = extras.get(node) ?? [];
			extras.set(node, extra);
			let i = extra.findIndex((s) => s.side === side && Math.abs(s.at - at) * length < EPS);
			if (i < 0) i = extra.push({ side, at }) - 1;
			return 4 + i;
		},
		extra: (node) => extras.get(node) ?? []
	};
}
