import { formatLength } from './format-length';
import { PROTECTION_REASONS } from './health-protections';
// The labels come from the zod-free vocabulary (which ./schema re-exports) so a renderer that
// plans does not bundle zod.
import { BODY_AREA_LABELS, type BodyArea } from './vocabulary';

export type ProtectionReason = keyof typeof PROTECTION_REASONS;

/**
 * The words of the plan's explanation (what was left out and why, what length can be met).
 * The planner decides what to say; a wording says it. English is the default; the window
 * passes one built from its catalogs, so the routine screen explains itself in the
 * language shown while the planner stays free of i18n.
 */
export interface PlanWording {
  length(seconds: number): string;
  /** Step titles or area names, joined as the language joins a list. */
  list(items: readonly string[]): string;
  /** A body area's name inside a sentence. */
  area(area: BodyArea): string;
  protection(reason: ProtectionReason): string;
  /** "Neck roll (neck, shoulders)": a step and what left it out. */
  withDetail(title: string, detail: string): string;
  clamped(min: string, max: string, target: string): string;
  avoided(steps: string): string;
  health(steps: string): string;
  gentle(steps: string): string;
  turnedOff(steps: string): string;
  time(target: string, steps: string): string;
  nothingLeft(): string;
  tooShort(total: string): string;
  tooLong(total: string): string;
}

export const ENGLISH_PLAN_WORDING: PlanWording = {
  length: formatLength,
  list: (items) => items.join(', '),
  area: (area) => BODY_AREA_LABELS[area].toLowerCase(),
  protection: (reason) => PROTECTION_REASONS[reason],
  withDetail: (title, detail) => `${title} (${detail})`,
  clamped: (min, max, target) =>
    `Lengths run from ${min} to ${max}, so this plan aims for ${target}.`,
  avoided: (steps) => `Left out for the areas you are avoiding: ${steps}.`,
  health: (steps) => `Left out for what you told us about your health: ${steps}.`,
  gentle: (steps) => `Left out in gentle mode: ${steps}.`,
  turnedOff: (steps) => `Turned off: ${steps}.`,
  time: (target, steps) => `Left out to fit ${target}: ${steps}.`,
  nothingLeft: () => 'Every step was left out with these choices, so there is nothing to play.',
  tooShort: (total) =>
    `This routine needs at least ${total} with these choices. The nearest length is ${total}.`,
  tooLong: (total) =>
    `This routine runs at most ${total} with these choices. The nearest length is ${total}.`,
};
