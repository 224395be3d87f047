import { describe, expect, it } from 'vitest';
import { diagramTakesTouch, paneTouchAction, touchGestures } from './touch-gestures.ts';

describe('touchGestures', () => {
	it('leaves a mouse or trackpad as it was: one finger pans, no switch', () => {
		expect(touchGestures(false, false)).toEqual({ offerToggle: false, oneFingerPans: true });
		expect(touchGestures(false, true)).toEqual({ offerToggle: false, oneFingerPans: true });
	});

	it('on a touch screen gives one finger to the page until the reader turns the switch on', () => {
		expect(touchGestures(true, false)).toEqual({ offerToggle: true, oneFingerPans: false });
		expect(touchGestures(true, true)).toEqual({ offerToggle: true, oneFingerPans: true });
	});

	it('gives one finger to the diagram while presenting, where no page scrolls around it', () => {
		expect(touchGestures(true, false, true)).toEqual({ offerToggle: false, oneFingerPans: true });
	});
});

describe('diagramTakesTouch', () => {
	it('gives the diagram two fingers always, one only when one finger pans', () => {
		expect(diagramTakesTouch(1, false)).toBe(false);
		expect(diagramTakesTouch(2, false)).toBe(true);
		expect(diagramTakesTouch(3, false)).toBe(true);
		expect(diagramTakesTouch(1, true)).toBe(true);
		expect(diagramTakesTouch(2, true)).toBe(true);
	});
});

describe('paneTouchAction', () => {
	it('lets the browser scroll only when one finger is the page’s, and never pinch-zoom the page', () => {
		expect(paneTouchAction(false)).toBe('pan-x pan-y');
		expect(paneTouchAction(true)).toBe('none');
	});
});
