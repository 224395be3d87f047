import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadDataModel, loadSceneSource } from '../../../scripts/scene-source.ts';
import { drawCard, TYPOGRAPHY, type CardDetail } from '../layout/card-picture.ts';
import type { Point } from '../layout/types.ts';
import { lightPaint } from '../theme/theme.ts';
import { LANGS } from '../model/schema.ts';
import { connectionSite, connectorGeometry, connectorPath, simplifyRoute } from './pptx-connector.ts';
import { EMU_PER_PT } from './pptx-xml.ts';
import { scenesToPptx } from './pptx.ts';
import { buildScenes, type ExportScene } from './scenes.ts';

const model = loadDataModel();

// Attribute-aware parsing (not regexes) for the checks that matter: ids, glue, names and text.
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseAttributeValue: false,
	trimValues: false,
	isArray: (name) => ['p:sp', 'p:cxnSp', 'p:grpSp', 'a:p', 'a:r', 'Override'].includes(name)
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
}

interface Parsed {
	/** every shape, inside groups too */
	shapes: Shape[];
	groups: { id: string; name: string; box: Rect; shapes: Shape[] }[];
	connectors: { id: string; name: string; st?: Node; end?: Node; ln: Node; xfrm: Node; prst: string }[];
}

const shapeOf = (sp: Node): Shape => ({
	id: String(get(sp, 'p:nvSpPr', 'p:cNvPr', 'id')),
	name: String(get(sp, 'p:nvSpPr', 'p:cNvPr', 'name')),
	box: rectOf(get(sp, 'p:spPr', 'a:xfrm')),
	text: textOf(sp['p:txBody']),
	line: get(sp, 'p:spPr', 'a:ln'),
	fill: get(sp, 'p:spPr', 'a:solidFill', 'a:srgbClr', 'val'),
	sizes: list(get(sp['p:txBody'], 'a:p')).flatMap((p) => list(p['a:r']).map((r) => Number(get(r, 'a:rPr', 'sz')) / 100)),
	colours: list(get(sp['p:txBody'], 'a:p')).flatMap((p) => list(p['a:r']).map((r) => String(get(r, 'a:rPr', 'a:solidFill', 'a:srgbClr', 'val'))))
});

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
			prst: String(get(c, 'p:spPr', 'a:prstGeom', 'prst'))
		}))
	};
}

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

	it.each(model.diagrams.map((d) => d.id))('retraces every route of %s exactly', async (id) => {
		for (const lang of LANGS) {
			const { layout } = await loadSceneSource(model, id, lang);
			for (const edge of layout.edges) {
				expect(connectorGeometry(edge.points).approximate, edge.id).toBe(false);
				retraces(edge.points);
			}
		}
	});

	it('picks the connection site on the side the route touches', () => {
		const box = { x: 0, y: 0, width: 100, height: 50 };
		expect([{ x: 30, y: 0 }, { x: 0, y: 20 }, { x: 70, y: 50 }, { x: 100, y: 10 }].map((p) => connectionSite(p, box))).toEqual([0, 1, 2, 3]);
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
		expect(slides).toHaveLength(scenes.length);
		for (let i = 1; i <= scenes.length; i++) {
			expect(overrides).toContainEqual([`/ppt/slides/slide${i}.xml`, 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml']);
			expect(overrides).toContainEqual([`/ppt/notesSlides/notesSlide${i}.xml`, 'application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml']);
		}
		expect(parts.get('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"');

		const bodies = source.layout.nodes.flatMap((n) => (n.type === 'body' ? [n] : []));
		scenes.forEach((scene, i) => {
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

			expect(slide.connectors).toHaveLength(source.layout.edges.length);
			for (const edge of source.layout.edges) {
				const from = bodies.find((b) => b.id === edge.source)!.card.title;
				const to = bodies.find((b) => b.id === edge.target)!.card.title;
				const c = slide.connectors.find((x) => x.name === `${from} → ${to}`)!;
				expect(c, edge.id).toBeDefined();
				expect(byId.get(String(c.st!.id))?.name).toBe(from);
				expect(byId.get(String(c.end!.id))?.name).toBe(to);
				expect(['0', '1', '2', '3']).toContain(String(c.st!.idx));
				expect(c.prst).toMatch(/^(bentConnector[2-5]|straightConnector1)$/);
				// undirected: arrowheads at both ends, as on screen
				expect(get(c.ln, 'a:tailEnd', 'type')).toBe('triangle');
				expect(get(c.ln, 'a:headEnd', 'type')).toBe(edge.directed ? undefined : 'triangle');
			}

			const notes = parts.get(`ppt/notesSlides/notesSlide${i + 1}.xml`)!;
			const notesText = list(get(parser.parse(notes), 'p:notes', 'p:cSld', 'p:spTree', 'p:sp'))
				.map((sp) => textOf(sp['p:txBody']))
				.join('\n');
			expect(notesText).toContain(scene.notes!);
			expect(notes).toContain('lang="ja-JP"');
		});
	}, 30_000);

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
			const ring = group.shapes.find((s) => s.name === `${n.card.title} (focus)`);
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

	it('keeps groups, directed arrows and dashed kinds of an English diagram', async () => {
		const { source, scenes } = await scenesFor('bpm', 'en', {});
		const parts = await unzip(await scenesToPptx(scenes));
		const slide = parseSlide(parts.get('ppt/slides/slide1.xml')!);
		for (const n of source.layout.nodes) if (n.type === 'group') expect(slide.shapes.map((s) => s.name)).toContain(n.label);
		const command = source.layout.edges.filter((e) => e.kind === 'command');
		expect(command.length).toBeGreaterThan(0);
		const dashed = slide.connectors.filter((c) => get(c.ln, 'a:custDash'));
		expect(dashed.length).toBe(command.length);
		const titles = new Map(source.layout.nodes.map((n) => [n.id, n.type === 'body' ? n.card.title : n.label]));
		for (const e of source.layout.edges) {
			const c = slide.connectors.find((x) => x.name === `${titles.get(e.source)} → ${titles.get(e.target)}`)!;
			expect(get(c.ln, 'a:headEnd') === undefined, e.id).toBe(e.directed);
		}
		expect(parts.get('ppt/slides/slide1.xml')).toContain('<a:latin typeface="Calibri"/><a:ea typeface="Meiryo"/>');
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
