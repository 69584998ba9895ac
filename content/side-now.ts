import type { PlannedStep } from './planner';

type Side = 'left' | 'right';

/**
 * Which side is being worked now, for a step done one side at a time. Side one of an "each"
 * step is always the left: the content is written that way (a content test holds it to it).
 */
export function sideNow(
  step: Pick<PlannedStep, 'sides' | 'sideSwitchAtSeconds' | 'seconds'>,
  elapsedSeconds: number,
): Side | null {
  if (step.sides === 'left' || step.sides === 'right') return step.sides;
  if (step.sides !== 'each') return null;
  return elapsedSeconds < (step.sideSwitchAtSeconds ?? step.seconds / 2) ? 'left' : 'right';
}
