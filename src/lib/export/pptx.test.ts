import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadDataModel, loadSceneSource } from '../../../scripts/scene-source.ts';
import { findSoffice } from '../../../scripts/soffice.ts';
import { drawCard, TYPOGRAPHY, type CardDetail } from '../layout/card-picture.ts';
import { GROUP_PAD } from '../layout/elk-graph.ts';
import { absoluteBoxes } from '../layout/geometry.ts';
import type { Point } from '../layout/types.ts';
import { lightPaint } from '../theme/theme.ts';
import { LANGS } from '../model/schema.ts';
import { connectionSite, connectorGeometry, connectorPath, edgePieces, simplifyRoute, type ConnectorGeometry } from './pptx-connector.ts';
import { EMU_PER_PT } from './pptx-xml.ts';
import { scenesToPptx } from './pptx.ts';
import { OWN_LOOK } from './pptx-slide.ts';
import { planTableSlides } from './pptx-table.ts';
import { buildScenes, type ExportScene } from './scenes.ts';

const model = loadDataModel();

// Attribute-aware parsing (not regexes) for the checks that matter: ids, glue, names and text.
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseAttributeValue: false,
	trimValues: false,
	isArray: (name) => ['p:sp', 'p:cxnSp', 'p:grpSp', 'p:graphicFrame', 'a:p', 'a:r', 'a:gd', 'a:cxn', 'a:tr', 'a:tc', 'a:gridCol', 'Override'].includes(name)
});

// The validator checks tags, attributes and entities but lets XML 1.0's forbidden control characters through.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const wellFormed = (xml: string) => (CONTROL.test(xml) ? 'control character' : XMLValidator.validate(xml));

type Node = Record<string, unknown>;
const list = (v: unknown) => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);
const get = (n: unknown, ...path: string[]) => path.reduce<unknown>((acc, k) => (acc as Node | undefined)?.[k], n);
const textOf = (txBody: unknown) =>
	list(get(txBody, 'a:p'))
		.map((p) => list(p['a:r']).map((r) => String(get(r, 'a:t') ?? '')).join(''))
		.join('\n');

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** An a:xfrm in pt. */
const rectOf = (xfrm: unknown): Rect => ({
	x: Number(get(xfrm, 'a:off', 'x')) / EMU_PER_PT,
	y: Number(get(xfrm, 'a:off', 'y')) / EMU_PER_PT,
	width: Number(get(xfrm, 'a:ext', 'cx')) / EMU_PER_PT,
	height: Number(get(xfrm, 'a:ext', 'cy')) / EMU_PER_PT
});

interface Shape {
	id: string;
	name: string;
	box: Rect;
	text: string;
	line: unknown;
	fill: unknown;
	/** text runs' sizes in pt and colours */
	sizes: number[];
	colours: string[];
	/** a:prstGeom or a:custGeom */
	geometry: Node;
}

interface Parsed {
	/** every shape, inside groups too */
	shapes: Shape[];
	groups: { id: string; name: string; box: Rect; shapes: Shape[] }[];
	connectors: { id: string; name: string; st?: Node; end?: Node; ln: Node; xfrm: Node; prst: string; geometry: ConnectorGeometry }[];
}

const shapeOf = (sp: Node): Shape => ({
	id: String(get(sp, 'p:nvSpPr', 'p:cNvPr', 'id')),
	name: String(get(sp, 'p:nvSpPr', 'p:cNvPr', 'name')),
	box: rectOf(get(sp, 'p:spPr', 'a:xfrm')),
	text: textOf(sp['p:txBody']),
	line: get(sp, 'p:spPr', 'a:ln'),
	fill: get(sp, 'p:spPr', 'a:solidFill', 'a:srgbClr', 'val'),
	sizes: list(get(sp['p:txBody'], 'a:p')).flatMap((p) => list(p['a:r']).map((r) => Number(get(r, 'a:rPr', 'sz')) / 100)),
	colours: list(get(sp['p:txBody'], 'a:p')).flatMap((p) => list(p['a:r']).map((r) => String(get(r, 'a:rPr', 'a:solidFill', 'a:srgbClr', 'val')))),
	geometry: (get(sp, 'p:spPr', 'a:prstGeom') ?? get(sp, 'p:spPr', 'a:custGeom')) as Node
});

/** A connector's preset, frame (pt), turn, flips and adjust values, read back from its XML: what PowerPoint draws. */
function connectorOf(c: Node): ConnectorGeometry {
	const xfrm = get(c, 'p:spPr', 'a:xfrm') as Node;
	const geometry = get(c, 'p:spPr', 'a:prstGeom') as Node;
	return {
		prst: String(geometry.prst) as ConnectorGeometry['prst'],
		frame: rectOf(xfrm),
		rot: (Number(xfrm.rot ?? 0) / 60000) as 0 | 90,
		flipH: xfrm.flipH === '1',
		flipV: xfrm.flipV === '1',
		adj: list(get(geometry, 'a:avLst', 'a:gd')).map((g) => Number(String(g.fmla).replace('val ', ''))),
		approximate: false
	};
}

function parseSlide(xml: string): Parsed {
	const tree = get(parser.parse(xml), 'p:sld', 'p:cSld', 'p:spTree');
	const groups = list(get(tree, 'p:grpSp')).map((g) => ({
		id: String(get(g, 'p:nvGrpSpPr', 'p:cNvPr', 'id')),
		name: String(get(g, 'p:nvGrpSpPr', 'p:cNvPr', 'name')),
		box: rectOf(get(g, 'p:grpSpPr', 'a:xfrm')),
		shapes: list(g['p:sp']).map(shapeOf)
	}));
	return {
		shapes: [...list(get(tree, 'p:sp')).map(shapeOf), ...groups.flatMap((g) => g.shapes)],
		groups,
		connectors: list(get(tree, 'p:cxnSp')).map((c) => ({
			id: String(get(c, 'p:nvCxnSpPr', 'p:cNvPr', 'id')),
			name: String(get(c, 'p:nvCxnSpPr', 'p:cNvPr', 'name')),
			st: get(c, 'p:nvCxnSpPr', 'p:cNvCxnSpPr', 'a:stCxn') as Node | undefined,
			end: get(c, 'p:nvCxnSpPr', 'p:cNvCxnSpPr', 'a:endCxn') as Node | undefined,
			ln: get(c, 'p:spPr', 'a:ln') as Node,
			xfrm: get(c, 'p:spPr', 'a:xfrm') as Node,
			prst: String(get(c, 'p:spPr', 'a:prstGeom', 'prst')),
			geometry: connectorOf(c)
		}))
	};
}

