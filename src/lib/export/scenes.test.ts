import { describe, expect, it } from 'vitest';
import { loadDataModel, loadSceneSource } from '../../../scripts/scene-source.ts';
import { buildScenes } from './scenes.ts';
import { sceneToSvg } from './svg.ts';

const model = loadDataModel();
const acm = await loadSceneSource(model, 'acm', 'en');
const walk = model.walkthroughs.find((w) => w.diagram === 'acm')!;

describe('buildScenes', () => {
	it('makes one scene of the plain diagram, with legend and source line', () => {
		const result = buildScenes(acm, {});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.scenes).toHaveLength(1);
		const [scene] = result.scenes;
		expect(scene!.title).toBe(model.diagrams.find((d) => d.id === 'acm')!.title.en);
		expect(scene!.legend.map((l) => l.kind)).toEqual(['coordination']);
		expect(scene!.sourceLine).toMatch(/^Source: .*図表Ⅱ-4-2-3/);
		expect(Object.values(scene!.marks.nodes).every((m) => m === 'plain')).toBe(true);
	});

	it('makes one scene per walkthrough step, with the narration as notes and the target in focus', () => {
		const result = buildScenes(acm, { walkthrough: walk.id });
		if (!result.ok) throw new Error(result.error);
		expect(result.scenes).toHaveLength(walk.steps.length);
		walk.steps.forEach((step, i) => {
			const scene = result.scenes[i]!;
			expect(scene.notes).toBe(step.narration.en);
			expect(scene.subtitle).toContain(`Step ${i + 1} of ${walk.steps.length}`);
			const marks = 'body' in step.target ? scene.marks.nodes[step.target.body] : scene.marks.edges[step.target.relationship];
			expect(marks).toBe('focus');
		});
	});

	it('keeps what names-alone cards leave out in the notes, after the narration', async () => {
		const titles = await loadSceneSource(model, 'acm', 'en', 'title');
		const result = buildScenes(titles, { walkthrough: walk.id });
		if (!result.ok) throw new Error(result.error);
		const roles = model.diagrams.find((d) => d.id === 'acm')!.nodes.flatMap((n) => model.bodies.find((b) => b.id === n.body)!.role.map((r) => r.en));
		expect(roles.length).toBeGreaterThan(0);
		walk.steps.forEach((step, i) => {
			const notes = result.scenes[i]!.notes!;
			expect(notes.startsWith(step.narration.en)).toBe(true);
			for (const role of roles) expect(notes).toContain(role);
		});
		// At full detail the cards show it all; the notes are the narration alone.
		const full = buildScenes(acm, { walkthrough: walk.id });
		if (!full.ok) throw new Error(full.error);
		expect(full.scenes[0]!.notes).toBe(walk.steps[0]!.narration.en);
	});

	it('makes one scene per stage on request', () => {
		const result = buildScenes(acm, { allStages: true });
		if (!result.ok) throw new Error(result.error);
		expect(result.scenes.map((s) => s.subtitle?.split(' ')[0])).toEqual(acm.scenario.stages.map((s) => s.code));
	});

	it('shows a stage compared with another as the screen does, and names both', () => {
		// Every stage in the data activates the same bodies, so two are narrowed to tell them apart.
		const [a, b] = acm.scenario.stages;
		const first = { ...a!, activeBodies: ['acg'], activeRelationships: [] };
		const second = { ...b!, activeBodies: ['bocc'], activeRelationships: ['acg-bocc'] };
		const source = { ...acm, scenario: { ...acm.scenario, stages: [first, second] } };
		const result = buildScenes(source, { stage: first.id, compare: second.id });
		if (!result.ok) throw new Error(result.error);
		const [scene] = result.scenes;
		expect(scene!.subtitle).toBe(`${first.code} ${first.name.en} ⇄ ${second.code} ${second.name.en}`);
		expect(scene!.marks.nodes).toMatchObject({ acg: 'active', bocc: 'active', jc: 'dim' });
		expect(scene!.marks.edges).toMatchObject({ 'acg-bocc': 'active', 'jc-acg': 'dim' });
		expect(buildScenes(acm, { stage: first.id, compare: 'zz' })).toMatchObject({ ok: false, error: expect.stringContaining('"zz"') });
	});

	it('ghosts by date and names the date', async () => {
		const bpm = await loadSceneSource(model, 'bpm', 'en');
		const result = buildScenes(bpm, { date: '1970' });
		if (!result.ok) throw new Error(result.error);
		const [scene] = result.scenes;
		expect(scene!.subtitle).toBe('Structure as of 1970');
		expect(bpm.established).toMatchObject({ scc: '1960', sdc: '1976-07-08' });
		expect(scene!.marks.nodes).toMatchObject({ scc: 'plain', sdc: 'ghost' });
		expect(scene!.marks.edges['scc-sdc-bpm']).toBe('ghost');
	});

	it('rejects unknown stages, walkthroughs and steps with the known ids', () => {
		expect(buildScenes(acm, { stage: 'zz' })).toEqual({ ok: false, error: expect.stringMatching(/unknown stage "zz".*known: a, b/) });
		expect(buildScenes(acm, { walkthrough: 'nope' })).toMatchObject({ ok: false });
		expect(buildScenes(acm, { walkthrough: walk.id, step: 99 })).toMatchObject({ ok: false, error: expect.stringContaining('out of range') });
	});
});

