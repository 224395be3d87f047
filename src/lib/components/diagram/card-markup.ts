import type { Lang } from '$lib/i18n/lang';
import type { CardPicture, CardShape, CardText } from '$lib/layout/card-picture';
import { lineBox } from '$lib/layout/text';
import { cssPaint } from '$lib/theme/theme';

// The inside of a card on screen as one string of markup, which the page hydrates by adopting what
// the server wrote instead of re-creating a dozen reactive spans per card: the screen's half of the
// picture that the SVG and PowerPoint writers draw from the same `CardPicture`.

/** Text and attribute values as markup; a carriage return stays one (the parser would drop it). */
const escape = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');

const styleOf = (props: Record<string, string>) =>
	escape(
		Object.entries(props)
			.map(([name, value]) => `${name}: ${value};`)
			.join(' ')
	);

const shapeMarkup = (shape: CardShape) =>
	`<span class="shape ${escape(shape.part)}" style="${styleOf({
		left: `${shape.x}px`,
		top: `${shape.y}px`,
		width: `${shape.width}px`,
		height: `${shape.height}px`,
		'border-radius': `${shape.radius}px`,
		background: cssPaint(shape.paint)
	})}"></span>`;

function textMarkup(text: CardText, cardLang: Lang): string {
	const classes = `text ${text.part}${text.align === 'middle' ? ' middle' : ''}`;
	// Only a line in the other language needs its own, for its glyphs and line breaking.
	const lang = text.lang === cardLang ? '' : ` lang="${escape(text.lang)}"`;
	const style = styleOf({
		left: `${text.x}px`,
		top: `${text.y}px`,
		width: `${text.width}px`,
		'font-size': `${text.font.size}px`,
		'line-height': `${lineBox(text.font)}px`,
		'font-weight': text.font.bold ? '700' : '400',
		color: cssPaint(text.paint)
	});
	const lines = text.lines.map((line) => `<span class="line">${escape(line)}</span>`).join('');
	return `<span class="${escape(classes)}"${lang} style="${style}">${lines}</span>`;
}

/** The shapes, then the texts, of a card's picture, placed in px from its box's top-left corner. */
export function cardMarkup(picture: Pick<CardPicture, 'shapes' | 'texts'>, cardLang: Lang): string {
	return picture.shapes.map(shapeMarkup).join('') + picture.texts.map((t) => textMarkup(t, cardLang)).join('');
}
