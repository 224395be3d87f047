import { sourceLine, stageLabel } from '../format/labels.ts';
import { stepTargets } from '../scenario/targets.ts';
import { operationsTable, type OperationsTable } from '../format/operations.ts';
import { t } from '../i18n/messages.ts';
import type { Box, DiagramLayout } from '../layout/types.ts';
import type { Lang, RelationshipKind } from '../model/schema.ts';
import type { StageDetail } from '../scenario/detail.ts';
import { diagramMarks, type Emphasis } from '../scenario/marks.ts';
import { compareDates } from '../scenario/dates.ts';
import { stageAt } from '../scenario/state.ts';
import type { SceneRequest, SceneSource } from '../scenario/source.ts';
import { EDGE_STYLE } from '../theme/theme.ts';
import { absoluteBoxes } from '../layout/geometry.ts';
import { diagramParts } from '../layout/parts.ts';

/** One picture to export: a slide, an SVG or a PNG. Everything it shows is already decided. */
export interface ExportScene {
	lang: Lang;
	title: string;
	/** the stage and step, when the scene is a moment of a scenario */
	subtitle?: string;
	/** narration, for speaker notes */
	notes?: string;
	layout: DiagramLayout;
	marks: Emphasis;
	legend: { kind: RelationshipKind; label: string; dash: string; stroke: string }[];
	sourceLine: string;
	/** tables that follow this picture on slides of their own: a stage's operations (PowerPoint only) */
	tables?: SceneTable[];
	/** the part of the layout this picture shows, when the whole is too big to read (PowerPoint only) */
	part?: Box;
}

/** A stage's table, for a slide of its own right after the first slide that shows the stage. */
export interface SceneTable {
	/** the stage, as the slide's subtitle */
	stage: string;
	table: OperationsTable;
}

export type SceneResult = { ok: true; scenes: ExportScene[] } | { ok: false; error: string };

/** Scenes for a request, from the same layout and rules the screen uses; unknown ids are errors, not guesses. */
export function buildScenes(source: SceneSource, request: SceneRequest): SceneResult {
	const { layout, detail, scenario } = source;
	const lang = layout.lang;
	const walk = request.walkthrough ? scenario.walkthroughs.find((w) => w.id === request.walkthrough) : undefined;
	if (request.walkthrough && !walk) {
		const known = scenario.walkthroughs.map((w) => w.id);
		return { ok: false, error: `unknown walkthrough "${request.walkthrough}" for diagram "${detail.id}" (known: ${known.join(', ') || 'none'})` };
	}
	const stageId = walk?.stage ?? request.stage ?? null;
	const stage = stageId ? scenario.stages.find((s) => s.id === stageId) : undefined;
	if (stageId && !stage) {
		return { ok: false, error: `unknown stage "${stageId}" for diagram "${detail.id}" (known: ${scenario.stages.map((s) => s.id).join(', ') || 'none'})` };
	}
	const compare = request.compare ? scenario.stages.find((s) => s.id === request.compare) : undefined;
	if (request.compare && !compare) {
		return { ok: false, error: `unknown stage "${request.compare}" to compare for diagram "${detail.id}" (known: ${scenario.stages.map((s) => s.id).join(', ') || 'none'})` };
	}
	if (walk && request.step != null && (request.step < 0 || request.step >= walk.steps.length)) {
		return { ok: false, error: `step ${request.step + 1} is out of range: "${walk.id}" has ${walk.steps.length} steps` };
	}

	const sources = sourceLine(detail.sources, lang);
	const kinds = [...new Set(layout.edges.map((e) => e.kind))];
	const legend = kinds.map((kind) => ({
		kind,
		label: detail.legend[kind]?.[lang] ?? t(lang, EDGE_STYLE[kind].label),
		dash: EDGE_STYLE[kind].dash,
		stroke: EDGE_STYLE[kind].stroke
	}));
	const date = request.date ?? null;
	const dates = date && request.compareDate ? compareDates(source, layout.edges, date, request.compareDate) : null;
	const diagram = { nodes: layout.nodes, edges: layout.edges, established: source.established };
	const hidden = hiddenDetail(layout);
	const stageTitle = (s: StageDetail) => stageLabel(s, lang);
	// Only C-2 has operations today; any stage that records some gets its table.
	const tablesOf = (...stages: (StageDetail | undefined)[]): SceneTable[] | undefined => {
		const tables = stages.flatMap((s) => (s && s.operations.length > 0 ? [{ stage: stageTitle(s), table: operationsTable(s.operations, lang) }] : []));
		return tables.length > 0 ? tables : undefined;
	};
	const scene = (marks: Emphasis, subtitle?: string, notes?: string, tables?: SceneTable[]): ExportScene => ({
		lang,
		title: detail.title[lang],
		subtitle: [subtitle, date ? `${t(lang, 'asOf')} ${date}` : '', dates ? `${t(lang, 'comparedWith')} ${request.compareDate}` : ''].filter(Boolean).join(' · ') || undefined,
		notes: [notes, hidden].filter(Boolean).join('\n\n') || undefined,
		layout,
		marks,
		legend,
		sourceLine: sources,
		...(tables ? { tables } : {})
	});

	if (walk && stage) {
		const steps = request.step != null ? [request.step] : walk.steps.map((_, i) => i);
		// A walkthrough may move through stages; each step is titled with its own.
		const stageOf = (i: number) => scenario.stages.find((s) => s.id === stageAt(walk, i)) ?? stage;
		return {
			ok: true,
			scenes: steps.map((i, k) => {
				const step = walk.steps[i]!;
				const here = stageOf(i);
				const counter = t(lang, 'stepOf', { n: String(i + 1), total: String(walk.steps.length) });
				const illustrative = step.illustrative ? ` (${t(lang, 'illustrative')})` : '';
				const label = `${stageTitle(here)} · ${walk.title[lang]} · ${counter}: ${step.title[lang]}${illustrative}`;
				// A stage's table once, after the first slide in that stage.
				const first = k === 0 || stageOf(steps[k - 1]!) !== here;
				return scene(diagramMarks(diagram, { stage: here, step: stepTargets(step), date, dates }), label, step.narration[lang], first ? tablesOf(here) : undefined);
			})
		};
	}
	if (request.allStages) {
		return {
			ok: true,
			scenes: scenario.stages.map((s) =>
				scene(diagramMarks(diagram, { stage: s, date, dates }), stageTitle(s), s.measures.map((m) => `• ${m[lang]}`).join('\n'), tablesOf(s))
			)
		};
	}
	const title = stage && [stage, ...(compare ? [compare] : [])].map(stageTitle).join(' ⇄ ');
	return { ok: true, scenes: [scene(diagramMarks(diagram, { stage, compare, date, dates }), title, undefined, tablesOf(stage, compare))] };
}

