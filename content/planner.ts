import type { Protections } from './health-protections';
import { NOT_GENTLE_TECHNIQUES, PRESSURE_TECHNIQUES } from './hold-rules';
import type {
  BodyArea,
  EquipmentId,
  GentleVariant,
  Routine,
  SideWork,
  Sides,
  Step,
  TechniqueId,
} from './schema';
import {
  layOutStep,
  timelineBounds,
  type NarrationDetail,
  type PlannedBreathing,
  type PlannedCue,
  type PlannedHold,
  type SpokenLines,
  type TimelineContext,
} from './step-timeline';
import { ENGLISH_PLAN_WORDING, type PlanWording, type ProtectionReason } from './plan-wording';

/**
 * Fit to your time: turns a routine plus the user's choices (target length, pace,
 * intensity, areas to avoid, per-step overrides) into a concrete timeline.
 *
 * Pure and deterministic: no DOM, no Electron, no Node; the routine is never mutated and the
 * same input always gives a deep-equal plan.
 *
 * How a target is met, in order:
 *  1. Filter: turned-off steps, steps on an avoided area, and (gentle mode) firm, deep
 *     tissue, trigger-point and ball-rolling steps without a gentle variant are left out;
 *     such steps with a gentle variant are swapped for it.
 *  2. Bounds: each step keeps to [min, max] of the content, narrowed so every line is
 *     spoken whole and every hold keeps its technique's bounds (step-timeline.ts); when the
 *     two disagree the least length the lines need wins. A duration override is clamped
 *     into the bounds and then fixed.
 *  3. Too little time (sum of mins over the target): optional steps are dropped, largest
 *     priority number first, later step first on ties, until the mins fit. The last step
 *     left is never dropped. If it still does not fit, the plan runs at the mins and is
 *     infeasible.
 *  4. Slower pace only: optional steps are then dropped in the same order while the sum of
 *     the (slower) default lengths is still over the target, provided the steps left can
 *     still reach the target at their maxes. The remaining steps then run near or above
 *     their slower defaults instead of being squeezed.
 *  5. Too much time (sum of maxes under the target): repeatable steps get a second pass
 *     (most important first, earlier first on ties), each only if the mins still fit, until
 *     the maxes reach the target. If they still do not, the plan runs at the maxes and is
 *     infeasible.
 *  6. Otherwise free steps are scaled by one factor k (bisection), clamped to their bounds,
 *     and the rounding remainder is handed out a second at a time, so the total equals the
 *     target exactly.
 *
 * Over 400 lines on purpose: the six stages above share one working list of steps, and
 * reading them in order, in one place, is how their interplay is checked.
 */

export type Pace = 'normal' | 'slower';
export type PlanIntensity = 'standard' | 'gentle';

export interface StepOverride {
  enabled?: boolean;
  seconds?: number;
}

export interface PlanOptions {
  /** 120..3600 (clamped); absent = the routine's own lengths. */
  targetSeconds?: number;
  /** Default 'normal'. */
  pace?: Pace;
  /** Default 'standard'. */
  intensity?: PlanIntensity;
  avoidAreas?: readonly BodyArea[];
  /** By step id. A repeat (second pass) shares its step's override. */
  overrides?: Readonly<Record<string, StepOverride>>;
  /** Spoken length of a narration line in seconds, if known. */
  clipSeconds?: (text: string) => number | undefined;
  /** The app's own spoken lines in the routine's language (default: English). */
  spokenLines?: SpokenLines;
  /** The words of the plan's message and of `why` (default: English). */
  wording?: PlanWording;
  /**
   * 'cues': only the short cues are spoken (switch sides, release between holds, breath
   * phases, "ease off" and skin checks). Default 'full'.
   */
  narrationDetail?: NarrationDetail;
  /** From the user's health answers (health-protections.ts); gentle is set via `intensity`. */
  protections?: Partial<Omit<Protections, 'gentle'>>;
}

export type { NarrationDetail, PlannedBreathing, PlannedCue, PlannedHold };

