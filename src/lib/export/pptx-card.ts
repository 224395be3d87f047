import type { Card } from '../layout/card.ts';
import { drawCard, markPicture, type CardDetail, type CardText } from '../layout/card-picture.ts';
import { lineBox } from '../layout/text.ts';
import type { Box } from '../layout/types.ts';
import type { Mark } from '../theme/marks.ts';
import { lightPaint, THEMES } from '../theme/theme.ts';
import type { BorderSite } from './pptx-connector.ts';
import { EMU_PER_PT, esc, shapeXml, type EmuBox, type TextFrame } from './pptx-xml.ts';

/**
 * A body as a PowerPoint group: its box, then every rule, chip, bullet and text line where drawCard
 * puts them on screen, so slide and screen show one picture. Grouped, the parts move with the box;
 * connectors glue to the box itself.
 */
export interface CardGroup {
	/** the group's frame, in pt, halo included */
	bounds: Box;
	xml: (boxId: number, freshId: () => number) => string;
}

const toEmu = (b: Box): EmuBox => ({ x: b.x * EMU_PER_PT, y: b.y * EMU_PER_PT, width: b.width * EMU_PER_PT, height: b.height * EMU_PER_PT });

function textFrame(text: CardText, s: number): TextFrame {
	return {
		paragraphs: text.lines.map((line) => ({
			runs: [{ text: line.trimEnd(), lang: text.lang, sizePt: text.font.size * s, bold: text.font.bold, colour: lightPaint(text.paint) }],
			align: text.align === 'middle' ? 'ctr' : 'l',
			lineHeightPt: lineBox(text.font) * s
		})),
		insetsPt: [0, 0, 0, 0],
		anchor: 't',
		// The lines are already broken as on screen: a face a hair wider must not wrap them again.
		wrap: false
	};
}

/**
 * `box` is the body's place in layout px; `place` maps layout px to slide pt at `s` pt per px; `sites`
 * are the box's connection sites beyond its side midpoints, where routes meet it elsewhere.
 */
export function cardGroup(card: Card, box: Box, detail: CardDetail, mark: Mark, place: (b: Box) => Box, s: number, sites: BorderSite[] = []): CardGroup {
	const picture = markPicture(drawCard(card, box, detail), mark);
	const { look } = picture;
	const at = (b: Box) => place({ x: box.x + b.x, y: box.y + b.y, width: b.width, height: b.height });
	const outer = look.halo ? look.halo.gap + look.halo.width : 0;
	const bounds = place({ x: box.x - outer, y: box.y - outer, width: box.width + 2 * outer, height: box.height + 2 * outer });
	const slideBox = place(box);
	const radius = (r: number, b: Box) => r / Math.min(b.width, b.height);
	const border = THEMES.light.sides[picture.side].borderWidth;

	const xml = (boxId: number, freshId: () => number) => {
		const parts: string[] = [];
		if (look.halo) {
			const { width, gap, paint, opacity } = look.halo;
			const o = gap + width / 2;
			const ring = { x: -o, y: -o, width: box.width + 2 * o, height: box.height + 2 * o };
			parts.push(
				shapeXml({
					id: freshId(),
					// One name whatever the mark, so Morph carries the highlight from slide to slide.
					name: `${card.title} (highlight)`,
					box: toEmu(at(ring)),
					geometry: 'roundRect',
					radius: radius(picture.radius + o, ring),
					fill: null,
					line: { colour: lightPaint(paint), opacity, widthPt: Math.max(0.75, width * s) }
				})
			);
		}
		parts.push(
			shapeXml({
				id: boxId,
				name: card.title,
				box: toEmu(slideBox),
				geometry: 'roundRect',
				radius: radius(picture.radius, box),
				sites,
				fill: { colour: lightPaint(picture.fill) },
				line: { colour: lightPaint(picture.stroke), widthPt: Math.max(0.5, border * s), dash: look.dashed ? 'dash' : undefined }
			})
		);
		for (const shape of picture.shapes) {
			parts.push(
				shapeXml({
					id: freshId(),
					name: `${card.title} ${shape.part}`,
					box: toEmu(at(shape)),
					geometry: shape.part === 'bullet' ? 'ellipse' : shape.radius ? 'roundRect' : 'rect',
					radius: radius(shape.radius, shape),
					fill: { colour: lightPaint(shape.paint) },
					line: null
				})
			);
		}
		for (const text of picture.texts) {
			const frame = at({ x: text.x, y: text.y, width: text.width, height: text.lines.length * lineBox(text.font) });
			parts.push(
				shapeXml({ id: freshId(), name: `${card.title} ${text.part}`, box: toEmu(frame), geometry: 'rect', fill: null, line: null, textBox: true, text: textFrame(text, s) })
			);
		}
		return groupXml(freshId(), card.title, toEmu(bounds), parts.join(''));
	};
	return { bounds, xml };
}

/** A group whose children keep slide coordinates (child offset and extent equal its own). */
function groupXml(id: number, name: string, box: EmuBox, children: string): string {
	const int = (n: number) => String(Math.round(n));
	const off = `<a:off x="${int(box.x)}" y="${int(box.y)}"/><a:ext cx="${int(box.width)}" cy="${int(box.height)}"/>`;
	const chOff = `<a:chOff x="${int(box.x)}" y="${int(box.y)}"/><a:chExt cx="${int(box.width)}" cy="${int(box.height)}"/>`;
	return (
		`<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="${esc(name)} (group)"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
		`<p:grpSpPr><a:xfrm>${off}${chOff}</a:xfrm></p:grpSpPr>${children}</p:grpSp>`
	);
}