/** The connectors drawing one edge, in route order: one named `name`, or its runs named `name (i/n)`. */
function piecesOf(slide: Parsed, name: string): Parsed['connectors'] {
	const whole = slide.connectors.filter((c) => c.name === name);
	if (whole.length > 0) return whole;
	const runs = slide.connectors.flatMap((c) => {
		const m = c.name.startsWith(`${name} (`) ? /\((\d+)\/(\d+)\)$/.exec(c.name) : null;
		return m ? [{ c, i: Number(m[1]), n: Number(m[2]) }] : [];
	});
	runs.sort((a, b) => a.i - b.i);
	expect(runs.map((r) => r.i), name).toEqual(runs.map((_, i) => i + 1));
	for (const r of runs) expect(r.n, name).toBe(runs.length);
	return runs.map((r) => r.c);
}

/** Each scene's slide number: a scene's tables take the slides right after it. */
const slideNumbers = (scenes: ExportScene[]) => scenes.map((_, i) => 1 + i + scenes.slice(0, i).reduce((n, s) => n + (s.tables?.length ?? 0), 0));

async function unzip(bytes: Uint8Array) {
	const zip = await JSZip.loadAsync(bytes);
	const parts = new Map<string, string>();
	for (const path of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p))) parts.set(path, await zip.file(path)!.async('string'));
	return parts;
}

async function scenesFor(id: string, lang: 'ja' | 'en', request: Parameters<typeof buildScenes>[1], detail: CardDetail = 'full') {
	const source = await loadSceneSource(model, id, lang, detail);
	const result = buildScenes(source, request);
	if (!result.ok) throw new Error(result.error);
	return { source, scenes: result.scenes };
}

describe('connectorGeometry', () => {
	const near = (a: Point[], b: Point[]) => {
		expect(a.length).toBe(b.length);
		a.forEach((p, i) => {
			expect(p.x).toBeCloseTo(b[i]!.x, 1);
			expect(p.y).toBeCloseTo(b[i]!.y, 1);
		});
	};
	const retraces = (route: Point[]) => near(simplifyRoute(connectorPath(connectorGeometry(route))), simplifyRoute(route));

	it('retraces elbow routes leaving in every direction, with one to four bends', () => {
		for (const [sx, sy] of [[1, 1], [1, -1], [-1, 1], [-1, -1]] as const) {
			const p = (x: number, y: number) => ({ x: 100 + sx * x, y: 100 + sy * y });
			retraces([p(0, 0), p(40, 0), p(40, 30)]);
			retraces([p(0, 0), p(0, 30), p(40, 30)]);
			retraces([p(0, 0), p(0, 10), p(60, 10), p(60, 50)]);
			retraces([p(0, 0), p(25, 0), p(25, 50), p(60, 50)]);
			retraces([p(0, 0), p(0, 10), p(80, 10), p(80, 40), p(70, 40)]);
			retraces([p(0, 0), p(0, 10), p(80, 10), p(80, 60), p(70, 60), p(70, 70)]);
			// bends outside the box between the ends give adjust values outside 0..100000
			retraces([p(0, 0), p(0, -20), p(60, -20), p(60, 50)]);
		}
	});

	it('keeps aligned routes as elbow connectors and slants only diagonal ones', () => {
		const vertical = connectorGeometry([{ x: 5, y: 0 }, { x: 5, y: 90 }]);
		expect(vertical).toMatchObject({ prst: 'bentConnector3', rot: 90, approximate: false });
		retraces([{ x: 5, y: 90 }, { x: 5, y: 0 }]);
		retraces([{ x: 0, y: 7 }, { x: 50, y: 7 }]);
		expect(connectorGeometry([{ x: 0, y: 0 }, { x: 30, y: 40 }])).toMatchObject({ prst: 'straightConnector1', approximate: false });
		// a U-turn has no span to place its bends in: drawn straight and flagged
		expect(connectorGeometry([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 50, y: 10 }, { x: 50, y: 0 }]).approximate).toBe(true);
	});

	// The export draws a bent route as one connector per run (edgePieces): each piece is exact, and
	// together they retrace the route, however many bends it has.
	it.each(model.diagrams.map((d) => d.id))('retraces every route of %s exactly, piece by piece', async (id) => {
		for (const lang of LANGS) {
			const { layout } = await loadSceneSource(model, id, lang);
			for (const edge of layout.edges) {
				const pieces = edgePieces(edge.points);
				for (const piece of pieces) expect(piece.geometry.approximate, edge.id).toBe(false);
				const drawn = pieces.flatMap((piece, i) => connectorPath(piece.geometry).slice(i === 0 ? 0 : 1));
				near(simplifyRoute(drawn), simplifyRoute(edge.points));
			}
		}
	});

	it('picks the connection site on the side the route touches', () => {
		const box = { x: 0, y: 0, width: 100, height: 50 };
		expect([{ x: 30, y: 0 }, { x: 0, y: 20 }, { x: 70, y: 50 }, { x: 100, y: 10 }].map((p) => connectionSite(p, box))).toEqual([0, 1, 2, 3]);
	});
});

/** Where connection site `idx` of a box lies on the slide, from its preset or its custom geometry's list. */
function sitePosition(shape: Shape, idx: number): Point {
	const { x, y, width: w, height: h } = shape.box;
	const midpoints = [{ x: x + w / 2, y }, { x, y: y + h / 2 }, { x: x + w / 2, y: y + h }, { x: x + w, y: y + h / 2 }];
	const sites = list(get(shape.geometry, 'a:cxnLst', 'a:cxn'));
	if (sites.length === 0) {
		expect(['rect', 'roundRect']).toContain(String(shape.geometry.prst));
		return midpoints[idx]!;
	}
	const guides = new Map(list(get(shape.geometry, 'a:gdLst', 'a:gd')).map((g) => [String(g.name), String(g.fmla)]));
	const coord = (v: string, origin: number, size: number, unit: 'w' | 'h') => {
		if (v === 'l' || v === 't') return origin;
		if (v === 'r' || v === 'b') return origin + size;
		if (v === 'hc' || v === 'vc') return origin + size / 2;
		const m = /^\*\/ ([wh]) (\d+) 100000$/.exec(guides.get(v) ?? '');
		expect(m?.[1], `guide ${v}`).toBe(unit);
		return origin + (size * Number(m![2])) / 100000;
	};
	const pos = get(sites[idx], 'a:pos') as Node;
	expect(pos, `site ${idx} of ${shape.name}`).toBeDefined();
	const at = { x: coord(String(pos.x), x, w, 'w'), y: coord(String(pos.y), y, h, 'h') };
	// Sites 0–3 are where LibreOffice's own glue points are, the side midpoints, or its glue would move the end.
	if (idx < 4) expect(at).toEqual(midpoints[idx]);
	return at;
}

