// A reader's own walkthrough: the pure rules the editor applies before a draft can be shared or
// downloaded. A draft may be half written (blank texts, no citation yet); what leaves the browser must
// be a walkthrough the data files would accept, so every gap is named here in both languages.
import type { ResolvedCitation } from '../model/details.ts';
import { diagramRelationships, type Model } from '../model/model.ts';
import type { Citation, Diagram, Step, Text, Walkthrough, WalkthroughInput } from '../model/schema.ts';
import { scenarioDetail, type ScenarioDetail, type WalkthroughDetail } from './detail.ts';

/** What the diagram offers an author, with names so that problems can say which step and source they mean. */
export interface AuthoringContext {
	diagram: string;
	/** the bodies drawn on the diagram, id → name */
	bodies: Record<string, Text>;
	/** the relationships drawn on the diagram, id → name */
	relationships: Record<string, Text>;
	stages: { id: string; name: Text }[];
	/** source id → title */
	sources: Record<string, Text>;
}

/** Something that stops a draft being shared or downloaded. */
export interface Problem {
	/** 0-based index of the step, when the problem is in one */
	step?: number;
	/** the field to fix: title, narration, reason, target, stage, id, sources, diagram, steps, or sources[i].source|ref|quote */
	field: string;
	message: Text;
}

const ID = /^[a-z][a-z0-9-]*$/;
const EMPTY: Text = { ja: '', en: '' };
const blank = (s: string | undefined) => !s || s.trim() === '';
const blankText = (t: Text | undefined) => !t || (blank(t.ja) && blank(t.en));

/** No steps: the editor adds each one with the body or link it is about. */
export function blankWalkthrough(diagram: string, stage: string, id: string): Walkthrough {
	return { id, diagram, stage, title: { ...EMPTY }, steps: [], sources: [] };
}

export function blankStep(id: string, target: Step['target']): Step {
	return { id, target, title: { ...EMPTY }, narration: { ...EMPTY }, illustrative: false, sources: [] };
}

/** A text written in one language only, written in both: the author wrote it once, and every file text needs both. */
function complete(t: Text): Text {
	if (blank(t.ja) && !blank(t.en)) return { ja: t.en, en: t.en };
	if (blank(t.en) && !blank(t.ja)) return { ja: t.ja, en: t.ja };
	return t;
}

export function completeTexts(w: Walkthrough): Walkthrough {
	return {
		...w,
		title: complete(w.title),
		steps: w.steps.map((s) => ({
			...s,
			title: complete(s.title),
			narration: complete(s.narration),
			...(s.reason && { reason: complete(s.reason) })
		}))
	};
}

const both = (ja: string, en: string): Text => ({ ja, en });

/**
 * Everything that would stop the walkthrough being shared or downloaded, in the order of the form. Quotes
 * are not looked up in their documents here: that needs the source texts (check:data and the data-check page do it).
 */
