import { describe, expect, it } from 'vitest';
import { decorations, marginsClearOf } from './pptx-decorations.ts';
import { OWN_LOOK } from './pptx-slide.ts';

const emu = (pt: number) => Math.round(pt * 12700);
const sp = (x: number, y: number, w: number, h: number, ph = '') =>
	`<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"/><p:cNvSpPr/><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm></p:spPr></p:sp>`;
const pic = (x: number, y: number, w: number, h: number) =>
	`<p:pic><p:nvPicPr><p:cNvPr id="3" name="logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:spPr><a:xfrm><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm></p:spPr></p:pic>`;

describe('template decorations', () => {
	it('reads shapes and pictures but not placeholders', () => {
		const xml = `<p:spTree>${sp(0, 500, 960, 40)}${sp(30, 20, 900, 40, '<p:ph type="title"/>')}${pic(880, 10, 60, 30)}</p:spTree>`;
		expect(decorations(xml)).toEqual([
			{ x: 0, y: 500, width: 960, height: 40 },
			{ x: 880, y: 10, width: 60, height: 30 }
		]);
	});

	it('widens the margins past what hugs an edge, and only that', () => {
		const base = OWN_LOOK.margins;
		expect(marginsClearOf([], base)).toEqual(base);
		// a footer band, a logo in the top corner, a strip down the left side
		const m = marginsClearOf(
			[
				{ x: 0, y: 511, width: 960, height: 29 },
				{ x: 880, y: 10, width: 60, height: 40 },
				{ x: 0, y: 100, width: 40, height: 300 }
			],
			base
		);
		expect(m).toEqual({ x: 46, top: 56, bottom: 35 });
		// a full-slide picture is a background; a shape in the middle is the template's business
		expect(marginsClearOf([{ x: 0, y: 0, width: 960, height: 540 }, { x: 400, y: 200, width: 100, height: 100 }], base)).toEqual(base);
	});
});
