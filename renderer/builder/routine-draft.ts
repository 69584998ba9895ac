import type { Cue, Routine, RoutineIntensity, Sides, Step, Technique } from '../../content/schema';
import type { BodyArea, TechniqueId } from '../../content/vocabulary';
import { i18n } from '../i18n/i18n';
import english from '../locales/en/builder.json';

/**
 * The builder's working copy of a routine and its pure conversions. Types only come from
 * the schema: importing its values would pull zod into the renderer bundle.
 */

export const ID_MAX = 64;
export const TITLE_MAX = 80;
export const SUMMARY_MAX = 300;
export const CAUTION_MAX = 300;
export const CAUTIONS_MAX = 12;
export const STEPS_MAX = 60;
export const LINE_MAX = 300;
export const AREAS_MAX = 6;
/** The schema's ceiling for any step length. */
const SECONDS_CEILING = 3600;
const SECONDS_FLOOR = 5;

/** The caution a new routine starts with, in the language shown. */
export function defaultCaution(): string {
  return i18n.t('builder:routineDraft.defaultCaution');
}

/**
 * The exact wording the pressure steps of the library use in the language shown (the
 * translation of content/locales/<language>/routines/*), so an own step's reminder says what
 * theirs says and, in English, has their recorded clip.
 */
export function easeOffLine(): string {
  return i18n.t('builder:routineDraft.easeOffLine');
}

/** The English of the two lines above, the source in the catalog (the clips are English). */
export const DEFAULT_CAUTION = english.routineDraft.defaultCaution;
export const EASE_OFF_LINE = english.routineDraft.easeOffLine;

export type StepOrigin =
  | { kind: 'catalogue'; routineTitle: string; recorded: boolean }
  | { kind: 'own' }
  /** A step that came with the routine being copied or edited. */
  | { kind: 'kept'; recorded: boolean };

export interface DraftStep {
  /** Unique within the draft for as long as the step is in it; never saved. */
  key: string;
  step: Step;
  origin: StepOrigin;
}

export interface RoutineDraft {
  title: string;
  summary: string;
  intensity: RoutineIntensity;
  /** One caution a line, as typed. */
  cautionsText: string;
  /** Kept from the routine this one was copied from; the builder does not edit them. */
  conditions: string[];
  steps: DraftStep[];
}

export function emptyDraft(): RoutineDraft {
  return {
    title: '',
    summary: '',
    intensity: 'gentle',
    cautionsText: defaultCaution(),
    conditions: [],
    steps: [],
  };
}

let keyCounter = 0;
/** Keys only need to be unique in one window's lifetime. */
export function nextKey(): string {
  keyCounter += 1;
  return `s${keyCounter}`;
}

/** Clip lookups are keyed by text, so a step is recorded when every line it says is. */
export function narrationKey(step: Pick<Step, 'narration'>): string {
  const { intro, cues, outro } = step.narration;
  return [intro, ...cues.map((cue) => cue.text), outro].join('\n');
}

export function routineToDraft(
  routine: Routine,
  options: { copy: boolean; recorded: (step: Step) => boolean },
): RoutineDraft {
  return {
    title: options.copy ? copyTitle(routine.title) : routine.title,
    summary: routine.summary,
    intensity: routine.intensity,
    cautionsText: routine.cautions.join('\n'),
    conditions: [...routine.conditions],
    steps: routine.steps.map((step) => ({
      key: nextKey(),
      step,
      origin: { kind: 'kept', recorded: options.recorded(step) },
    })),
  };
}

export function copyTitle(title: string): string {
  return i18n.t('builder:routineDraft.copyTitle', { title }).slice(0, TITLE_MAX).trim();
}