const pathOf = (g: ConnectorGeometry) => simplifyRoute(connectorPath(g));
const nearPt = (a: Point, b: Point, what: string, tolerance = 0.05) => {
	expect(Math.abs(a.x - b.x), `${what}: x ${a.x} vs ${b.x}`).toBeLessThan(tolerance);
	expect(Math.abs(a.y - b.y), `${what}: y ${a.y} vs ${b.y}`).toBeLessThan(tolerance);
};

/**
 * LibreOffice Impress (checked by hand in 7.4, rendered to PDF and read back as .fodp) reroutes every
 * connector on open: a glued end goes to the glue point (the side midpoints 0–3 only; a custom site
 * it cannot resolve leaves the end where the file put it), and the route between is its own, with an
 * elbow's middle run halfway, whatever adj says. Only a connector that is one straight horizontal or
 * vertical run comes out as PowerPoint draws it. These are the rules the slides must follow so both
 * show the layout's route; the test after this one checks them in LibreOffice itself where it is installed.
 */
describe('connectors that LibreOffice keeps on their routes', () => {
	it('splits a route with bends into straight runs glued at its two ends', () => {
		const route = [{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 50, y: 10 }, { x: 50, y: 40 }];
		const pieces = edgePieces(route);
		expect(pieces.map((p) => [p.start, p.end])).toEqual([[true, false], [false, false], [false, true]]);
		expect(pieces.flatMap((p, i) => pathOf(p.geometry).slice(i === 0 ? 0 : 1))).toEqual(route);
		expect(edgePieces([{ x: 0, y: 0 }, { x: 0, y: 40 }])).toHaveLength(1);
		// a U-turn, which no single preset can draw, is now drawn exactly
		expect(edgePieces([{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 50, y: 10 }, { x: 50, y: 0 }])).toHaveLength(3);
	});

	const cases = model.diagrams.filter((d) => d.relationships === undefined || d.relationships.length > 0).flatMap((d) => LANGS.map((lang) => [d.id, lang] as const));
	it.each(cases)('draws every edge of %s (%s) as axis-aligned runs from site to site along its route', async (id, lang) => {
		const { source, scenes } = await scenesFor(id, lang, {}, 'title');
		const slide = parseSlide((await unzip(await scenesToPptx(scenes))).get('ppt/slides/slide1.xml')!);
		const shapes = new Map(slide.shapes.map((sh) => [sh.id, sh]));
		const boxes = absoluteBoxes(source.layout);
		const titles = new Map(source.layout.nodes.map((n) => [n.id, n.type === 'body' ? n.card.title : n.label]));
		// Layout px to slide pt, read off one body's box.
		const anchor = source.layout.nodes.find((n) => n.type === 'body')!;
		const anchorBox = slide.shapes.find((sh) => sh.name === titles.get(anchor.id))!.box;
		const k = anchorBox.width / boxes.get(anchor.id)!.width;
		const place = (p: Point) => ({ x: anchorBox.x + (p.x - boxes.get(anchor.id)!.x) * k, y: anchorBox.y + (p.y - boxes.get(anchor.id)!.y) * k });

		for (const edge of source.layout.edges) {
			const pieces = piecesOf(slide, `${titles.get(edge.source)} → ${titles.get(edge.target)}`);
			const runs = pieces.map((c) => pathOf(c.geometry));
			for (const [i, run] of runs.entries()) {
				expect(run, `${edge.id} run ${i + 1}`).toHaveLength(2);
				const [a, b] = run as [Point, Point];
				expect(Math.min(Math.abs(a.x - b.x), Math.abs(a.y - b.y)), `${edge.id} run ${i + 1} is horizontal or vertical`).toBeLessThan(0.01);
				if (i > 0) nearPt(a, runs[i - 1]![1]!, `${edge.id} runs ${i} and ${i + 1} meet`);
			}
			// Together the runs retrace the layout's route.
			const drawn = simplifyRoute([runs[0]![0]!, ...runs.map((r) => r[1]!)]);
			const route = simplifyRoute(edge.points.map(place));
			expect(drawn.length, edge.id).toBe(route.length);
			drawn.forEach((p, i) => nearPt(p, route[i]!, `${edge.id} point ${i}`));
			// Glued at the route's two ends only, each at a site of the body's box that lies exactly there.
			pieces.forEach((c, i) => {
				expect(c.st !== undefined, `${edge.id} run ${i + 1} start glue`).toBe(i === 0);
				expect(c.end !== undefined, `${edge.id} run ${i + 1} end glue`).toBe(i === pieces.length - 1);
			});
			const start = shapes.get(String(pieces[0]!.st!.id))!;
			const end = shapes.get(String(pieces[pieces.length - 1]!.end!.id))!;
			expect([start.name, end.name]).toEqual([titles.get(edge.source), titles.get(edge.target)]);
			nearPt(sitePosition(start, Number(pieces[0]!.st!.idx)), drawn[0]!, `${edge.id} start site`);
			nearPt(sitePosition(end, Number(pieces[pieces.length - 1]!.end!.idx)), drawn[drawn.length - 1]!, `${edge.id} end site`);
		}
	});

	const soffice = findSoffice();
	it.skipIf(!soffice)(
		soffice ? 'LibreOffice Impress draws every connector of the ACM and BPM where PowerPoint does' : 'LibreOffice Impress round trip — skipped: soffice is not installed',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'renkei-lo-'));
			try {
				// Every slide of each file: the whole diagram, and its parts where it has some.
				const expected = new Map<string, Map<string, Point[]>[]>();
				for (const id of ['acm', 'bpm']) {
					for (const lang of LANGS) {
						const { scenes } = await scenesFor(id, lang, {}, 'title');
						const bytes = await scenesToPptx(scenes);
						writeFileSync(join(dir, `${id}-${lang}.pptx`), bytes);
						const zip = await unzip(bytes);
						const slides = [...zip.keys()].filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort((a, b) => parseInt(a.slice(16)) - parseInt(b.slice(16)));
						expected.set(`${id}-${lang}`, slides.map((f) => new Map(parseSlide(zip.get(f)!).connectors.map((c) => [c.name, pathOf(c.geometry)]))));
					}
				}
				// A walkthrough deck too: its step slides carry Morph, which Impress must skip for the fade.
				{
					const walk = (await loadSceneSource(model, 'acm', 'ja')).scenario.walkthroughs[0]!.id;
					const { scenes } = await scenesFor('acm', 'ja', { walkthrough: walk });
					const bytes = await scenesToPptx(scenes);
					writeFileSync(join(dir, 'acm-walk.pptx'), bytes);
					const zip = await unzip(bytes);
					expect([...zip.values()].some((xml) => xml.includes('p159:morph'))).toBe(true);
					const slides = [...zip.keys()].filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort((a, b) => parseInt(a.slice(16)) - parseInt(b.slice(16)));
					expected.set('acm-walk', slides.map((f) => new Map(parseSlide(zip.get(f)!).connectors.map((c) => [c.name, pathOf(c.geometry)]))));
				}
				// A profile of its own, so a LibreOffice already running elsewhere does not take the job.
				execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'fodp', '--outdir', dir, ...[...expected.keys()].map((k) => join(dir, `${k}.pptx`))], { stdio: 'ignore', timeout: 180_000 });
				for (const [file, slides] of expected) {
					const pages = libreOfficeConnectors(readFileSync(join(dir, `${file}.fodp`), 'utf8'));
					expect(pages.length, file).toBe(slides.length);
					for (const [i, paths] of slides.entries()) {
						const drawn = pages[i]!;
						expect([...drawn.keys()].sort(), `${file} slide ${i + 1}`).toEqual([...paths.keys()].sort());
						for (const [name, path] of paths) {
							// The same line, give or take LibreOffice's 1/100 mm (0.03 pt): no point of one is off the other,
							// and both start, bend and end at the same places.
							const got = drawn.get(name)!;
							for (const p of got) expect(distanceToPath(p, path), `${file}: ${name} passes (${p.x}, ${p.y})`).toBeLessThan(0.1);
							for (const p of path) expect(Math.min(...got.map((q) => Math.hypot(p.x - q.x, p.y - q.y))), `${file}: ${name} reaches (${p.x}, ${p.y})`).toBeLessThan(0.1);
							nearPt(got[0]!, path[0]!, `${file}: ${name} start`, 0.1);
							nearPt(got[got.length - 1]!, path[path.length - 1]!, `${file}: ${name} end`, 0.1);
						}
					}
				}
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		},
		200_000
	);
});

