import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataModel, loadSceneSource } from '../../../scripts/scene-source.ts';
import { findSoffice } from '../../../scripts/soffice.ts';
import { attributes, contentTypeOf, parseRels, relsPath, resolveTarget, startTags } from './pptx-package.ts';
import { intoTemplate, openTemplate } from './pptx-template.ts';
import { scenesToPptx } from './pptx.ts';
import { buildScenes, type ExportScene } from './scenes.ts';
import { makeTemplate, TEMPLATE_FONTS, templateSlideTitle } from './template-fixture.ts';

const model = loadDataModel();
const PRESENTATION_MAIN = 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml';

/** A walkthrough deck: step slides with Morph, the operations table, notes. */
async function walkthroughScenes(lang: 'ja' | 'en' = 'ja'): Promise<ExportScene[]> {
	const source = await loadSceneSource(model, 'acm', lang, 'title');
	const result = buildScenes(source, { walkthrough: source.scenario.walkthroughs[0]!.id });
	if (!result.ok) throw new Error(result.error);
	return result.scenes;
}

interface Package {
	zip: JSZip;
	text: (path: string) => Promise<string>;
	/** slide parts in presentation order */
	slides: () => Promise<string[]>;
	rels: (part: string) => Promise<ReturnType<typeof parseRels>>;
}

async function open(bytes: Uint8Array): Promise<Package> {
	const zip = await JSZip.loadAsync(bytes);
	const text = async (path: string) => {
		const file = zip.file(path);
		if (!file) throw new Error(`missing ${path}`);
		return file.async('string');
	};
	const rels = async (part: string) => (zip.file(relsPath(part)) ? parseRels(await text(relsPath(part))) : []);
	const slides = async () => {
		const byId = new Map((await rels('ppt/presentation.xml')).map((r) => [r.id, r.target]));
		return startTags(await text('ppt/presentation.xml'), 'p:sldId').map((tag) => resolveTarget('ppt/presentation.xml', byId.get(attributes(tag)['r:id']!)!));
	};
	return { zip, text, slides, rels };
}

/** The parts named by the relationship of `kind` from `part`. */
const related = async (pkg: Package, part: string, kind: string) =>
	(await pkg.rels(part)).filter((r) => r.kind === kind).map((r) => resolveTarget(part, r.target));

/** Every internal relationship points at a part, and every part has a content type. */
async function expectWholePackage(pkg: Package) {
	const files = Object.keys(pkg.zip.files).filter((f) => !pkg.zip.files[f]!.dir);
	for (const relsFile of files.filter((f) => f.endsWith('.rels'))) {
		const source = relsFile.replace(/_rels\/([^/]*)\.rels$/, '$1');
		for (const r of parseRels(await pkg.text(relsFile))) if (!r.external) expect(files, `${relsFile} → ${r.target}`).toContain(resolveTarget(source, r.target));
	}
	const types = await pkg.text('[Content_Types].xml');
	for (const f of files.filter((f) => f !== '[Content_Types].xml')) expect(contentTypeOf(types, f), f).toBeTruthy();
}

const titleShape = (xml: string) => /<p:sp><p:nvSpPr><p:cNvPr id="\d+" name="Title"\/>.*?<\/p:sp>/.exec(xml)?.[0];
const shapeNames = (xml: string) => [...xml.matchAll(/<p:cNvPr id="\d+" name="([^"]*)"/g)].map((m) => m[1]);