/** "Neck & Shoulders, Évening" -> "neck-shoulders-evening"; empty when nothing is left. */
export function kebabCase(text: string, max = ID_MAX): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** `base`, else `base-2`, `base-3`… short enough to stay a valid id. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  const stem = base.slice(0, ID_MAX - 4).replace(/-+$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function routineIdFor(title: string, taken: ReadonlySet<string>): string {
  return uniqueId(kebabCase(title) || 'my-routine', taken);
}

export function cautionsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function clampSeconds(value: number, bounds: { min: number; max: number }): number {
  return Math.min(bounds.max, Math.max(bounds.min, Math.round(value)));
}

export function totalSeconds(steps: readonly DraftStep[]): number {
  return steps.reduce((sum, { step }) => sum + step.seconds.default, 0);
}

/**
 * Lengths worth offering between `min` and `max`: finer steps for short holds, coarser for
 * long ones, always with the bounds and the current value so nothing is unreachable.
 */
export function lengthChoices(bounds: { min: number; max: number }, current?: number): number[] {
  const values = new Set<number>([bounds.min, bounds.max]);
  if (current !== undefined) values.add(clampSeconds(current, bounds));
  const stride = (s: number) => (s < 60 ? 5 : s < 180 ? 15 : s < 600 ? 30 : 60);
  for (let s = Math.ceil(bounds.min / 5) * 5; s <= bounds.max; s += stride(s)) values.add(s);
  return [...values].filter((s) => s >= bounds.min && s <= bounds.max).sort((a, b) => a - b);
}

export function sideFactor(sides: Sides): number {
  return sides === 'each' ? 2 : 1;
}

/** A technique's bounds apply to one side; a step done on each side gets twice the room. */
export function ownStepBounds(
  technique: Pick<Technique, 'minSeconds' | 'maxSeconds'>,
  sides: Sides,
): { min: number; max: number } {
  const factor = sideFactor(sides);
  return {
    min: Math.max(SECONDS_FLOOR, Math.min(SECONDS_CEILING, technique.minSeconds * factor)),
    max: Math.min(SECONDS_CEILING, technique.maxSeconds * factor),
  };
}

export interface OwnStepInput {
  title: string;
  technique: TechniqueId;
  bodyAreas: BodyArea[];
  sides: Sides;
  intro: string;
  cue: string;
  outro: string;
  seconds: number;
}

export function ownStepProblems(input: OwnStepInput): string[] {
  const problems: string[] = [];
  if (!input.title.trim()) problems.push(i18n.t('builder:draftErrors.stepTitleMissing'));
  if (input.bodyAreas.length === 0) problems.push(i18n.t('builder:draftErrors.areasMissing'));
  if (input.bodyAreas.length > AREAS_MAX)
    problems.push(i18n.t('builder:draftErrors.tooManyAreas', { max: AREAS_MAX }));
  if (!input.intro.trim()) problems.push(i18n.t('builder:draftErrors.introMissing'));
  if (!input.outro.trim()) problems.push(i18n.t('builder:draftErrors.outroMissing'));
  return problems;
}

/** Firm-pressure techniques are left out in gentle mode, as the built-in ones are. */
const FIRM_TECHNIQUES: readonly TechniqueId[] = ['deep-tissue', 'trigger-point'];

export function buildOwnStep(
  input: OwnStepInput,
  technique: Pick<Technique, 'minSeconds' | 'maxSeconds' | 'pressure'>,
): Step {
  const bounds = ownStepBounds(technique, input.sides);
  const cues: Cue[] = [];
  // Every hands-on step says when to ease off; the user should not have to remember to.
  if (technique.pressure) cues.push({ kind: 'ease-pressure', text: easeOffLine(), at: 0.15 });
  const cue = input.cue.trim();
  // Clear of the half-way point, where the planner says "switch sides" on an each-side step.
  if (cue) cues.push({ kind: 'guidance', text: cue, at: input.sides === 'each' ? 0.3 : 0.5 });
  const intro = input.intro.trim();
  return {
    id: kebabCase(input.title, ID_MAX - 4) || 'my-step',
    title: input.title.trim().slice(0, TITLE_MAX),
    technique: input.technique,
    bodyAreas: [...new Set(input.bodyAreas)].slice(0, AREAS_MAX),
    narration: { intro, cues, outro: input.outro.trim() },
    caption: intro.slice(0, LINE_MAX),
    seconds: { min: bounds.min, default: clampSeconds(input.seconds, bounds), max: bounds.max },
    sides: input.sides,
    illustration: 'own-step',
    optional: false,
    priority: 1,
    firm: FIRM_TECHNIQUES.includes(input.technique),
    repeatable: false,
  };
}

/** Why the draft cannot be saved yet, in the order a person would fix it. */
export function draftProblems(draft: RoutineDraft): string[] {
  const problems: string[] = [];
  if (!draft.title.trim()) problems.push(i18n.t('builder:draftErrors.titleMissing'));
  if (draft.steps.length === 0) problems.push(i18n.t('builder:draftErrors.stepsMissing'));
  if (draft.steps.length > STEPS_MAX)
    problems.push(i18n.t('builder:draftErrors.tooManySteps', { max: STEPS_MAX }));
  const cautions = cautionsOf(draft.cautionsText);
  if (cautions.length === 0) problems.push(i18n.t('builder:draftErrors.cautionsMissing'));
  if (cautions.length > CAUTIONS_MAX)
    problems.push(i18n.t('builder:draftErrors.tooManyCautions', { max: CAUTIONS_MAX }));
  if (cautions.some((line) => line.length > CAUTION_MAX))
    problems.push(i18n.t('builder:draftErrors.cautionTooLong', { max: CAUTION_MAX }));
  return problems;
}

/** A summary for a routine saved without a description: what it does, in its own words. */
export function fallbackSummary(steps: readonly DraftStep[]): string {
  const titles = steps.map(({ step }) => step.title);
  // Joined by hand, not with Intl's list format, which would add a comma before "and".
  const list =
    titles.length <= 1
      ? (titles[0] ?? '')
      : i18n.t('builder:routineDraft.list', {
          first: titles.slice(0, -1).join(i18n.t('builder:routineDraft.listSeparator')),
          last: titles[titles.length - 1],
        });
  const text = i18n.t('builder:routineDraft.fallbackSummary', { list });
  return text.length <= SUMMARY_MAX ? text : `${text.slice(0, SUMMARY_MAX - 1).trimEnd()}…`;
}

/**
 * The routine as main stores it. Step ids are made unique here, not when adding, so a step
 * added twice and then removed once keeps its plain id.
 */
export function draftToRoutine(draft: RoutineDraft, id: string): Routine {
  const used = new Set<string>();
  const steps = draft.steps.map(({ step }) => {
    const stepId = uniqueId(step.id, used);
    used.add(stepId);
    return { ...step, id: stepId };
  });
  return {
    format: 1,
    id,
    title: draft.title.trim().slice(0, TITLE_MAX),
    summary: draft.summary.trim().slice(0, SUMMARY_MAX) || fallbackSummary(draft.steps),
    conditions: draft.conditions,
    intensity: draft.intensity,
    cautions: cautionsOf(draft.cautionsText),
    steps,
  };
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) {
    return [...items];
  }
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