function distanceToPath(p: Point, path: Point[]): number {
	let best = Infinity;
	for (let i = 1; i < path.length; i++) {
		const [a, b] = [path[i - 1]!, path[i]!];
		const length2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
		const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length2));
		best = Math.min(best, Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y))));
	}
	return best;
}

/** Each connector of a flat ODF presentation as LibreOffice routed it, by name, in pt. */
/** Each page's connectors, by name, as LibreOffice draws them. */
function libreOfficeConnectors(fodp: string): Map<string, Point[]>[] {
	const odf = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'draw:connector' || name === 'draw:page' });
	const pages = list(get(odf.parse(fodp), 'office:document', 'office:body', 'office:presentation', 'draw:page'));
	const PT_PER_HMM = 72 / 2540;
	return pages.map((page) => {
		const out = new Map<string, Point[]>();
		for (const c of list(page['draw:connector'])) {
			// Absolute and relative moves and lines, as LibreOffice writes a connector's track.
			const tokens = String(c['svg:d']).match(/[MLHVmlhv]|-?\d+(?:\.\d+)?/g) ?? [];
			const points: Point[] = [];
			let cmd = '';
			let at = { x: 0, y: 0 };
			for (let i = 0; i < tokens.length; ) {
				if (/[A-Za-z]/.test(tokens[i]!)) cmd = tokens[i++]!;
				const n = () => Number(tokens[i++]);
				if (cmd === 'M' || cmd === 'L') at = { x: n(), y: n() };
				else if (cmd === 'm' || cmd === 'l') at = { x: at.x + n(), y: at.y + n() };
				else if (cmd === 'H') at = { ...at, x: n() };
				else if (cmd === 'h') at = { ...at, x: at.x + n() };
				else if (cmd === 'V') at = { ...at, y: n() };
				else if (cmd === 'v') at = { ...at, y: at.y + n() };
				else throw new Error(`unexpected path command ${cmd} in ${c['svg:d']}`);
				points.push({ x: at.x * PT_PER_HMM, y: at.y * PT_PER_HMM });
			}
			out.set(String(c['draw:name']), simplifyRoute(points));
		}
		return out;
	});
}

/** The native tables of a slide: frame (pt), column widths (pt), and each row's cells with their text, sizes and spans. */
function parseTables(xml: string) {
	const tree = get(parser.parse(xml), 'p:sld', 'p:cSld', 'p:spTree');
	return list(get(tree, 'p:graphicFrame')).map((frame) => {
		const data = get(frame, 'a:graphic', 'a:graphicData') as Node;
		const tbl = data['a:tbl'] as Node;
		return {
			id: String(get(frame, 'p:nvGraphicFramePr', 'p:cNvPr', 'id')),
			uri: String(data.uri),
			box: rectOf(frame['p:xfrm']),
			columns: list(get(tbl, 'a:tblGrid', 'a:gridCol')).map((c) => Number(c.w) / EMU_PER_PT),
			rows: list(tbl['a:tr']).map((tr) =>
				list(tr['a:tc']).map((tc) => ({
					text: textOf(tc['a:txBody']),
					sizes: list(get(tc['a:txBody'], 'a:p')).flatMap((p) => list(p['a:r']).map((r) => Number(get(r, 'a:rPr', 'sz')) / 100)),
					langs: list(get(tc['a:txBody'], 'a:p')).flatMap((p) => list(p['a:r']).map((r) => String(get(r, 'a:rPr', 'lang')))),
					gridSpan: Number(tc.gridSpan ?? 1),
					hMerge: tc.hMerge === '1'
				}))
			)
		};
	});
}