export function authoringProblems(w: Walkthrough, ctx: AuthoringContext): Problem[] {
	const problems: Problem[] = [];
	const stageIds = new Set(ctx.stages.map((s) => s.id));
	const add = (field: string, message: Text, step?: number) => problems.push({ ...(step !== undefined && { step }), field, message });

	if (!ID.test(w.id)) add('id', both(`ID「${w.id}」は英小文字・数字・ハイフンで、英字から始めてください。`, `The id "${w.id}" must be lower-case letters, digits and hyphens, starting with a letter.`));
	if (w.diagram !== ctx.diagram) add('diagram', both(`この解説は図「${w.diagram}」のものです。この図（${ctx.diagram}）では使えません。`, `This walkthrough is for the diagram "${w.diagram}", not this one ("${ctx.diagram}").`));
	if (blank(w.stage)) add('stage', both('段階を選んでください。', 'Choose the stage the walkthrough is in.'));
	else if (!stageIds.has(w.stage)) add('stage', both(`段階「${w.stage}」はこの図の段階にありません。`, `The stage "${w.stage}" is not one of this diagram's stages.`));
	if (blankText(w.title)) add('title', both('解説のタイトルがありません。', 'The walkthrough has no title.'));
	if (w.steps.length === 0) add('steps', both('ステップが一つもありません。', 'The walkthrough has no steps.'));

	const firstWithId = new Map<string, number>();
	w.steps.forEach((s, i) => {
		const n = i + 1;
		const targetId = 'body' in s.target ? s.target.body : s.target.relationship;
		const named = ('body' in s.target ? ctx.bodies : ctx.relationships)[targetId];
		const label = { ja: `ステップ${n}${named ? `（${named.ja}）` : ''}`, en: `Step ${n}${named ? ` (${named.en})` : ''}` };

		const first = firstWithId.get(s.id);
		if (first !== undefined) add('id', both(`ステップ${n}のID「${s.id}」はステップ${first + 1}と同じです。`, `Step ${n} has the same id "${s.id}" as step ${first + 1}.`), i);
		else firstWithId.set(s.id, i);
		if (!ID.test(s.id)) add('id', both(`ステップ${n}のID「${s.id}」は英小文字・数字・ハイフンで、英字から始めてください。`, `Step ${n}'s id "${s.id}" must be lower-case letters, digits and hyphens, starting with a letter.`), i);
		if (!named) {
			const what = 'body' in s.target ? both('組織', 'body') : both('関係', 'link');
			add('target', both(`ステップ${n}の対象の${what.ja}「${targetId}」はこの図にありません。`, `Step ${n}'s target ${what.en} "${targetId}" is not on this diagram.`), i);
		}
		(s.also ?? []).forEach((t) => {
			const id = 'body' in t ? t.body : t.relationship;
			if (!('body' in t ? ctx.bodies : ctx.relationships)[id])
				add('also', both(`${label.ja}でともに動く「${id}」はこの図にありません。`, `${label.en}: "${id}", also acting, is not on this diagram.`), i);
		});
		if (!blank(s.stage) && !stageIds.has(s.stage!)) add('stage', both(`${label.ja}の段階「${s.stage}」はこの図の段階にありません。`, `${label.en}: the stage "${s.stage}" is not one of this diagram's stages.`), i);
		if (blankText(s.title)) add('title', both(`${label.ja}にタイトルがありません。`, `${label.en} has no title.`), i);
		if (blankText(s.narration)) add('narration', both(`${label.ja}に説明文がありません。`, `${label.en} has no narration.`), i);

		if (s.sources.length === 0 && !s.illustrative)
			add('sources', both(`${label.ja}に出典がありません。出典を加えるか、例示として理由を書いてください。`, `${label.en} cites no source: add a citation, or mark it illustrative and say why.`), i);
		else if (s.sources.length === 0 && blankText(s.reason))
			add('reason', both(`${label.ja}は例示ですが、出典も理由もありません。なぜ例示なのかを書くか、出典を加えてください。`, `${label.en} is illustrative but cites nothing: say why it is illustrative, or add a citation.`), i);
		s.sources.forEach((c, j) => citationProblems(c, ctx, { ja: `${label.ja}の出典${j + 1}`, en: `${label.en}, citation ${j + 1}` }).forEach((p) => add(`sources[${j}].${p.field}`, p.message, i)));
	});

	// The walkthrough as a whole cites what its steps cite, and the data files need at least one citation there.
	if (w.steps.length > 0 && w.steps.every((s) => s.sources.length === 0))
		add('sources', both('どのステップにも出典がありません。少なくとも一つのステップに出典を加えてください。', 'No step cites a source: add a citation to at least one step.'));
	return problems;
}

function citationProblems(c: Citation, ctx: AuthoringContext, label: Text): { field: 'source' | 'ref' | 'quote'; message: Text }[] {
	const title = ctx.sources[c.source];
	if (!title) return [{ field: 'source', message: both(`${label.ja}：資料「${c.source}」は知られていません。`, `${label.en}: there is no source "${c.source}".`) }];
	const out: { field: 'source' | 'ref' | 'quote'; message: Text }[] = [];
	if (blank(c.ref)) out.push({ field: 'ref', message: both(`${label.ja}（${title.ja}）：どの節・図表かを書いてください。`, `${label.en} (${title.en}): say which section or figure.`) });
	if (blank(c.quote)) out.push({ field: 'quote', message: both(`${label.ja}（${title.ja}）：根拠となる一節を引用してください。`, `${label.en} (${title.en}): quote the passage that supports the step.`) });
	return out;
}

const trimText = (t: Text): Text => ({ ja: t.ja.trim(), en: t.en.trim() });
const trimCitation = (c: Citation): Citation => ({ source: c.source, ref: c.ref.trim(), ...(!blank(c.quote) && { quote: c.quote!.trim() }) });
const citationKey = (c: Citation) => JSON.stringify([c.source, c.ref, c.quote ?? '']);