describe('the Guidelines diagram exported by stage', () => {
	it.each(['ja', 'en'] as const)('gives every stage a slide whose picture differs from the one before (%s)', async (lang) => {
		const source = await loadSceneSource(model, 'guidelines', lang);
		const result = buildScenes(source, { allStages: true });
		if (!result.ok) throw new Error(result.error);
		expect(result.scenes.map((s) => s.subtitle)).toEqual(model.stages.map((s) => expect.stringContaining(s.code)));
		const svgs = result.scenes.map((s) => sceneToSvg(s));
		for (let i = 1; i < svgs.length; i++) expect(svgs[i], model.stages[i]!.id).not.toBe(svgs[i - 1]);
		// B continues A's measures: drawn, but not as new.
		const b = result.scenes[model.stages.findIndex((s) => s.id === 'b')]!;
		for (const id of model.stages.find((s) => s.id === 'b')!.continuedBodies) expect(b.marks.nodes[id]).toBe('continued');
	});

	it('titles each step of the walkthrough through the stages with its own stage', async () => {
		const source = await loadSceneSource(model, 'guidelines', 'en');
		const walk = model.walkthroughs.find((w) => w.id === 'guidelines-stages')!;
		const result = buildScenes(source, { walkthrough: walk.id });
		if (!result.ok) throw new Error(result.error);
		walk.steps.forEach((step, i) => {
			const stage = model.stages.find((s) => s.id === (step.stage ?? walk.stage))!;
			expect(result.scenes[i]!.subtitle).toContain(stage.name.en);
		});
	});
});

describe('two dates compared, exported', () => {
	it('outlines what was set up in between and says which dates', async () => {
		const source = await loadSceneSource(model, 'consultation', 'en');
		// The map's bodies set up between these dates: the ISR working group, the space dialogue, CDPWG.
		const result = buildScenes(source, { date: '2015-04-27', compareDate: '2012-12-31' });
		if (!result.ok) throw new Error(result.error);
		const [scene] = result.scenes;
		expect(scene!.subtitle).toContain('2012-12-31');
		const set = model.bodies.filter((b) => b.established && b.established > '2012-12-31' && b.established <= '2015-04-27' && b.id in scene!.marks.nodes);
		expect(set.length).toBeGreaterThan(0);
		for (const b of set) expect(scene!.marks.nodes[b.id], b.id).toBe('active');
	});
});