describe('the operations table slide', () => {
	const c2 = model.stages.find((s) => s.id === 'c2')!;
	const slidesOf = (parts: Map<string, string>) => [...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;

	it.each(LANGS)('follows the C-2 slide with the operations as a native table (%s)', async (lang) => {
		const { scenes } = await scenesFor('acm', lang, { stage: 'c2' }, 'title');
		const parts = await unzip(await scenesToPptx(scenes));
		for (const [path, xml] of parts) expect(wellFormed(xml), path).toBe(true);
		expect(slidesOf(parts)).toBe(2);
		expect(parseTables(parts.get('ppt/slides/slide1.xml')!)).toEqual([]);
		const xml = parts.get('ppt/slides/slide2.xml')!;
		expect(xml).not.toContain('renkei-');
		expect(xml).not.toContain('<p:pic');
		const [table, ...others] = parseTables(xml);
		expect(others).toEqual([]);
		expect(table!.uri).toBe('http://schemas.openxmlformats.org/drawingml/2006/table');

		// A heading row, then one row per operation, worded as the data words it.
		const [heading, ...rows] = table!.rows;
		expect(heading!.map((c) => c.text)).toEqual(lang === 'ja' ? ['作戦', '自衛隊', '米軍'] : ['Operation', 'SDF', 'U.S. forces']);
		expect(rows).toHaveLength(c2.operations.length);
		rows.forEach((row, i) => {
			const op = c2.operations[i]!;
			expect(row).toHaveLength(3);
			expect(row[0]!.text).toBe(op.area[lang]);
			if (op.sdf[lang] === op.us[lang]) {
				// one entry printed across both sides' columns, as in the source
				expect(row[1]).toMatchObject({ text: op.sdf[lang], gridSpan: 2 });
				expect(row[2]).toMatchObject({ text: '', hMerge: true });
			} else {
				expect(row[1]!.text).toBe(op.sdf[lang]);
				expect(row[2]!.text).toBe(op.us[lang]);
			}
			for (const cell of row) for (const tag of cell.langs) expect(tag).toBe(lang === 'ja' ? 'ja-JP' : 'en-US');
		});

		// At the slide's real size: every text at least 12 pt, the headings at least 14 pt.
		const slide = parseSlide(xml);
		const sizes = [...slide.shapes.flatMap((s) => s.sizes), ...table!.rows.flat().flatMap((c) => c.sizes)];
		expect(sizes.length).toBeGreaterThan(0);
		for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
		for (const cell of heading!) for (const size of cell.sizes) expect(size).toBeGreaterThanOrEqual(14);

		// The frame lies inside the slide, under the title and subtitle and over the source line.
		const { box } = table!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(960);
		expect(box.y + box.height).toBeLessThanOrEqual(540);
		expect(table!.columns.reduce((a, b) => a + b, 0)).toBeCloseTo(box.width, 0);
		const named = (name: string) => slide.shapes.find((s) => s.name === name)!;
		expect(named('Title').text).toBe(lang === 'ja' ? '作戦（日本に対する武力攻撃）' : 'Operations (armed attack against Japan)');
		expect(named('Subtitle').text).toBe(`C-2 ${c2.name[lang]}`);
		expect(box.y).toBeGreaterThanOrEqual(named('Subtitle').box.y + named('Subtitle').box.height);
		expect(box.y + box.height).toBeLessThanOrEqual(named('Source').box.y);

		// The source line names the document and section, never a file.
		const sourceText = named('Source').text;
		expect(sourceText).toContain(`${model.sources.find((s) => s.id === 'dow2018')!.title[lang]} 図表Ⅱ-4-2-2 第Ⅳ章C2 作戦構想`);
		for (const s of model.sources) expect(sourceText).not.toContain(s.file);
		expect(sourceText).not.toMatch(/seed/i);

		const ids = [...slide.shapes.map((s) => s.id), table!.id, '1'];
		expect(new Set(ids).size, 'unique ids').toBe(ids.length);
	});

	it('shares its rows out over slides, the headings on each, when a template’s footer leaves too little room', async () => {
		const { scenes } = await scenesFor('acm', 'en', { stage: 'c2' }, 'title');
		const scene = scenes[0]!;
		const entry = scene.tables![0]!;
		expect(planTableSlides(scene, entry, 1, OWN_LOOK)).toHaveLength(1);
		const look = { themed: true, margins: { ...OWN_LOOK.margins, bottom: 90 } };
		const slides = planTableSlides(scene, entry, 1, look);
		expect(slides.length).toBeGreaterThan(1);
		const rows = slides.flatMap(({ table }) => table.rows.slice(1).map((r) => r.cells[0]!.text));
		expect(rows).toEqual(c2.operations.map((op) => op.area.en));
		for (const { table } of slides) {
			expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['Operation', 'SDF', 'U.S. forces']);
			for (const row of table.rows) expect(row.size).toBeGreaterThanOrEqual(12);
			expect(table.box.y + table.box.height).toBeLessThanOrEqual(540 - 90 - 10);
		}
		const parts = await unzip(await scenesToPptx(scenes));
		expect(slidesOf(parts)).toBe(2);
	});

	it('comes right after the first C-2 slide of a walkthrough, and of all stages, and only there', async () => {
		const walk = await scenesFor('acm', 'en', { walkthrough: 'armed-attack-c2' });
		expect(walk.scenes.map((s) => s.tables?.length ?? 0)).toEqual(walk.scenes.map((_, i) => (i === 0 ? 1 : 0)));
		const walkParts = await unzip(await scenesToPptx(walk.scenes));
		const framed = (parts: Map<string, string>) =>
			Array.from({ length: slidesOf(parts) }, (_, i) => parseTables(parts.get(`ppt/slides/slide${i + 1}.xml`)!).length);
		expect(framed(walkParts)).toEqual([0, 1, ...walk.scenes.slice(1).map(() => 0)]);
		// The second step's narration is on the third slide's notes.
		const notesText = (n: number) =>
			list(get(parser.parse(walkParts.get(`ppt/notesSlides/notesSlide${n}.xml`)!), 'p:notes', 'p:cSld', 'p:spTree', 'p:sp'))
				.map((sp) => textOf(sp['p:txBody']))
				.join('\n');
		expect(notesText(3)).toContain(walk.scenes[1]!.notes!);

		const all = await scenesFor('acm', 'ja', { allStages: true });
		const at = all.scenes.findIndex((s) => s.subtitle?.startsWith('C-2 '));
		const allParts = await unzip(await scenesToPptx(all.scenes));
		expect(framed(allParts)).toEqual(Array.from({ length: all.scenes.length + 1 }, (_, i) => (i === at + 1 ? 1 : 0)));

		for (const stage of model.stages.filter((s) => s.operations.length === 0)) {
			const { scenes } = await scenesFor('acm', 'ja', { stage: stage.id });
			expect(scenes[0]!.tables, stage.id).toBeUndefined();
		}
	});
});

