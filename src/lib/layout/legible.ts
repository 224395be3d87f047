import { typographyFor, type CardDetail } from './card-picture.ts';

/** The title size, in screen pixels, an audience reads from the back of a room showing a screen this tall. */
export function audienceTitlePx(screenHeight: number): number {
	return Math.max(24, (screenHeight * 32) / 1080);
}

/** The zoom at which a layout's smallest name reaches `titlePx` screen pixels. */
export function legibleZoom(detail: CardDetail, titlePx: number): number {
	const type = typographyFor(detail);
	// A hair above, so that rounding in the canvas transform never leaves a name a fraction below.
	return (titlePx / Math.min(type.title.size, type.label.size)) * 1.001;
}
