// Structural checks of the real diagrams in data/, in both languages.
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { loadModel } from '../model/load.ts';
import { LANGS } from '../model/schema.ts';
import { absoluteBoxes, contains, onBorder, overlaps, segmentCrosses } from './geometry.ts';
import { diagramRelationships } from '../model/model.ts';
import { layoutDiagram } from './layout.ts';
import { CARD_DETAILS } from './card-picture.ts';
import { GROUP_LABEL, GROUP_PAD } from './elk-graph.ts';
import { FRAME_LABEL_TOP } from './frame-label.ts';
import { lineBox, textWidth } from './text.ts';

const result = loadModel(readDataFiles(new URL('../../../data', import.meta.url).pathname, process.cwd()));
if (!result.ok) throw new Error('data/ is invalid: run npm run check:data');
const model = result.model;
const elk = new ELK();

// Every detail level has its own spacing: the tight one of names alone must keep the same rules.
const cases = model.diagrams.flatMap((d) => CARD_DETAILS.map((detail) => [d.id, detail] as const));

describe.each(cases)('diagram %s at %s detail', (id, detail) => {
	const diagram = model.diagrams.find((d) => d.id === id)!;

	it.each(LANGS)('lays out without overlaps, with children inside parents (%s)', async (lang) => {
		const layout = await layoutDiagram(diagram, model, lang, elk, detail);
		const boxes = absoluteBoxes(layout);
		expect(layout.nodes.length).toBe(diagram.nodes.length + diagram.groups.length);
		for (const n of layout.nodes) {
			if (n.parentId) expect(contains(boxes.get(n.parentId)!, boxes.get(n.id)!), `${n.id} inside ${n.parentId}`).toBe(true);
			for (const m of layout.nodes) {
				if (m.id <= n.id || m.parentId === n.id || n.parentId === m.id || m.parentId !== n.parentId) continue;
				expect(overlaps(boxes.get(n.id)!, boxes.get(m.id)!), `${n.id} overlaps ${m.id}`).toBe(false);
			}
		}
	});

	it.each(LANGS)('routes every edge between its own nodes, around the others (%s)', async (lang) => {
		const layout = await layoutDiagram(diagram, model, lang, elk, detail);
		const boxes = absoluteBoxes(layout);
		const bodies = layout.nodes.filter((n) => n.type === 'body');
		const expected = diagramRelationships(diagram, model);
		expect(layout.edges.map((e) => e.id).sort()).toEqual(expected.map((r) => r.id).sort());
		for (const e of layout.edges) {
			expect(onBorder(e.points[0]!, boxes.get(e.source)!, 2), `${e.id} starts on ${e.source}`).toBe(true);
			expect(onBorder(e.points.at(-1)!, boxes.get(e.target)!, 2), `${e.id} ends on ${e.target}`).toBe(true);
			for (let i = 1; i < e.points.length; i++) {
				const [a, b] = [e.points[i - 1]!, e.points[i]!];
				expect(Math.abs(a.x - b.x) < 0.5 || Math.abs(a.y - b.y) < 0.5, `${e.id} segment ${i} orthogonal`).toBe(true);
				for (const n of bodies) {
					if (n.id === e.source || n.id === e.target) continue;
					expect(segmentCrosses(a, b, boxes.get(n.id)!), `${e.id} crosses ${n.id}`).toBe(false);
				}
			}
			if (e.label) {
				for (const n of bodies) expect(overlaps(e.label, boxes.get(n.id)!), `label of ${e.id} over ${n.id}`).toBe(false);
			}
		}
	});

	it.each(LANGS)("writes every frame's name where it crosses the fewest links and link labels (%s)", async (lang) => {
		const layout = await layoutDiagram(diagram, model, lang, elk, detail);
		const boxes = absoluteBoxes(layout);
		for (const n of layout.nodes) {
			if (n.type !== 'group') continue;
			const frame = boxes.get(n.id)!;
			const width = textWidth(n.label, GROUP_LABEL);
			// The name's line with room for an arrowhead on either side, at x; a link may touch it.
			const name = (x: number) => ({ x: x - 8, y: frame.y + FRAME_LABEL_TOP, width: width + 16, height: lineBox(GROUP_LABEL) });
			const crossed = (x: number) =>
				layout.edges.filter((e) => e.points.some((b, i) => i > 0 && segmentCrosses(e.points[i - 1]!, b, name(x))) || (e.label && overlaps(e.label, name(x)))).length;
			// Every place along the top, a pixel apart.
			const places = [frame.x + GROUP_PAD];
			for (let x = frame.x + GROUP_PAD; x + width <= frame.x + frame.width - GROUP_PAD; x++) places.push(x);
			const fewest = Math.min(...places.map(crossed));
			expect(crossed(frame.x + n.labelX), `${n.id}: crossings of its name`).toBeLessThanOrEqual(fewest);
			if (frame.width >= width + 2 * GROUP_PAD) expect(frame.x + n.labelX + width, `${n.id}'s name inside it`).toBeLessThanOrEqual(frame.x + frame.width - GROUP_PAD);
		}
	});
});