export interface PlannedStep {
  /** Unique within the plan: the step id, plus "#2" for a repeat. */
  key: string;
  stepId: string;
  /** 1, or 2 for a second pass of a repeatable step. */
  repeat: number;
  title: string;
  technique: TechniqueId;
  bodyAreas: BodyArea[];
  caption: string;
  illustration: string;
  intro: string;
  outro: string;
  variant: 'standard' | 'gentle';
  /** Seconds from the routine start. */
  start: number;
  /** Whole seconds. */
  seconds: number;
  /**
   * The step's effective bounds: the content's min/max, with the min raised so the narration
   * fits. A duration override is clamped into these (and then fixed).
   */
  minSeconds: number;
  maxSeconds: number;
  sides: Sides;
  /** Which part is worked on a side, and by which hand (see content/side-now.ts). */
  sideWork?: SideWork;
  /** What the step (as played: a gentle variant may swap the tool) needs at hand. */
  equipment?: EquipmentId[];
  /** For sides 'each': when the second side's line starts. */
  sideSwitchAtSeconds?: number;
  /** Every spoken moment after the chime, the intro first, sorted by atSeconds. */
  cues: PlannedCue[];
  /** When the outro starts; null when it is not spoken. */
  outroAtSeconds: number | null;
  /** The holds of a hold technique (trigger point, myofascial release, stretching). */
  holds: PlannedHold[];
  /** The paced breathing pattern of a breathing step. */
  breathing?: PlannedBreathing;
}

export type OmitReason = 'avoided-area' | 'gentle' | 'turned-off' | 'time' | 'health';

export interface OmittedStep {
  stepId: string;
  title: string;
  reason: OmitReason;
  /** For 'avoided-area': the avoided areas the step works on. */
  areas?: BodyArea[];
  /** For 'health': why, in plain words. */
  why?: string;
}

export interface Plan {
  routineId: string;
  title: string;
  steps: PlannedStep[];
  totalSeconds: number;
  /** The target actually planned for (clamped to 120..3600, whole seconds). */
  targetSeconds?: number;
  /** True when there is no target or |total - target| <= 1. */
  feasible: boolean;
  /** When not feasible (and something is left to play): the closest total that can be met. */
  nearestFeasibleSeconds?: number;
  /** Omitted steps in routine order. */
  omitted: OmittedStep[];
  /** Why something was left out or the target cannot be met, in the wording's language. */
  message?: string;
}

export const MIN_TARGET_SECONDS = 120;
export const MAX_TARGET_SECONDS = 3600;
/** Slower pace: default lengths and repeating cue intervals are multiplied by this. */
export const SLOWER_FACTOR = 1.25;

/** What a step does: the step itself or its gentle variant. */
type StepBody = GentleVariant;

interface Item {
  /** Position in the routine. */
  index: number;
  step: Step;
  body: StepBody;
  variant: 'standard' | 'gentle';
  lo: number;
  hi: number;
  def: number;
  /** Set by a duration override: the step runs exactly this long. */
  fixed?: number;
}

interface Filtered {
  items: Item[];
  omitted: { index: number; entry: OmittedStep }[];
}

