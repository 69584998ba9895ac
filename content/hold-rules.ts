import type { TechniqueId } from './vocabulary';

/**
 * How long one hold lasts, and how many a side, for the techniques whose benefit depends on
 * holding still: trigger-point compression 30–90 s (one per side), myofascial release at
 * least 90 s (one per side), static stretches 15–30 s with 2–3 holds a side (ACSM). A hold
 * is counted from the end of the line that sets it up to the start of the line that ends
 * it, so the words never eat the hold. The same figures stand in techniques.json (a content
 * test keeps the two in step); they live here too so the planner stays free of zod and JSON.
 */
export interface HoldRule {
  minSeconds: number;
  maxSeconds: number;
  minPerSide: number;
  maxPerSide: number;
}

export const HOLD_RULES: Partial<Record<TechniqueId, HoldRule>> = {
  'trigger-point': { minSeconds: 30, maxSeconds: 90, minPerSide: 1, maxPerSide: 1 },
  'myofascial-release': { minSeconds: 90, maxSeconds: 300, minPerSide: 1, maxPerSide: 1 },
  stretching: { minSeconds: 15, maxSeconds: 30, minPerSide: 2, maxPerSide: 3 },
};

/** Techniques that press on tissue: each side of such a step carries the "ease off" cue. */
export const PRESSURE_TECHNIQUES: readonly TechniqueId[] = [
  'swedish',
  'deep-tissue',
  'trigger-point',
  'myofascial-release',
  'self-myofascial-rolling',
];

/** Techniques gentle mode never plays: they press hard or roll on a ball. */
export const NOT_GENTLE_TECHNIQUES: readonly TechniqueId[] = [
  'deep-tissue',
  'trigger-point',
  'self-myofascial-rolling',
];
