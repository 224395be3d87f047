import type { Citation, Step, Walkthrough } from '../model/schema.ts';

// What the editor does to a walkthrough, one pure function per action, so undo is a matter of keeping
// the values and the tests need no page.

export const addStep = (w: Walkthrough, step: Step): Walkthrough => ({ ...w, steps: [...w.steps, step] });

export const updateStep = (w: Walkthrough, index: number, patch: Partial<Step>): Walkthrough => ({
	...w,
	steps: w.steps.map((s, i) => (i === index ? { ...s, ...patch } : s))
});

/** Moves a step up (-1) or down (+1); at either end nothing changes. */
export function moveStep(w: Walkthrough, index: number, by: -1 | 1): Walkthrough {
	const to = index + by;
	if (to < 0 || to >= w.steps.length) return w;
	const steps = [...w.steps];
	[steps[index], steps[to]] = [steps[to]!, steps[index]!];
	return { ...w, steps };
}

/** A copy right after the step, under a new id. */
export const duplicateStep = (w: Walkthrough, index: number, id: string): Walkthrough => ({
	...w,
	steps: w.steps.flatMap((s, i) => (i === index ? [s, { ...structuredClone(s), id }] : [s]))
});

export const removeStep = (w: Walkthrough, index: number): Walkthrough => ({ ...w, steps: w.steps.filter((_, i) => i !== index) });

export const addCitation = (w: Walkthrough, index: number, citation: Citation): Walkthrough =>
	updateStep(w, index, { sources: [...(w.steps[index]?.sources ?? []), citation] });

export const removeCitation = (w: Walkthrough, index: number, at: number): Walkthrough =>
	updateStep(w, index, { sources: (w.steps[index]?.sources ?? []).filter((_, i) => i !== at) });