interface Arrangement {
  slots: { item: Item; repeat: 1 | 2 }[];
  values: number[];
  dropped: Item[];
  status: 'fit' | 'short' | 'long';
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * What gentle mode never plays: firm pressure, deep tissue, trigger-point holds and ball
 * rolling (the ball technique's own cautions name osteoporosis, bleeding disorders, clots).
 */
export function tooFirmForGentle(body: Pick<Step, 'technique'> & { firm?: boolean }): boolean {
  return body.firm === true || NOT_GENTLE_TECHNIQUES.includes(body.technique);
}

/** Why the user's health answers leave this step out; undefined when they do not. */
function protectionAgainst(
  body: StepBody,
  protections: PlanOptions['protections'],
): ProtectionReason | undefined {
  if (protections?.noHeat && body.technique === 'heat') return 'noHeat';
  if (
    protections?.noPressureOnLegs &&
    PRESSURE_TECHNIQUES.includes(body.technique) &&
    body.bodyAreas.some((area) => area === 'legs' || area === 'feet')
  ) {
    return 'noPressureOnLegs';
  }
  return undefined;
}

function timelineContext(options: PlanOptions): TimelineContext {
  const context: TimelineContext = {
    paceFactor: (options.pace ?? 'normal') === 'slower' ? SLOWER_FACTOR : 1,
    detail: options.narrationDetail ?? 'full',
    breathHolds: !options.protections?.noBreathHolds,
  };
  if (options.clipSeconds) context.clipSeconds = options.clipSeconds;
  if (options.spokenLines) context.spokenLines = options.spokenLines;
  return context;
}

function boundsOf(
  body: StepBody,
  pace: Pace,
  context: TimelineContext,
): { lo: number; hi: number; def: number } {
  const needs = timelineBounds(body, context);
  // What the lines and holds need outranks the content: a content min past the longest
  // hold the technique allows is brought back to it.
  const lo = Math.max(needs.lo, Math.min(body.seconds.min, needs.hi ?? body.seconds.min));
  const hi = Math.max(lo, Math.min(body.seconds.max, needs.hi ?? body.seconds.max));
  const base =
    pace === 'slower' ? Math.round(body.seconds.default * SLOWER_FACTOR) : body.seconds.default;
  return { lo, hi, def: clamp(base, lo, hi) };
}

function filterSteps(routine: Routine, options: PlanOptions): Filtered {
  const pace = options.pace ?? 'normal';
  const gentle = (options.intensity ?? 'standard') === 'gentle';
  const avoid = new Set<BodyArea>(options.avoidAreas ?? []);
  const overrides = options.overrides ?? {};
  const context = timelineContext(options);
  const items: Item[] = [];
  const omitted: Filtered['omitted'] = [];

  routine.steps.forEach((step, index) => {
    const override = hasOwn(overrides, step.id) ? overrides[step.id] : undefined;
    const omit = (reason: OmitReason, areas?: BodyArea[], why?: string): void => {
      const entry: OmittedStep = { stepId: step.id, title: step.title, reason };
      if (areas) entry.areas = areas;
      if (why) entry.why = why;
      omitted.push({ index, entry });
    };
    if (override?.enabled === false) {
      omit('turned-off');
      return;
    }
    const swap = gentle && tooFirmForGentle(step);
    // A variant that is itself firm (a softer ball, say) is no gentle choice either.
    const variant =
      step.gentleVariant && !tooFirmForGentle(step.gentleVariant) ? step.gentleVariant : undefined;
    const body: StepBody = swap && variant ? variant : step;
    const touched = [...new Set(body.bodyAreas.filter((area) => avoid.has(area)))];
    if (touched.length > 0) {
      omit('avoided-area', touched);
      return;
    }
    if (swap && !variant) {
      omit('gentle');
      return;
    }
    const why = protectionAgainst(body, options.protections);
    if (why) {
      omit('health', undefined, (options.wording ?? ENGLISH_PLAN_WORDING).protection(why));
      return;
    }
    const { lo, hi, def } = boundsOf(body, pace, context);
    const item: Item = {
      index,
      step,
      body,
      variant: body === step ? 'standard' : 'gentle',
      lo,
      hi,
      def,
    };
    const wanted = override?.seconds;
    if (wanted !== undefined && Number.isFinite(wanted)) {
      item.fixed = clamp(Math.round(wanted), lo, hi);
    }
    items.push(item);
  });
  return { items, omitted };
}

const loOf = (item: Item): number => item.fixed ?? item.lo;
const hiOf = (item: Item): number => item.fixed ?? item.hi;
const defOf = (item: Item): number => item.fixed ?? item.def;

/** Optional steps in the order they are dropped: largest priority number, then latest. */
function dropOrder(items: readonly Item[]): Item[] {
  return items
    .filter((item) => item.step.optional)
    .sort((a, b) => b.step.priority - a.step.priority || b.index - a.index);
}

/** Chooses the steps (drops, repeats) and their lengths for a target; see the file comment. */
function arrange(items: readonly Item[], target: number, pace: Pace): Arrangement {
  const kept = new Set<Item>(items);
  const dropped: Item[] = [];
  let sumLo = 0;
  let sumHi = 0;
  let sumDef = 0;
  for (const item of items) {
    sumLo += loOf(item);
    sumHi += hiOf(item);
    sumDef += defOf(item);
  }
  const drop = (item: Item): void => {
    kept.delete(item);
    dropped.push(item);
    sumLo -= loOf(item);
    sumHi -= hiOf(item);
    sumDef -= defOf(item);
  };

  const order = dropOrder(items);
  for (const item of order) {
    if (sumLo <= target || kept.size <= 1) break;
    drop(item);
  }
  if (pace === 'slower' && sumLo <= target) {
    for (const item of order) {
      if (sumDef <= target) break;
      if (!kept.has(item) || kept.size <= 1) continue;
      if (sumHi - hiOf(item) < target) continue;
      drop(item);
    }
  }

  // Repeats only while the maxes fall short of the target; mins over it mean maxes over it
  // too, so the first check also ends this at once for a short target.
  const repeated = new Set<Item>();
  const candidates = items
    .filter((item) => kept.has(item) && item.step.repeatable && item.fixed === undefined)
    .sort((a, b) => a.step.priority - b.step.priority || a.index - b.index);
  for (const item of candidates) {
    if (sumHi >= target) break;
    if (sumLo + item.lo > target) continue;
    repeated.add(item);
    sumLo += item.lo;
    sumHi += item.hi;
  }

  const slots: Arrangement['slots'] = [];
  for (const item of items) {
    if (!kept.has(item)) continue;
    slots.push({ item, repeat: 1 });
    if (repeated.has(item)) slots.push({ item, repeat: 2 });
  }

  if (sumLo > target) {
    return { slots, values: slots.map((s) => loOf(s.item)), dropped, status: 'short' };
  }
  if (sumHi < target) {
    return { slots, values: slots.map((s) => hiOf(s.item)), dropped, status: 'long' };
  }
  return { slots, values: scaleToTarget(slots, target), dropped, status: 'fit' };
}

/**
 * Lengths for the slots totalling exactly `target` (which lies between the sums of their
 * bounds): free steps at clamp(round(default * k)), k found by bisection, then the rounding
 * remainder handed out one second at a time.
 */
function scaleToTarget(slots: Arrangement['slots'], target: number): number[] {
  const values = slots.map((s) => s.item.fixed ?? s.item.lo);
  const free: number[] = [];
  let goal = target;
  slots.forEach((slot, i) => {
    if (slot.item.fixed === undefined) free.push(i);
    else goal -= slot.item.fixed;
  });
  const at = (i: number, k: number): number => {
    const item = (slots[i] as Arrangement['slots'][number]).item;
    return clamp(Math.round(item.def * k), item.lo, item.hi);
  };
  const sumAt = (k: number): number => free.reduce((sum, i) => sum + at(i, k), 0);

  let kLo = 0;
  let kHi = 1;
  for (let n = 0; n < 40 && sumAt(kHi) < goal; n++) kHi *= 2;
  for (let n = 0; n < 64; n++) {
    const mid = (kLo + kHi) / 2;
    if (sumAt(mid) <= goal) kLo = mid;
    else kHi = mid;
  }
  let remainder = goal;
  for (const i of free) {
    values[i] = at(i, kLo);
    remainder -= values[i];
  }
  // Steps closest to their next second (at kHi) get the spare seconds first.
  const want = (i: number): number =>
    (slots[i] as Arrangement['slots'][number]).item.def * kHi - (values[i] ?? 0);
  const order = [...free].sort((a, b) => want(b) - want(a) || a - b);
  while (remainder > 0) {
    let gave = false;
    for (const i of order) {
      if (remainder <= 0) break;
      const item = (slots[i] as Arrangement['slots'][number]).item;
      const value = values[i] ?? 0;
      if (value < item.hi) {
        values[i] = value + 1;
        remainder -= 1;
        gave = true;
      }
    }
    if (!gave) break;
  }
  return values;
}

function buildMessage(
  wording: PlanWording,
  omitted: readonly OmittedStep[],
  target: number | undefined,
  requested: number | undefined,
  status: Arrangement['status'] | undefined,
  feasible: boolean,
  total: number,
  empty: boolean,
): string | undefined {
  const parts: string[] = [];
  const titles = (entries: readonly OmittedStep[]): string =>
    wording.list(entries.map((e) => e.title));
  const withDetail = (title: string, detail: string | undefined): string =>
    detail ? wording.withDetail(title, detail) : title;
  if (
    requested !== undefined &&
    target !== undefined &&
    (requested < MIN_TARGET_SECONDS || requested > MAX_TARGET_SECONDS)
  ) {
    parts.push(
      wording.clamped(
        wording.length(MIN_TARGET_SECONDS),
        wording.length(MAX_TARGET_SECONDS),
        wording.length(target),
      ),
    );
  }
  const avoided = omitted.filter((o) => o.reason === 'avoided-area');
  if (avoided.length > 0) {
    const detail = avoided.map((o) =>
      withDetail(o.title, wording.list((o.areas ?? []).map(wording.area))),
    );
    parts.push(wording.avoided(wording.list(detail)));
  }
  const health = omitted.filter((o) => o.reason === 'health');
  if (health.length > 0) {
    parts.push(wording.health(wording.list(health.map((o) => withDetail(o.title, o.why)))));
  }
  const gentle = omitted.filter((o) => o.reason === 'gentle');
  if (gentle.length > 0) parts.push(wording.gentle(titles(gentle)));
  const off = omitted.filter((o) => o.reason === 'turned-off');
  if (off.length > 0) parts.push(wording.turnedOff(titles(off)));
  const time = omitted.filter((o) => o.reason === 'time');
  if (time.length > 0 && target !== undefined) {
    parts.push(wording.time(wording.length(target), titles(time)));
  }
  if (empty) {
    parts.push(wording.nothingLeft());
  } else if (!feasible && status === 'short') {
    parts.push(wording.tooShort(wording.length(total)));
  } else if (!feasible && status === 'long') {
    parts.push(wording.tooLong(wording.length(total)));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** The planned target: clamped to 120..3600 and rounded to whole seconds. */
function normaliseTarget(target: number | undefined): number | undefined {
  if (target === undefined || !Number.isFinite(target)) return undefined;
  return Math.round(clamp(target, MIN_TARGET_SECONDS, MAX_TARGET_SECONDS));
}

/** Fits a routine to the user's time and choices. Pure and deterministic. */
export function plan(routine: Routine, options: PlanOptions = {}): Plan {
  const pace = options.pace ?? 'normal';
  const context = timelineContext(options);
  const target = normaliseTarget(options.targetSeconds);
  const { items, omitted } = filterSteps(routine, options);

  let arrangement: Arrangement;
  if (target === undefined) {
    arrangement = {
      slots: items.map((item) => ({ item, repeat: 1 })),
      values: items.map(defOf),
      dropped: [],
      status: 'fit',
    };
  } else {
    arrangement = arrange(items, target, pace);
  }
  for (const item of arrangement.dropped) {
    omitted.push({
      index: item.index,
      entry: { stepId: item.step.id, title: item.step.title, reason: 'time' },
    });
  }
  omitted.sort((a, b) => a.index - b.index);

  const steps: PlannedStep[] = [];
  let start = 0;
  arrangement.slots.forEach(({ item, repeat }, i) => {
    const seconds = arrangement.values[i] ?? item.lo;
    const { body, step } = item;
    const timeline = layOutStep(body, seconds, context);
    const planned: PlannedStep = {
      key: repeat === 1 ? step.id : `${step.id}#2`,
      stepId: step.id,
      repeat,
      title: body.title,
      technique: body.technique,
      bodyAreas: [...body.bodyAreas],
      caption: body.caption,
      illustration: body.illustration,
      intro: body.narration.intro,
      outro: body.narration.outro,
      variant: item.variant,
      start,
      seconds,
      minSeconds: item.lo,
      maxSeconds: item.hi,
      sides: body.sides,
      cues: timeline.cues,
      outroAtSeconds: timeline.outroAtSeconds,
      holds: timeline.holds,
    };
    if (timeline.breathing) planned.breathing = timeline.breathing;
    if (body.sideWork) planned.sideWork = { ...body.sideWork };
    if (body.equipment?.length) planned.equipment = [...body.equipment];
    if (timeline.sideSwitchAtSeconds !== undefined) {
      planned.sideSwitchAtSeconds = timeline.sideSwitchAtSeconds;
    }
    steps.push(planned);
    start += seconds;
  });

  const totalSeconds = start;
  const feasible = target === undefined || Math.abs(totalSeconds - target) <= 1;
  const empty = steps.length === 0;
  const result: Plan = {
    routineId: routine.id,
    title: routine.title,
    steps,
    totalSeconds,
    feasible,
    omitted: omitted.map((o) => o.entry),
  };
  if (target !== undefined) result.targetSeconds = target;
  if (!feasible && !empty) result.nearestFeasibleSeconds = totalSeconds;
  const message = buildMessage(
    options.wording ?? ENGLISH_PLAN_WORDING,
    result.omitted,
    target,
    options.targetSeconds,
    target === undefined ? undefined : arrangement.status,
    feasible,
    totalSeconds,
    empty,
  );
  if (message !== undefined) result.message = message;
  return result;
}

/**
 * The shortest and longest totals the planner can reach with these options (the target is
 * ignored): every optional step dropped and everything at its min, or every repeatable step
 * played twice and everything at its max. Totals in between are usually, not always, exact
 * (dropping or repeating a step can leave a gap).
 */
export function planBounds(
  routine: Routine,
  options: PlanOptions = {},
): { minSeconds: number; maxSeconds: number } {
  const pace = options.pace ?? 'normal';
  const { items } = filterSteps(routine, options);
  const total = (a: Arrangement): number => a.values.reduce((sum, v) => sum + v, 0);
  return {
    minSeconds: total(arrange(items, 0, pace)),
    maxSeconds: total(arrange(items, Number.POSITIVE_INFINITY, pace)),
  };
}
