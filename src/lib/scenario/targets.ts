import type { Step, StepTarget } from '../model/schema.ts';

/** Everything that acts in a step: its target, then the others it names. */
export const stepTargets = (step: Pick<Step, 'target'> & { also?: readonly StepTarget[] }): StepTarget[] => [step.target, ...(step.also ?? [])];

export const targetId = (target: StepTarget): string => ('body' in target ? target.body : target.relationship);
