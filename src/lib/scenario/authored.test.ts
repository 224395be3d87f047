import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../scripts/data-files.ts';
import { ACG_QUOTE, authoredAcm } from '../../../tests/fixtures/authored.ts';
import { loadModel } from '../model/load.ts';
import { Walkthrough } from '../model/schema.ts';
import {
	authoredDetail,
	authoringProblems,
	blankStep,
	blankWalkthrough,
	completeTexts,
	contextFromModel,
	fileReady,
	newId,
	withAuthored,
	type AuthoringContext
} from './authored.ts';
import { scenarioDetail } from './detail.ts';

const loaded = loadModel(readDataFiles('data'));
if (!loaded.ok) throw new Error('the built-in data does not load');
const model = loaded.model;
const acm = model.diagrams.find((d) => d.id === 'acm')!;
const ctx: AuthoringContext = contextFromModel(model, acm);

/** The English message of each problem, with its step and field, for readable expectations. */
const problems = (w: Walkthrough, c = ctx) => authoringProblems(w, c).map((p) => `${p.step ?? '-'} ${p.field}: ${p.message.en}`);

describe('authoringProblems', () => {
	it('finds nothing in a complete authored walkthrough, nor in any built-in one', () => {
		expect(problems(authoredAcm())).toEqual([]);
		for (const w of model.walkthroughs) {
			expect(problems(w, contextFromModel(model, model.diagrams.find((d) => d.id === w.diagram)!))).toEqual([]);
		}
	});

	it('names a new walkthrough’s gaps: no title, no steps', () => {
		expect(problems(blankWalkthrough('acm', 'a', 'mine-1'))).toEqual(['- title: The walkthrough has no title.', '- steps: The walkthrough has no steps.']);
	});

	it('says which step’s target is not on the diagram, and a stage that is not one of its stages', () => {
		const w = authoredAcm();
		w.steps[1]!.target = { body: 'acg-x' };
		w.steps[2]!.stage = 'z';
		w.stage = 'nowhere';
		expect(problems(w)).toEqual([
			'- stage: The stage "nowhere" is not one of this diagram\'s stages.',
			'1 target: Step 2\'s target body "acg-x" is not on this diagram.',
			'2 stage: Step 3 (ACG – BOCC): the stage "z" is not one of this diagram\'s stages.'
		]);
		// The Japanese says the same, for a reader of the Japanese page.
		expect(authoringProblems(w, ctx)[1]!.message.ja).toBe('ステップ2の対象の組織「acg-x」はこの図にありません。');
	});

	it('refuses a walkthrough of another diagram', () => {
		expect(problems({ ...authoredAcm(), diagram: 'bpm' })).toEqual(['- diagram: This walkthrough is for the diagram "bpm", not this one ("acm").']);
	});

	it('asks for titles and narrations written in neither language, but not for one written once', () => {
		const w = authoredAcm();
		w.steps[0]!.title = { ja: ' ', en: '' };
		w.steps[0]!.narration = { ja: '', en: '' };
		expect(problems(w)).toEqual(['0 title: Step 1 (ACG) has no title.', '0 narration: Step 1 (ACG) has no narration.']);
	});

	it('asks a step without a citation for one, or for its reason when it is illustrative', () => {
		const w = authoredAcm();
		w.steps[0]!.sources = [];
		w.steps[1]!.reason = undefined;
		expect(problems(w)).toEqual([
			'0 sources: Step 1 (ACG) cites no source: add a citation, or mark it illustrative and say why.',
			'1 reason: Step 2 (BOCC) is illustrative but cites nothing: say why it is illustrative, or add a citation.'
		]);
		w.steps[1]!.reason = { ja: '', en: '' };
		expect(problems(w)[1]).toMatch(/^1 reason: /);
	});

	it('checks each citation: a known source, a ref and a quote', () => {
		const w = authoredAcm();
		w.steps[2]!.sources = [
			{ source: 'dow2099', ref: '1', quote: 'x' },
			{ source: 'dow2018', ref: ' ', quote: '' }
		];
		const title = ctx.sources.dow2018!.en;
		expect(problems(w)).toEqual([
			'2 sources[0].source: Step 3 (ACG – BOCC), citation 1: there is no source "dow2099".',
			`2 sources[1].ref: Step 3 (ACG – BOCC), citation 2 (${title}): say which section or figure.`,
			`2 sources[1].quote: Step 3 (ACG – BOCC), citation 2 (${title}): quote the passage that supports the step.`
		]);
	});

	it('needs one citation somewhere, since the walkthrough cites what its steps cite', () => {
		const w = authoredAcm();
		w.steps = [w.steps[1]!];
		expect(problems(w)).toEqual(['- sources: No step cites a source: add a citation to at least one step.']);
	});

	it('reports duplicate step ids and ids the data files would refuse', () => {
		const w = authoredAcm();
		w.steps[2]!.id = 'step-1';
		w.id = 'Mine';
		expect(problems(w)).toEqual([
			'- id: The id "Mine" must be lower-case letters, digits and hyphens, starting with a letter.',
			'2 id: Step 3 has the same id "step-1" as step 1.'
		]);
	});
});

