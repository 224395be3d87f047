import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadDataModel, loadSceneSource } from '../../../scripts/scene-source.ts';
import { LANGS } from '../model/schema.ts';
import { lightPaint } from '../theme/theme.ts';
import { buildScenes } from './scenes.ts';
import { sceneToSvg } from './svg.ts';

const model = loadDataModel();
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!)).join('');

describe.each(model.diagrams.map((d) => d.id))('sceneToSvg %s', (id) => {
	it.each(LANGS)('holds every body as real text, every edge, the legend and the source (%s)', async (lang) => {
		const source = await loadSceneSource(model, id, lang);
		const result = buildScenes(source, {});
		if (!result.ok) throw new Error(result.error);
		const svg = sceneToSvg(result.scenes[0]!);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		// Browsers decode an SVG image only when it is well-formed XML (the PNG export draws one).
		expect(XMLValidator.validate(svg)).toBe(true);
		const all = texts(svg).replace(/\s/g, '');
		for (const n of source.layout.nodes) {
			if (n.type !== 'body') continue;
			expect(all, n.id).toContain(n.card.title.replace(/\s/g, ''));
			expect(svg).toContain(`<g class="body" data-id="${n.id}"`);
		}
		expect(svg.match(/<g class="edge"/g)?.length ?? 0).toBe(source.layout.edges.length);
		for (const l of result.scenes[0]!.legend) expect(all).toContain(l.label.replace(/\s/g, ''));
		expect(all).toContain(result.scenes[0]!.sourceLine.replace(/\s/g, ''));
	});
});

describe('sceneToSvg options and marks', () => {
	it('draws a white background unless asked for transparency, and escapes text', async () => {
		const source = await loadSceneSource(model, 'acm', 'en');
		const scene = buildScenes(source, {});
		if (!scene.ok) throw new Error(scene.error);
		expect(sceneToSvg(scene.scenes[0]!)).toContain(`<rect width="100%" height="100%" fill="${lightPaint('surface')}"/>`);
		expect(sceneToSvg(scene.scenes[0]!, { background: 'transparent' })).not.toContain('<rect width="100%"');
		const hostile = { ...scene.scenes[0]!, title: '<script>alert(1)</script> & co' };
		const svg = sceneToSvg(hostile);
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
	});

	it('outlines a walkthrough step’s focus and dims the rest', async () => {
		const source = await loadSceneSource(model, 'acm', 'ja');
		const walk = source.scenario.walkthroughs[0]!;
		const index = walk.steps.findIndex((s) => 'body' in s.target);
		const result = buildScenes(source, { walkthrough: walk.id, step: index });
		if (!result.ok) throw new Error(result.error);
		const svg = sceneToSvg(result.scenes[0]!);
		const target = (walk.steps[index]!.target as { body: string }).body;
		// The focus ring comes first in the body's group, in the theme's focus colour.
		expect(svg).toMatch(new RegExp(`<g class="body" data-id="${target}" data-mark="focus"><rect[^>]*fill="none" stroke="${lightPaint('focus')}"`));
		// Dimmed bodies are greyed, not transparent, so their text keeps its contrast.
		const dimmed = [...svg.matchAll(/<g class="body" data-id="[^"]+" data-mark="dim">(.*?)<\/g>/g)].map((m) => m[1]!);
		expect(dimmed.length).toBeGreaterThan(0);
		for (const body of dimmed) {
			expect(body).not.toContain('opacity');
			for (const fill of body.matchAll(/<text[^>]* fill="([^"]+)"/g)) expect(fill[1]).toBe(lightPaint('muted'));
		}
	});
});