/** A body's card as the full level draws it, for a level that leaves part of it out. */
export interface HiddenCard {
	title: string;
	/** its roles, then each side's participants */
	lines: string[];
}

/**
 * What the cards of a compact or title layout leave out: each body's roles and participants, for the
 * speaker notes and the printed page, so the full card stays one glance away.
 */
export function hiddenCards(layout: DiagramLayout): HiddenCard[] {
	if (layout.detail === 'full') return [];
	const separator = layout.lang === 'ja' ? '、' : ', ';
	const colon = layout.lang === 'ja' ? '：' : ': ';
	return layout.nodes.flatMap((node) => {
		if (node.type !== 'body') return [];
		const { card } = node;
		const lines = [...card.roles, ...card.columns.map((c) => `${c.header}${colon}${c.items.map((i) => i.text).join(separator)}`)];
		return lines.length > 0 ? [{ title: card.title, lines }] : [];
	});
}

function hiddenDetail(layout: DiagramLayout): string | undefined {
	return hiddenCards(layout).map((c) => `${c.title}\n${c.lines.map((l) => `• ${l}`).join('\n')}`).join('\n\n') || undefined;
}

/**
 * Slides for scenes whose diagram is too big to read at a slide's size: the whole, for the room to
 * see where each part lies, then each part on a slide of its own (cut as view/parts.ts cuts them for
 * presentation mode). `window` gives, per scene, how much of the layout one legible slide holds.
 * Only the names-alone level is cut: a denser level was the reader's own choice.
 */
export function withParts(scenes: readonly ExportScene[], window: (scene: ExportScene) => { width: number; height: number }): ExportScene[] {
	return scenes.flatMap((scene) => {
		if (scene.layout.detail !== 'title') return [scene];
		const parts = diagramParts(scene.layout, absoluteBoxes(scene.layout), window(scene));
		const label = (i: number) => t(scene.lang, 'partOf', { n: String(i + 1), count: String(parts.length) });
		return [
			scene,
			...parts.map((part, i) => ({ ...scene, part, tables: undefined, subtitle: [scene.subtitle, label(i)].filter(Boolean).join(' · ') }))
		];
	});
}
