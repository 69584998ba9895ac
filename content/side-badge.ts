import type { PlannedStep } from './planner';

type Side = 'left' | 'right';

const WORD: Record<Side, string> = { left: 'Left', right: 'Right' };
const OTHER: Record<Side, Side> = { left: 'right', right: 'left' };

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

/**
 * One way of saying the side, for the badge, the timer and the body map alike: the part
 * being worked and, when the other hand does the work, that hand ("Left shoulder · use your
 * right hand"). A step without the detail says "Left side".
 */
export function sideBadge(step: Pick<PlannedStep, 'sideWork'>, side: Side): string {
  const work = step.sideWork;
  if (!work) return `${WORD[side]} side`;
  const part = `${WORD[side]} ${work.part}`;
  return work.otherHand ? `${part} · use your ${OTHER[side]} hand` : part;
}
