import { describe, expect, it } from 'vitest';
import type { DiagramLayout } from '../layout/types.ts';
import { absoluteBoxes } from '../layout/geometry.ts';
import { audienceTitlePx, legibleZoom } from '../layout/legible.ts';
import { aimAtMarks, readableTitlePx, viewportFor } from './camera.ts';

const range = { min: 0.1, max: 3, padding: 0 };
const pane = { width: 1000, height: 500 };

describe('viewportFor', () => {
	it('fits and centres the frame when that is legible', () => {
		const v = viewportFor({ frame: { x: 0, y: 0, width: 500, height: 100 }, least: 1 }, pane, range);
		expect(v.zoom).toBe(2);
		// The frame's centre (250, 50) lands on the pane's centre.
		expect(250 * v.zoom + v.x).toBe(500);
		expect(50 * v.zoom + v.y).toBe(250);
	});

	it('keeps the legible zoom and centres on the core when the frame is too big', () => {
		const v = viewportFor({ frame: { x: 0, y: 0, width: 4000, height: 1000 }, core: { x: 3000, y: 0, width: 200, height: 100 }, least: 1.5 }, pane, range);
		expect(v.zoom).toBe(1.5);
		expect(3100 * v.zoom + v.x).toBe(500);
	});

	it('stays at the legible zoom however small the core', () => {
		const v = viewportFor({ frame: { x: 0, y: 0, width: 4000, height: 1000 }, core: { x: 0, y: 0, width: 10, height: 10 }, least: 1.5 }, pane, range);
		expect(v.zoom).toBe(1.5);
	});

	it('without a legible zoom fits whatever the size', () => {
		expect(viewportFor({ frame: { x: 0, y: 0, width: 4000, height: 1000 } }, pane, range).zoom).toBe(0.25);
	});

	it('leaves the padding as margin', () => {
		expect(viewportFor({ frame: { x: 0, y: 0, width: 500, height: 100 } }, pane, { ...range, padding: 0.25 }).zoom).toBe(1.6);
	});
});

describe('audienceTitlePx', () => {
	it('asks 24 px on a 720-pixel screen and 32 px on a 1080-pixel one', () => {
		expect(audienceTitlePx(720)).toBe(24);
		expect(audienceTitlePx(1080)).toBe(32);
		expect(audienceTitlePx(400)).toBe(24);
	});

	it('turns into the zoom that brings the smallest name there', () => {
		expect(legibleZoom('title', 24)).toBeCloseTo(24 / 17);
		expect(legibleZoom('full', 32)).toBeCloseTo(32 / 14);
	});

	it('asks less of a phone, read in the hand, than of a room', () => {
		expect(readableTitlePx({ width: 390, height: 844 })).toBe(16);
		expect(readableTitlePx({ width: 844, height: 390 })).toBe(24);
		expect(readableTitlePx({ width: 1920, height: 1080 })).toBe(32);
	});
});

const card = { kind: 'body' } as never;
const layout: DiagramLayout = {
	diagram: 'x',
	lang: 'en',
	detail: 'title',
	width: 1000,
	height: 300,
	nodes: [
		{ id: 'a', type: 'body', x: 0, y: 0, width: 100, height: 50, card },
		{ id: 'b', type: 'body', x: 400, y: 0, width: 100, height: 50, card },
		{ id: 'c', type: 'body', x: 800, y: 200, width: 100, height: 50, card }
	],
	edges: [
		{ id: 'ab', source: 'a', target: 'b', kind: 'coordination', directed: false, asNeeded: false, points: [], label: { x: 200, y: 60, width: 80, height: 20, text: 'l', lines: ['l'], font: { size: 13, weight: 400 } as never } },
		{ id: 'bc', source: 'b', target: 'c', kind: 'coordination', directed: false, asNeeded: false, points: [] }
	]
};

describe('aimAtMarks', () => {
	const boxes = absoluteBoxes(layout);

	it('frames a focused body with its neighbours, and keeps the body as the core', () => {
		const aim = aimAtMarks(layout, boxes, { nodes: { a: 'dim', b: 'focus', c: 'dim' }, edges: { ab: 'dim', bc: 'dim' } }, 1.4)!;
		expect(aim.core).toEqual({ x: 400, y: 0, width: 100, height: 50 });
		expect(aim.frame).toEqual({ x: 0, y: 0, width: 900, height: 250 });
		expect(aim.least).toBe(1.4);
	});

	it('frames a focused link by its two ends and its label', () => {
		const aim = aimAtMarks(layout, boxes, { nodes: { a: 'near', b: 'near', c: 'dim' }, edges: { ab: 'focus', bc: 'dim' } }, 1)!;
		expect(aim.core).toEqual({ x: 0, y: 0, width: 500, height: 80 });
	});

	it('aims nowhere when nothing is highlighted', () => {
		expect(aimAtMarks(layout, boxes, { nodes: { a: 'active', b: 'plain', c: 'dim' }, edges: {} }, 1)).toBeNull();
	});
});