describe('completeTexts', () => {
	it('fills a text written in one language with that text, and leaves complete and empty texts alone', () => {
		const w = completeTexts(authoredAcm());
		expect(w.title).toEqual({ ja: '私の解説: 政策と運用', en: '私の解説: 政策と運用' });
		expect(w.steps[0]!.narration.ja).toBe(authoredAcm().steps[0]!.narration.en);
		expect(w.steps[0]!.title).toEqual({ ja: '政策面の調整', en: 'Policy coordination' });
		expect(w.steps[1]!.reason).toEqual({ ja: 'The sources do not describe this hand-over.', en: 'The sources do not describe this hand-over.' });
		expect(completeTexts(blankWalkthrough('acm', 'a', 'x')).title).toEqual({ ja: '', en: '' });
	});

	it('does not change the draft it is given', () => {
		const draft = authoredAcm();
		completeTexts(draft);
		expect(draft).toEqual(authoredAcm());
	});
});

describe('fileReady', () => {
	it('passes the Walkthrough schema and keeps what the author wrote', () => {
		const ready = fileReady(authoredAcm());
		const parsed = Walkthrough.safeParse(ready);
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(parsed.data).toEqual(ready);
		expect(ready.steps.map((s) => s.target)).toEqual([{ body: 'acg' }, { body: 'bocc' }, { relationship: 'acg-bocc' }]);
	});

	it('cites the distinct citations of its steps and drops empty optional fields', () => {
		const ready = fileReady(authoredAcm());
		expect(ready.sources.map((c) => c.quote)).toEqual([ACG_QUOTE, authoredAcm().steps[2]!.sources[1]!.quote]);
		expect(ready.steps[1]).not.toHaveProperty('stage');
		expect(ready.steps[0]).not.toHaveProperty('reason');
		const citedWithoutQuote = authoredAcm();
		citedWithoutQuote.steps[0]!.sources[0]!.quote = '  ';
		expect(fileReady(citedWithoutQuote).steps[0]!.sources[0]).toEqual({ source: 'dow2018', ref: '図表Ⅱ-4-2-3' });
	});

	it('keeps a reason only on an illustrative step, where it is shown', () => {
		const w = authoredAcm();
		w.steps[0]!.reason = { ja: '理由', en: 'Why' };
		expect(fileReady(w).steps[0]).not.toHaveProperty('reason');
		expect(fileReady(w).steps[1]!.reason?.en).toBe('The sources do not describe this hand-over.');
	});

	it('fails the schema exactly where authoringProblems objects (no citation anywhere)', () => {
		const w = authoredAcm();
		w.steps = [w.steps[1]!];
		expect(authoringProblems(w, ctx)).not.toEqual([]);
		expect(Walkthrough.safeParse(fileReady(w)).success).toBe(false);
	});
});

describe('authoredDetail and withAuthored', () => {
	const detail = authoredDetail(authoredAcm(), ctx.sources);

	it('resolves citations to their source titles, as the player shows built-in ones', () => {
		expect(detail.steps[0]!.sources).toEqual([{ source: 'dow2018', title: ctx.sources.dow2018, ref: '図表Ⅱ-4-2-3', quote: ACG_QUOTE }]);
		expect(detail.title.en).toBe('私の解説: 政策と運用');
		expect(authoredDetail({ ...authoredAcm(), steps: [{ ...authoredAcm().steps[0]!, sources: [{ source: 'gone', ref: '1' }] }] }, ctx.sources).sources[0]!.title).toEqual({ ja: 'gone', en: 'gone' });
	});

	it('adds the walkthrough to the diagram’s, in place of one with the same id, names unchanged', () => {
		const s = scenarioDetail(model, acm);
		const added = withAuthored(s, detail);
		expect(added.walkthroughs.map((w) => w.id)).toEqual([...s.walkthroughs.map((w) => w.id), 'mine-1']);
		expect(added.names).toBe(s.names);
		const builtIn = s.walkthroughs[0]!.id;
		const replaced = withAuthored(s, { ...detail, id: builtIn });
		expect(replaced.walkthroughs.map((w) => w.id)).toEqual(s.walkthroughs.map((w) => w.id));
		expect(replaced.walkthroughs[0]!.title).toEqual(detail.title);
		expect(s.walkthroughs[0]!.title).not.toEqual(detail.title);
	});
});

describe('blankStep and newId', () => {
	it('gives a new step its target and nothing else', () => {
		expect(blankStep('step-1', { relationship: 'acg-bocc' })).toEqual({
			id: 'step-1',
			target: { relationship: 'acg-bocc' },
			title: { ja: '', en: '' },
			narration: { ja: '', en: '' },
			illustrative: false,
			sources: []
		});
	});

	it('makes ids the schema accepts, the first one free', () => {
		expect(newId('mine', [])).toBe('mine-1');
		expect(newId('step', ['step-1', 'step-2', 'step-4'])).toBe('step-3');
		expect(newId('My Walk!', [])).toBe('my-walk-1');
		expect(newId('3 steps', [])).toBe('steps-1');
		expect(newId('日本', [])).toBe('id-1');
	});
});