describe('scenesToPptx', () => {
	it('writes one slide per walkthrough step, with native shapes, glued connectors and notes', async () => {
		const { source, scenes } = await scenesFor('acm', 'ja', { walkthrough: (await loadSceneSource(model, 'acm', 'ja')).scenario.walkthroughs[0]!.id });
		const parts = await unzip(await scenesToPptx(scenes));

		for (const [path, xml] of parts) expect(wellFormed(xml), path).toBe(true);
		const types = parts.get('[Content_Types].xml')!;
		const overrides = list(get(parser.parse(types), 'Types', 'Override')).map((o) => [o.PartName, o.ContentType]);
		const slides = [...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
		// armed-attack-c2: its stage's operations table follows the first step's slide
		const numbers = slideNumbers(scenes);
		expect(numbers).toEqual(scenes.map((_, i) => (i === 0 ? 1 : i + 2)));
		expect(slides).toHaveLength(scenes.length + 1);
		for (let i = 1; i <= slides.length; i++) {
			expect(overrides).toContainEqual([`/ppt/slides/slide${i}.xml`, 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml']);
			expect(overrides).toContainEqual([`/ppt/notesSlides/notesSlide${i}.xml`, 'application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml']);
		}
		expect(parts.get('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"');

		const bodies = source.layout.nodes.flatMap((n) => (n.type === 'body' ? [n] : []));
		scenes.forEach((scene, k) => {
			const i = numbers[k]! - 1;
			const xml = parts.get(`ppt/slides/slide${i + 1}.xml`)!;
			const slide = parseSlide(xml);
			const ids = [...slide.shapes.map((s) => s.id), ...slide.groups.map((g) => g.id), ...slide.connectors.map((c) => c.id), '1'];
			expect(new Set(ids).size, 'unique ids').toBe(ids.length);
			expect(xml).not.toContain('renkei-');

			const byId = new Map(slide.shapes.map((s) => [s.id, s]));
			const all = slide.shapes.map((s) => s.text).join('\n');
			for (const body of bodies) {
				const group = slide.groups.find((g) => g.name === `${body.card.title} (group)`);
				expect(group, body.id).toBeDefined();
				expect(group!.shapes.find((s) => s.name === body.card.title), `${body.id} box`).toBeDefined();
				// The group holds the lines the screen draws, no more and no fewer.
				const picture = drawCard(body.card, body, source.layout.detail);
				const drawn = group!.shapes.filter((s) => s.text).map((s) => s.text).join('\n');
				expect(drawn, body.id).toBe(picture.texts.map((t) => t.lines.map((l) => l.trimEnd()).join('\n')).join('\n'));
				expect(drawn.replace(/\s/g, '')).toContain(body.card.title.replace(/\s/g, ''));
			}
			expect(all).toContain(scene.title);
			expect(all).toContain(scene.subtitle!);
			expect(all).toContain(scene.sourceLine);
			for (const l of scene.legend) expect(all).toContain(l.label);

			expect(slide.connectors).toHaveLength(source.layout.edges.reduce((n, e) => n + edgePieces(e.points).length, 0));
			for (const edge of source.layout.edges) {
				const from = bodies.find((b) => b.id === edge.source)!.card.title;
				const to = bodies.find((b) => b.id === edge.target)!.card.title;
				const pieces = piecesOf(slide, `${from} → ${to}`);
				expect(pieces.length, edge.id).toBeGreaterThan(0);
				const [first, last] = [pieces[0]!, pieces[pieces.length - 1]!];
				expect(byId.get(String(first.st!.id))?.name).toBe(from);
				expect(byId.get(String(last.end!.id))?.name).toBe(to);
				for (const c of pieces) expect(c.prst).toMatch(/^(bentConnector3|straightConnector1)$/);
				// undirected: arrowheads at both ends, as on screen
				expect(get(last.ln, 'a:tailEnd', 'type')).toBe('triangle');
				expect(get(first.ln, 'a:headEnd', 'type')).toBe(edge.directed ? undefined : 'triangle');
			}

			const notes = parts.get(`ppt/notesSlides/notesSlide${i + 1}.xml`)!;
			const notesText = list(get(parser.parse(notes), 'p:notes', 'p:cSld', 'p:spTree', 'p:sp'))
				.map((sp) => textOf(sp['p:txBody']))
				.join('\n');
			expect(notesText).toContain(scene.notes!);
			expect(notes).toContain('lang="ja-JP"');
		});
	}, 30_000);

	it('names every shape the same on each step slide and moves from step to step with Morph', async () => {
		const walk = (await loadSceneSource(model, 'acm', 'en')).scenario.walkthroughs.find((w) => w.steps.length >= 3)!;
		const { scenes } = await scenesFor('acm', 'en', { walkthrough: walk.id });
		const parts = await unzip(await scenesToPptx(scenes));
		const numbers = slideNumbers(scenes);
		const slideXml = (k: number) => parts.get(`ppt/slides/slide${numbers[k]}.xml`)!;
		const names = (k: number) => {
			const slide = parseSlide(slideXml(k));
			return [...slide.groups.map((g) => g.name), ...slide.shapes.map((sh) => sh.name), ...slide.connectors.map((c) => c.name)];
		};
		// Only the highlight ring comes and goes as the focus moves; everything else keeps its name.
		const lasting = (k: number) => names(k).filter((n) => !n.endsWith(' (highlight)')).sort();
		const rings = (k: number) => names(k).filter((n) => n.endsWith(' (highlight)'));
		for (let k = 1; k < scenes.length; k++) {
			expect(lasting(k), `step ${k + 1}`).toEqual(lasting(0));
			// from the slide before, unless that is the operations table the first step is followed by
			if (numbers[k] === numbers[k - 1]! + 1) expect(slideXml(k), `step ${k + 1}`).toContain('<p159:morph option="byObject"/>');
			else expect(slideXml(k)).not.toContain('morph');
			expect(wellFormed(slideXml(k))).toBe(true);
		}
		expect(slideXml(0)).not.toContain('p159:morph');
		expect(scenes.filter((_, k) => slideXml(k).includes('p159:morph')).length).toBeGreaterThanOrEqual(scenes.length - 2);
		expect(new Set(scenes.map((_, k) => rings(k).join('|'))).size, 'the highlight moves').toBeGreaterThan(1);
		// the operations table slide, if any, is not morphed into
		for (const [path, xml] of parts) if (/^ppt\/slides\//.test(path) && xml.includes('<a:tbl>')) expect(xml).not.toContain('morph');
	});

	it('draws focus, dim and ghost marks as the screen does', async () => {
		const { source, scenes } = await scenesFor('acm', 'en', { walkthrough: (await loadSceneSource(model, 'acm', 'en')).scenario.walkthroughs[0]!.id });
		const index = scenes.findIndex((s) => Object.values(s.marks.nodes).includes('focus'));
		const scene = scenes[index]!;
		const slide = parseSlide((await unzip(await scenesToPptx([scene]))).get('ppt/slides/slide1.xml')!);
		const marks = Object.values(scene.marks.nodes);
		expect(marks).toContain('dim');
		for (const n of source.layout.nodes) {
			if (n.type !== 'body') continue;
			const mark = scene.marks.nodes[n.id]!;
			const group = slide.groups.find((g) => g.name === `${n.card.title} (group)`)!;
			const box = group.shapes.find((s) => s.name === n.card.title)!;
			const ring = group.shapes.find((s) => s.name === `${n.card.title} (highlight)`);
			expect(ring !== undefined, `${n.id} ring`).toBe(mark === 'focus');
			if (ring) expect(get(ring.line, 'a:solidFill', 'a:srgbClr', 'val')).toBe(lightPaint('focus').slice(1).toUpperCase());
			// Dimmed cards are greyed, not made transparent: their text keeps its contrast.
			const textColours = new Set(group.shapes.flatMap((s) => s.colours));
			if (mark === 'dim') {
				expect([...textColours]).toEqual([lightPaint('muted').slice(1).toUpperCase()]);
				expect(box.fill).toBe(lightPaint('surface').slice(1).toUpperCase());
				expect(get(box.line, 'a:solidFill', 'a:srgbClr', 'a:alpha')).toBeUndefined();
			} else expect(box.fill).toBe(lightPaint(drawCard(n.card, n).fill).slice(1).toUpperCase());
		}

		const past = await scenesFor('bpm', 'en', { date: '1970' });
		const ghosts = Object.entries(past.scenes[0]!.marks.nodes).filter(([, m]) => m === 'ghost');
		expect(ghosts.length).toBeGreaterThan(0);
		const old = parseSlide((await unzip(await scenesToPptx(past.scenes))).get('ppt/slides/slide1.xml')!);
		for (const [id] of ghosts) {
			const body = past.source.layout.nodes.find((n) => n.id === id)!;
			const shape = old.shapes.find((s) => body.type === 'body' && s.name === body.card.title)!;
			expect(get(shape.line, 'a:prstDash', 'val')).toBe('dash');
		}
	});

	it('writes each text at the picture’s size, scaled to the slide', async () => {
		const { source, scenes } = await scenesFor('bpm', 'ja', {});
		const slide = parseSlide((await unzip(await scenesToPptx(scenes))).get('ppt/slides/slide1.xml')!);
		const body = source.layout.nodes.find((n) => n.type === 'body' && n.card.roles.length > 0)!;
		if (body.type !== 'body') throw new Error('no body with a role');
		const group = slide.groups.find((g) => g.name === `${body.card.title} (group)`)!;
		const title = group.shapes.find((s) => s.name === `${body.card.title} title`)!;
		const role = group.shapes.find((s) => s.name === `${body.card.title} role`)!;
		// One scale for the whole card: the screen's proportions between its texts hold on the slide.
		expect(title.sizes[0]! / role.sizes[0]!).toBeCloseTo(TYPOGRAPHY.title.size / TYPOGRAPHY.role.size, 1);
	});

	// Slides are read from the back of a room: at the slide's real size (13.33 × 7.5 in), names of 18 pt,
	// every other diagram text of 12 pt, and a diagram filling 80 % of the space between header and legend.
	it.each(LANGS)('shows the ACM’s names alone legibly, filling the slide (%s)', async (lang) => {
		const { source, scenes } = await scenesFor('acm', lang, {}, 'title');
		const slide = parseSlide((await unzip(await scenesToPptx(scenes))).get('ppt/slides/slide1.xml')!);
		const names = new Set(source.layout.nodes.flatMap((n) => (n.type === 'body' ? [`${n.card.title} title`] : [])));
		const inGroups = slide.groups.flatMap((g) => g.shapes);
		const titles = inGroups.filter((s) => names.has(s.name));
		expect(titles).toHaveLength(names.size);
		for (const t of titles) for (const size of t.sizes) expect(size, t.name).toBeGreaterThanOrEqual(18);
		const edgeLabels = slide.shapes.filter((s) => source.layout.edges.some((e) => e.label?.text === s.name));
		expect(edgeLabels.length).toBeGreaterThan(0);
		for (const l of [...edgeLabels, ...inGroups]) for (const size of l.sizes) expect(size, l.name).toBeGreaterThanOrEqual(12);

		const header = slide.shapes.filter((s) => s.name === 'Title' || s.name === 'Subtitle');
		const legend = slide.shapes.filter((s) => s.name.endsWith('(legend)'));
		const area = { width: 960 - 2 * 28.8, height: Math.min(...legend.map((s) => s.box.y)) - Math.max(...header.map((s) => s.box.y + s.box.height)) };
		const boxes = slide.groups.map((g) => g.box);
		const extent = {
			width: Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x)),
			height: Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y))
		};
		expect(Math.max(extent.width / area.width, extent.height / area.height)).toBeGreaterThanOrEqual(0.8);
	});

	// A diagram too big for one legible slide follows its overview with a slide per part, each legible.
	const large = ['consultation', 'guidelines'].flatMap((id) => LANGS.map((lang) => [id, lang] as const));
	it.each(large)('gives %s (%s) a slide per part after the whole, names ≥ 18 pt and other diagram text ≥ 12 pt on each', async (id, lang) => {
		const { source, scenes } = await scenesFor(id, lang, {}, 'title');
		const zip = await unzip(await scenesToPptx(scenes));
		const slides = [...zip.keys()].filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
		expect(slides.length).toBeGreaterThanOrEqual(3);
		const names = new Map<string, string>(source.layout.nodes.flatMap((n) => (n.type === 'body' ? [[`${n.card.title} title`, n.id] as const] : [])));
		const seen = new Set<string>();
		for (let i = 2; i <= slides.length; i++) {
			const slide = parseSlide(zip.get(`ppt/slides/slide${i}.xml`)!);
			const inGroups = slide.groups.flatMap((g) => g.shapes);
			const titles = inGroups.filter((s) => names.has(s.name));
			expect(titles.length, `slide ${i}`).toBeGreaterThan(0);
			for (const t of titles) {
				seen.add(names.get(t.name)!);
				for (const size of t.sizes) expect(size, `slide ${i}: ${t.name}`).toBeGreaterThanOrEqual(18);
			}
			// Link labels above the legend row (whose entries may share a label's words).
			const legendTop = Math.min(...slide.shapes.filter((s) => s.name.endsWith('(legend)')).map((s) => s.box.y));
			const labels = slide.shapes.filter((s) => s.box.y < legendTop - 12 && source.layout.edges.some((e) => e.label?.text === s.name));
			for (const l of [...labels, ...inGroups]) for (const size of l.sizes) expect(size, `slide ${i}: ${l.name}`).toBeGreaterThanOrEqual(12);
		}
		// Every body is on some part's slide.
		expect([...seen].sort()).toEqual([...names.values()].sort());
	});

	it('keeps groups, directed arrows and dashed kinds of an English diagram', async () => {
		const { source, scenes } = await scenesFor('bpm', 'en', {});
		const parts = await unzip(await scenesToPptx(scenes));
		const slide = parseSlide(parts.get('ppt/slides/slide1.xml')!);
		for (const n of source.layout.nodes) if (n.type === 'group') expect(slide.shapes.map((s) => s.name)).toContain(n.label);
		const command = source.layout.edges.filter((e) => e.kind === 'command');
		expect(command.length).toBeGreaterThan(0);
		const dashed = slide.connectors.filter((c) => get(c.ln, 'a:custDash'));
		expect(dashed.length).toBe(command.reduce((n, e) => n + edgePieces(e.points).length, 0));
		const titles = new Map(source.layout.nodes.map((n) => [n.id, n.type === 'body' ? n.card.title : n.label]));
		for (const e of source.layout.edges) {
			const pieces = piecesOf(slide, `${titles.get(e.source)} → ${titles.get(e.target)}`);
			expect(get(pieces[0]!.ln, 'a:headEnd') === undefined, e.id).toBe(e.directed);
			// an arrowhead only where the route ends, never at a bend
			for (const c of pieces.slice(0, -1)) expect(get(c.ln, 'a:tailEnd'), e.id).toBeUndefined();
		}
		expect(parts.get('ppt/slides/slide1.xml')).toContain('<a:latin typeface="Calibri"/><a:ea typeface="Meiryo"/>');
	});

	it("writes a frame's name where the layout places it, clear of the links entering the frame", async () => {
		for (const lang of ['ja', 'en'] as const) {
			const { source, scenes } = await scenesFor('bpm', lang, {});
			const xml = (await unzip(await scenesToPptx(scenes))).get('ppt/slides/slide1.xml')!;
			const tree = get(parser.parse(xml), 'p:sld', 'p:cSld', 'p:spTree');
			for (const n of source.layout.nodes) {
				if (n.type !== 'group') continue;
				// The links from the Prime Minister and the President cross the frame's top at its left.
				expect(n.labelX, n.id).toBeGreaterThan(GROUP_PAD);
				const sp = list(get(tree, 'p:sp')).find((x) => get(x, 'p:nvSpPr', 'p:cNvPr', 'name') === n.label)!;
				const inset = Number(get(sp, 'p:txBody', 'a:bodyPr', 'lIns')) / EMU_PER_PT;
				// Both in pt on the slide, so their ratio is the layout's.
				expect(inset / rectOf(get(sp, 'p:spPr', 'a:xfrm')).width, `${n.id} (${lang})`).toBeCloseTo(n.labelX / n.width, 3);
			}
		}
	});

	it("keeps a frame's name in place on a part slide that cuts the frame", async () => {
		const { source, scenes } = await scenesFor('bpm', 'en', {});
		const frame = source.layout.nodes.find((n) => n.type === 'group')!;
		const box = absoluteBoxes(source.layout).get(frame.id)!;
		if (frame.type !== 'group') throw new Error('no frame');
		// A part whose left edge cuts the frame between its border and its name.
		const cut = box.x + (frame.labelX - GROUP_PAD) / 2;
		const part = { x: cut, y: 0, width: source.layout.width - cut, height: source.layout.height };
		const xml = (await unzip(await scenesToPptx([{ ...scenes[0]!, part }]))).get('ppt/slides/slide1.xml')!;
		const sp = list(get(get(parser.parse(xml), 'p:sld', 'p:cSld', 'p:spTree'), 'p:sp')).find((x) => get(x, 'p:nvSpPr', 'p:cNvPr', 'name') === frame.label)!;
		const inset = Number(get(sp, 'p:txBody', 'a:bodyPr', 'lIns')) / EMU_PER_PT;
		const shown = rectOf(get(sp, 'p:spPr', 'a:xfrm'));
		// The cut frame starts at the part's edge; the name stays where the whole picture has it.
		expect(inset / shown.width).toBeCloseTo((box.x + frame.labelX - cut) / (box.x + box.width - cut), 3);
	});

	it("leaves a frame's name out of a part that cuts the frame's top, and at the left of one that cuts across it", async () => {
		const { source, scenes } = await scenesFor('bpm', 'en', {});
		const frame = source.layout.nodes.find((n) => n.type === 'group')!;
		const box = absoluteBoxes(source.layout).get(frame.id)!;
		const frameShape = async (part: { x: number; y: number; width: number; height: number }) => {
			const xml = (await unzip(await scenesToPptx([{ ...scenes[0]!, part }]))).get('ppt/slides/slide1.xml')!;
			return list(get(get(parser.parse(xml), 'p:sld', 'p:cSld', 'p:spTree'), 'p:sp')).find((x) => get(x, 'p:nvSpPr', 'p:cNvPr', 'name') === frame.label)!;
		};
		// Cut below the frame's top: the name's line is not in the part, the boxes under it are.
		const below = await frameShape({ x: 0, y: box.y + 4, width: source.layout.width, height: source.layout.height - box.y - 4 });
		expect(textOf(below['p:txBody'])).toBe('');
		// Cut on the right through the name: it moves to the left of the cut frame.
		if (frame.type !== 'group') throw new Error('no frame');
		const across = await frameShape({ x: 0, y: 0, width: box.x + frame.labelX + 20, height: source.layout.height });
		expect(textOf(across['p:txBody'])).toBe(frame.label);
		const inset = Number(get(across, 'p:txBody', 'a:bodyPr', 'lIns')) / EMU_PER_PT;
		expect(inset / rectOf(get(across, 'p:spPr', 'a:xfrm')).width).toBeCloseTo(GROUP_PAD / (frame.labelX + 20), 3);
	});

	it('escapes hostile text and still writes well-formed parts', async () => {
		const { scenes } = await scenesFor('acm', 'en', {});
		const hostile: ExportScene = { ...scenes[0]!, title: '<script>alert(1)</script> & "co"', notes: 'a < b\n\nc & d\u0001' };
		const parts = await unzip(await scenesToPptx([hostile]));
		for (const [path, xml] of parts) expect(wellFormed(xml), path).toBe(true);
		const slide = parts.get('ppt/slides/slide1.xml')!;
		expect(slide).not.toContain('<script>');
		expect(parseSlide(slide).shapes.map((s) => s.text)).toContain(hostile.title);
		expect(parts.get('ppt/notesSlides/notesSlide1.xml')).toContain('<a:t>c &amp; d</a:t>');
	});

	it('refuses an empty list of scenes', async () => {
		await expect(scenesToPptx([])).rejects.toThrow(/no scenes/);
	});
});