/**
 * What is shared and downloaded: texts in both languages, the walkthrough citing the distinct citations of
 * its steps, and no empty optional field. A reason is kept only on an illustrative step, where it is shown.
 * Passes the Walkthrough schema whenever authoringProblems found nothing.
 */
export function fileReady(w: Walkthrough): Walkthrough {
	const done = completeTexts(w);
	const steps = done.steps.map((s): Step => ({
		id: s.id,
		target: 'body' in s.target ? { body: s.target.body } : { relationship: s.target.relationship },
		...(s.also && s.also.length > 0 && { also: s.also }),
		title: trimText(s.title),
		narration: trimText(s.narration),
		illustrative: s.illustrative,
		...(s.illustrative && !blankText(s.reason) && { reason: trimText(s.reason!) }),
		...(!blank(s.stage) && { stage: s.stage!.trim() }),
		sources: s.sources.map(trimCitation)
	}));
	const cited = new Map<string, Citation>();
	for (const c of steps.flatMap((s) => s.sources)) if (!cited.has(citationKey(c))) cited.set(citationKey(c), c);
	return { id: done.id, diagram: done.diagram, stage: done.stage, title: trimText(done.title), steps, sources: [...cited.values()] };
}

/** A file-ready walkthrough as it is written out: defaults (not illustrative, no citation) left out, as the data files do. */
export function fileShape(w: Walkthrough): WalkthroughInput {
	const written = (s: Step): WalkthroughInput['steps'][number] => ({
		id: s.id,
		target: s.target,
		...(s.also && s.also.length > 0 && { also: s.also }),
		title: s.title,
		narration: s.narration,
		...(s.illustrative && { illustrative: true }),
		...(s.reason && { reason: s.reason }),
		...(s.stage !== undefined && { stage: s.stage }),
		...(s.sources.length > 0 && { sources: s.sources })
	});
	return { ...w, steps: w.steps.map(written) };
}

/** The walkthrough as the player shows it (what a reader of the shared link will see), citations resolved like citer's. */
export function authoredDetail(w: Walkthrough, sources: Record<string, Text>): WalkthroughDetail {
	const cite = (c: Citation): ResolvedCitation => ({ source: c.source, title: sources[c.source] ?? { ja: c.source, en: c.source }, ref: c.ref, quote: c.quote });
	const ready = fileReady(w);
	return { ...ready, steps: ready.steps.map((s) => ({ ...s, sources: s.sources.map(cite) })), sources: ready.sources.map(cite) };
}

/** The diagram's walkthroughs with the reader's own: it takes the place of one with the same id, else comes last. */
export function withAuthored(s: ScenarioDetail, w: WalkthroughDetail): ScenarioDetail {
	const at = s.walkthroughs.findIndex((x) => x.id === w.id);
	const walkthroughs = at < 0 ? [...s.walkthroughs, w] : s.walkthroughs.map((x, i) => (i === at ? w : x));
	return { ...s, walkthroughs };
}

/** `prefix-n` with the smallest n not taken, the prefix made a valid id (lower case, hyphens, a letter first). */
export function newId(prefix: string, taken: readonly string[]): string {
	const stem =
		prefix
			.toLowerCase()
			.replace(/[^a-z0-9-]+/g, '-')
			.replace(/^[^a-z]+/, '')
			.replace(/-+$/, '') || 'id';
	const used = new Set(taken);
	let n = 1;
	while (used.has(`${stem}-${n}`)) n++;
	return `${stem}-${n}`;
}

/** The context for a diagram of the built-in model (scripts, tests); the page builds the same from what it loaded. */
export function contextFromModel(model: Model, diagram: Diagram): AuthoringContext {
	const { stages, names } = scenarioDetail(model, diagram);
	const name = (id: string) => names[id] ?? { ja: id, en: id };
	return {
		diagram: diagram.id,
		bodies: Object.fromEntries(diagram.nodes.map((n) => [n.body, name(n.body)])),
		relationships: Object.fromEntries(diagramRelationships(diagram, model).map((r) => [r.id, name(r.id)])),
		stages: stages.map((s) => ({ id: s.id, name: s.name })),
		sources: Object.fromEntries(model.sources.map((s) => [s.id, s.title]))
	};
}