describe('intoTemplate', () => {
	let scenes: ExportScene[];
	let plain: Package;
	let template: Uint8Array;
	let merged: Package;
	beforeAll(async () => {
		scenes = await walkthroughScenes();
		plain = await open(await scenesToPptx(scenes));
		template = await makeTemplate();
		merged = await open(await scenesToPptx(scenes, { template, after: 1 }));
	}, 60_000);

	it('keeps every part of the template as it was, but the slide list and the content types', async () => {
		const tpl = await open(template);
		const changed = ['ppt/presentation.xml', 'ppt/_rels/presentation.xml.rels', '[Content_Types].xml'];
		for (const [path, file] of Object.entries(tpl.zip.files)) {
			if (file.dir || changed.includes(path)) continue;
			expect(await merged.zip.file(path)?.async('uint8array'), path).toEqual(await file.async('uint8array'));
		}
		// The presentation part keeps its master list, size and text styles.
		const before = await tpl.text('ppt/presentation.xml');
		const after = await merged.text('ppt/presentation.xml');
		for (const kept of [/<p:sldMasterIdLst>.*?<\/p:sldMasterIdLst>/, /<p:sldSz [^>]*>/, /<p:defaultTextStyle>.*<\/p:defaultTextStyle>/]) expect(after).toContain(kept.exec(before)![0]);
		expect(contentTypeOf(await merged.text('[Content_Types].xml'), 'ppt/presentation.xml')).toBe(PRESENTATION_MAIN);
	});

	it('puts our slides after slide N, the template’s in their order around them, each a whole part with unique ids', async () => {
		const ours = await plain.slides();
		const order = await merged.slides();
		expect(order).toHaveLength(3 + ours.length);
		expect(order[0]).toBe('ppt/slides/slide1.xml');
		expect(order.slice(-2)).toEqual(['ppt/slides/slide2.xml', 'ppt/slides/slide3.xml']);
		for (const [i, part] of [order[0], ...order.slice(-2)].entries()) expect(await merged.text(part!)).toContain(templateSlideTitle(i + 1));
		// Ours in their own order, under new names, each with its own content.
		const added = order.slice(1, -2);
		expect(new Set(added).size).toBe(ours.length);
		for (const [i, part] of added.entries()) {
			expect(part).not.toMatch(/^ppt\/slides\/slide[123]\.xml$/);
			expect(shapeNames(await merged.text(part))).toEqual(shapeNames(await plain.text(ours[i]!)));
		}
		const presentation = await merged.text('ppt/presentation.xml');
		const ids = startTags(presentation, 'p:sldId').map((t) => attributes(t).id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(Number(id)).toBeGreaterThanOrEqual(256);
		const relIds = (await merged.rels('ppt/presentation.xml')).map((r) => r.id);
		expect(new Set(relIds).size).toBe(relIds.length);
		await expectWholePackage(merged);
	});

	it('lays our slides on the template’s Title Only layout, titles in its title placeholder, the legend’s colours kept', async () => {
		const order = await merged.slides();
		for (const part of order.slice(1, -2)) {
			expect(await related(merged, part, 'slideLayout')).toEqual(['ppt/slideLayouts/slideLayout2.xml']);
			const xml = await merged.text(part);
			const title = titleShape(xml)!;
			expect(title).toContain('<p:ph type="title"/>');
			// No face or colour of its own: the master's title style applies. The size stays legible.
			expect(title).not.toMatch(/<a:latin|<a:solidFill|<a:srgbClr/);
			for (const sz of title.matchAll(/ sz="(\d+)"/g)) expect(Number(sz[1])).toBeGreaterThanOrEqual(1800);
			if (xml.includes('<a:tbl>')) continue;
			// The slide's other text takes the theme's fonts and colour; the diagram keeps its own.
			const source = /name="Source"\/>.*?<\/p:sp>/.exec(xml)![0];
			expect(source).toContain('<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/>');
			expect(source).toContain('<a:schemeClr val="tx1">');
			expect(xml).toContain('typeface="Meiryo"');
		}
		// The template's theme fonts are what +mj/+mn stand for.
		const theme = await merged.text('ppt/theme/theme1.xml');
		expect(theme).toContain(`<a:majorFont><a:latin typeface="${TEMPLATE_FONTS.head}"/>`);
		expect(theme).toContain(`<a:minorFont><a:latin typeface="${TEMPLATE_FONTS.body}"/>`);
	});

	it('keeps the legend’s colours and the legibility rules, clear of the template’s band', async () => {
		const colours = (xml: string) => [...xml.matchAll(/<a:srgbClr val="([0-9A-F]{6})"/g)].map((m) => m[1]);
		const pt = (emu: string | undefined) => Number(emu) / 12700;
		const boxes = (xml: string, before = '') =>
			[...xml.matchAll(new RegExp(`${before}<a:off x="(-?\\d+)" y="(-?\\d+)"/><a:ext cx="(\\d+)" cy="(\\d+)"/>`, 'g'))].map((m) => ({ x: pt(m[1]), y: pt(m[2]), width: pt(m[3]), height: pt(m[4]) }));
		// The fixture's master draws a band from 7.1 in down: nothing of ours goes under it.
		const band = 7.1 * 72;
		const ours = await plain.slides();
		const added = (await merged.slides()).slice(1, -2);
		expect(added).toHaveLength(ours.length);
		for (const [i, part] of added.entries()) {
			const xml = await merged.text(part);
			for (const b of boxes(xml)) expect(b.y + b.height, part).toBeLessThanOrEqual(band);
			// Only the title, subtitle, legend labels and source line gave up their colours.
			const given = new Set(colours(await plain.text(ours[i]!)));
			for (const c of colours(xml)) expect(given.has(c), c).toBe(true);
			if (xml.includes('<a:tbl>')) continue;
			// Names at 18 pt or more, every other text in the diagram at 12 pt or more.
			const names = [...xml.matchAll(/name="[^"]+ title"\/>.*?<\/p:sp>/g)].map((m) => m[0]);
			expect(names.length).toBeGreaterThan(0);
			for (const name of names) for (const sz of name.matchAll(/ sz="(\d+)"/g)) expect(Number(sz[1])).toBeGreaterThanOrEqual(1800);
			for (const group of xml.matchAll(/<p:grpSp>.*?<\/p:grpSp>/g)) for (const sz of group[0].matchAll(/ sz="(\d+)"/g)) expect(Number(sz[1])).toBeGreaterThanOrEqual(1200);
			// The diagram fills 80 % of the room between the header and the legend.
			const shape = (name: string) => boxes(xml.slice(xml.indexOf(`name="${name}"`)))[0]!;
			const header = ['Title', 'Subtitle'].filter((n) => xml.includes(`name="${n}"`)).map(shape);
			const legendTop = Math.min(...[...xml.matchAll(/name="([^"]*\(legend\))"/g)].map((m) => shape(m[1]!).y));
			const groups = boxes(xml, '<p:grpSpPr><a:xfrm>');
			const left = Math.min(...header.map((b) => b.x));
			const room = { width: 960 - 2 * left, height: legendTop - Math.max(...header.map((b) => b.y + b.height)) };
			const extent = {
				width: Math.max(...groups.map((b) => b.x + b.width)) - Math.min(...groups.map((b) => b.x)),
				height: Math.max(...groups.map((b) => b.y + b.height)) - Math.min(...groups.map((b) => b.y))
			};
			expect(Math.max(extent.width / room.width, extent.height / room.height), part).toBeGreaterThanOrEqual(0.8);
		}
	});

	it('moves from step to step with Morph and keeps the notes, on the template’s notes master', async () => {
		const order = (await merged.slides()).slice(1, -2);
		const ours = await plain.slides();
		for (const [i, part] of order.entries()) {
			const xml = await merged.text(part);
			expect(xml.includes('<p159:morph option="byObject"/>'), part).toBe((await plain.text(ours[i]!)).includes('<p159:morph option="byObject"/>'));
		}
		expect((await Promise.all(order.map((p) => merged.text(p)))).filter((x) => x.includes('p159:morph')).length).toBeGreaterThanOrEqual(scenes.length - 2);
		const masters = await related(merged, 'ppt/presentation.xml', 'notesMaster');
		expect(masters).toEqual(['ppt/notesMasters/notesMaster1.xml']);
		for (const [i, part] of order.entries()) {
			const [notes] = await related(merged, part, 'notesSlide');
			expect(notes, part).toBeDefined();
			expect(notes).not.toMatch(/^ppt\/notesSlides\/notesSlide[123]\.xml$/);
			expect(await related(merged, notes!, 'notesMaster')).toEqual(masters);
			expect(await related(merged, notes!, 'slide')).toEqual([part]);
			// The notes as written without a template: the narration, in the scene's language.
			const [own] = await related(plain, ours[i]!, 'notesSlide');
			expect(await merged.text(notes!)).toBe(await plain.text(own!));
		}
		const narrated = await Promise.all(order.map(async (part) => merged.text((await related(merged, part, 'notesSlide'))[0]!)));
		for (const scene of scenes) expect(narrated.some((xml) => xml.includes('lang="ja-JP"') && xml.includes(scene.notes!.split('\n')[0]!.slice(0, 12)))).toBe(true);
	});

	it('inserts first with after 0, last by default, and refuses a slide the template does not have', async () => {
		const deck = await scenesToPptx(scenes.slice(0, 1));
		const count = (await (await open(deck)).slides()).length;
		const theirs = ['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml', 'ppt/slides/slide3.xml'];
		const first = await (await open(await intoTemplate(deck, template, { after: 0 }))).slides();
		expect(first.slice(count)).toEqual(theirs);
		expect(first).toHaveLength(3 + count);
		const last = await (await open(await intoTemplate(deck, template))).slides();
		expect(last.slice(0, 3)).toEqual(theirs);
		expect(last).toHaveLength(3 + count);
		await expect(intoTemplate(deck, template, { after: 4 })).rejects.toThrow(/after slide 4: it has 3 slide\(s\)/);
		await expect(intoTemplate(deck, template, { after: 1.5 })).rejects.toThrow(/choose 0–3/);
		// Refused before any slide is drawn, too.
		await expect(scenesToPptx(scenes, { template, after: 7 })).rejects.toThrow(/it has 3 slide\(s\)/);
	});

	it('makes a .potx a presentation', async () => {
		const potx = await makeTemplate({ potx: true });
		expect(contentTypeOf(await (await open(potx)).text('[Content_Types].xml'), 'ppt/presentation.xml')).toMatch(/template\.main/);
		const deck = await scenesToPptx(scenes.slice(0, 2));
		const out = await open(await intoTemplate(deck, potx, { after: 2 }));
		const types = await out.text('[Content_Types].xml');
		expect(contentTypeOf(types, 'ppt/presentation.xml')).toBe(PRESENTATION_MAIN);
		expect(types).not.toContain('template.main');
		const order = await out.slides();
		expect(order).toHaveLength(3 + (await (await open(deck)).slides()).length);
		expect(order.at(-1)).toBe('ppt/slides/slide3.xml');
		await expectWholePackage(out);
	});

	it('brings our notes master, with its theme under a name of its own, into a template without one', async () => {
		const bare = await makeTemplate({ notesMaster: false, slides: 2 });
		const out = await open(await intoTemplate(await scenesToPptx(scenes.slice(0, 2)), bare));
		const [master] = await related(out, 'ppt/presentation.xml', 'notesMaster');
		expect(master).toBeDefined();
		const [theme] = await related(out, master!, 'theme');
		expect(theme).not.toBe('ppt/theme/theme1.xml');
		expect(await out.zip.file('ppt/theme/theme1.xml')!.async('uint8array')).toEqual(await (await open(bare)).zip.file('ppt/theme/theme1.xml')!.async('uint8array'));
		const presentation = await out.text('ppt/presentation.xml');
		// In schema order: masters, notes master, slides.
		expect(presentation.indexOf('</p:sldMasterIdLst><p:notesMasterIdLst>')).toBeGreaterThan(0);
		expect(presentation.indexOf('<p:notesMasterIdLst>')).toBeLessThan(presentation.indexOf('<p:sldIdLst>'));
		for (const part of (await out.slides()).slice(2)) {
			const [notes] = await related(out, part, 'notesSlide');
			expect(await related(out, notes!, 'notesMaster')).toEqual([master]);
		}
		await expectWholePackage(out);
	});

	it('carries a slide’s media under a fresh name, twice into the same deck', async () => {
		const pptx = new PptxGenJS();
		pptx.layout = 'LAYOUT_WIDE';
		const dot = 'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
		pptx.addSlide().addImage({ data: dot, x: 1, y: 1, w: 1, h: 1 });
		const deck = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
		const twice = await open(await intoTemplate(deck, await intoTemplate(deck, template)));
		const added = (await twice.slides()).slice(3);
		const images = await Promise.all(added.map(async (part) => (await related(twice, part, 'image'))[0]));
		expect(images.every(Boolean)).toBe(true);
		expect(new Set(images).size).toBe(2);
		await expectWholePackage(twice);
	});

	it('prefers a Title Only layout, then a Blank one, then the master’s first', async () => {
		const retyped = async (types: Record<string, string>) => {
			const zip = await JSZip.loadAsync(template);
			for (const n of [1, 2]) {
				const path = `ppt/slideLayouts/slideLayout${n}.xml`;
				const xml = (await zip.file(path)!.async('string')).replace(/<p:sldLayout type="\w+" /, '<p:sldLayout ');
				zip.file(path, types[path] ? xml.replace('<p:sldLayout ', `<p:sldLayout type="${types[path]}" `) : xml);
			}
			return (await openTemplate(await zip.generateAsync({ type: 'uint8array' }))).layout;
		};
		expect(await retyped({ 'ppt/slideLayouts/slideLayout1.xml': 'blank', 'ppt/slideLayouts/slideLayout2.xml': 'titleOnly' })).toBe('ppt/slideLayouts/slideLayout2.xml');
		expect(await retyped({ 'ppt/slideLayouts/slideLayout1.xml': 'title', 'ppt/slideLayouts/slideLayout2.xml': 'blank' })).toBe('ppt/slideLayouts/slideLayout2.xml');
		expect(await retyped({ 'ppt/slideLayouts/slideLayout2.xml': 'title' })).toBe('ppt/slideLayouts/slideLayout1.xml');
	});

	it('refuses what is not a 16:9 PowerPoint file, saying what it found', async () => {
		await expect(openTemplate(new TextEncoder().encode('not a deck'))).rejects.toThrow('template: not a PowerPoint file (it is not a zip package)');
		const zip = new JSZip();
		zip.file('word/document.xml', '<w:document/>');
		await expect(openTemplate(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/no presentation part/);
		await expect(openTemplate(await makeTemplate({ size: { cx: 9144000, cy: 6858000 } }))).rejects.toThrow(
			"template: its slides are 10 × 7.5 in; these slides need 13.333 × 7.5 in (PowerPoint’s Widescreen 16:9)"
		);
		await expect(openTemplate(await makeTemplate({ size: { cx: 9144000, cy: 5143500 } }))).rejects.toThrow(/its slides are 10 × 5.625 in/);
	});

	const soffice = findSoffice();
	it.skipIf(!soffice)(
		soffice ? 'LibreOffice converts decks made from a .pptx and a .potx to PDF, one page per slide' : 'LibreOffice round trip — skipped: soffice is not installed',
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'renkei-tpl-'));
			try {
				const expected = new Map<string, number>();
				for (const [name, bytes] of [
					['pptx', template],
					['potx', await makeTemplate({ potx: true })],
					['bare', await makeTemplate({ notesMaster: false, slides: 2 })]
				] as const) {
					const out = await scenesToPptx(scenes, { template: bytes, after: 1 });
					writeFileSync(join(dir, `${name}.pptx`), out);
					expected.set(name, (await (await open(out)).slides()).length);
				}
				// A profile of its own, so a LibreOffice already running elsewhere does not take the job.
				execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...[...expected.keys()].map((k) => join(dir, `${k}.pptx`))], { stdio: 'ignore', timeout: 180_000 });
				for (const [name, slides] of expected) {
					const pdf = readFileSync(join(dir, `${name}.pdf`)).toString('latin1');
					expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length, name).toBe(slides);
				}
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		},
		240_000
	);
});
