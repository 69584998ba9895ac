import { HOLD_RULES, PRESSURE_TECHNIQUES } from './hold-rules';
import type { Breathing, Cue, CueKind, GentleVariant } from './schema';
import spokenLines from './spoken-lines.json' with { type: 'json' };

/**
 * One step's spoken timeline: when each line starts, where the holds fall, and where the
 * breathing pattern runs. Pure, like the planner that calls it.
 *
 * The rules it keeps, at every length it accepts:
 *  - the step chime rings alone first (CHIME_ROOM_SECONDS), then the intro;
 *  - no line starts before the previous one has ended plus LINE_GAP_SECONDS, and the last
 *    one ends END_ROOM_SECONDS before the step does, so nothing is ever cut off;
 *  - a hold runs from the end of the line that sets it up (intro, switch, release) to the
 *    start of the line that ends it, and keeps its technique's bounds (hold-rules.ts);
 *  - each side of a pressure step hears the "ease off" cue; heat is checked at least every
 *    five minutes;
 *  - a breathing pattern speaks "in", "hold", "out" at each phase start, in time with the
 *    pacer, and thins out to soft tones after the first rounds.
 * A line whose clip length is unknown (a user's own step, before the clips load) is timed
 * by an estimate at a calm speaking rate.
 *
 * Over 400 lines on purpose: the least length a step accepts (timelineBounds) and the layout
 * at that length (layOutStep) must agree to the tenth of a second, so they sit side by side.
 */

export type NarrationDetail = 'full' | 'cues';
export type PlannedCueKind = CueKind | 'intro' | 'release';

export interface PlannedCue {
  kind: PlannedCueKind;
  text: string;
  /** Seconds from the step start, at 0.1 s precision. */
  atSeconds: number;
  /** True: a soft tone is played instead of the words (later breathing rounds). */
  tone?: boolean;
}

export interface PlannedHold {
  /** 1 for the first (or only) side, 2 for the second. */
  side: 1 | 2;
  startSeconds: number;
  endSeconds: number;
}

export interface BreathSpan {
  startSeconds: number;
  endSeconds: number;
}

export interface PlannedBreathing {
  /** Phase lengths in seconds, already scaled by the pace. */
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
  /** Where the pattern runs; between spans the pacer rests while a line is spoken. */
  spans: BreathSpan[];
}

export interface StepTimeline {
  cues: PlannedCue[];
  /** When the outro starts; null when it is not spoken (narration detail "cues only"). */
  outroAtSeconds: number | null;
  holds: PlannedHold[];
  breathing?: PlannedBreathing;
  /** For sides 'each': when the second side's line starts. */
  sideSwitchAtSeconds?: number;
}

export interface TimelineContext {
  /** Multiplies breathing phases and repeating cue intervals (1 at the normal pace). */
  paceFactor: number;
  detail: NarrationDetail;
  /** False: breathing patterns run without their holds (pregnancy). Default true. */
  breathHolds?: boolean;
  clipSeconds?: (text: string) => number | undefined;
  /** The app's own lines in the language of the routine (default: English). */
  spokenLines?: SpokenLines;
}

/** Lines the app speaks itself; narrated like any content line. */
export const SPOKEN_LINES: Readonly<typeof spokenLines> = spokenLines;
export type SpokenLines = Readonly<typeof spokenLines>;

const linesOf = (context: TimelineContext): SpokenLines => context.spokenLines ?? SPOKEN_LINES;
/** The step chime rings alone for this long before the first word. */
export const CHIME_ROOM_SECONDS = 1.5;
/** Silence after every line before the next may start. */
export const LINE_GAP_SECONDS = 1;
/** Silence between the last line's end and the step's end. */
export const END_ROOM_SECONDS = 0.5;
/** Breathing rounds spoken in words before the cues become soft tones. */
export const VOICED_BREATH_ROUNDS = 3;
/** Heat steps get a spoken skin check this often... */
export const SKIN_CHECK_EVERY_SECONDS = 240;
/** ...so no stretch of heat runs longer than this without one. */
export const MAX_HEAT_WITHOUT_CHECK_SECONDS = 300;
/** Speaking rate assumed for a line whose clip length is unknown: calm, 130 words a minute... */
const ESTIMATE_WORDS_PER_SECOND = 130 / 60;
/**
 * ...or 13 letters a second, whichever is slower: a language of long words (German's
 * compounds) says fewer words a second, so its lines are timed by their letters.
 */
const ESTIMATE_LETTERS_PER_SECOND = 13;

type Body = GentleVariant;

/** Seconds a line takes to say: its clip, or an estimate at a calm rate. */
export function lineSeconds(text: string, clipSeconds?: TimelineContext['clipSeconds']): number {
  const clip = clipSeconds?.(text);
  if (clip !== undefined && Number.isFinite(clip) && clip >= 0) return clip;
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  const letters = text.replace(/[\s\p{P}]/gu, '').length;
  const speaking = Math.max(
    words / ESTIMATE_WORDS_PER_SECOND,
    letters / ESTIMATE_LETTERS_PER_SECOND,
  );
  return Math.round((0.6 + speaking) * 10) / 10;
}

/**
 * How far inside its technique's bounds a hold is planned, so rounding the lines to 0.1 s
 * never shaves a hold under the minimum or stretches it over the maximum. The band a step's
 * length may take (timelineBounds) and the count of holds laid out in it (layOutHolds)
 * must use the same margin, or a step at the top of its band gets one hold too many.
 */
const HOLD_MARGIN_SECONDS = 0.3;
const ceil1 = (value: number): number => Math.ceil(value * 10 - 1e-6) / 10;
const round1 = (value: number): number => Math.round(value * 10) / 10;

/** The switch line of an each-side step: its own switch-sides cue, or the standard line. */
function switchLine(body: Body, context: TimelineContext): string {
  return (
    body.narration.cues.find((cue) => cue.kind === 'switch-sides')?.text ??
    linesOf(context).switchSides
  );
}

function isSafety(kind: PlannedCueKind): boolean {
  return kind === 'ease-pressure' || kind === 'skin-check';
}

/** Content cues spoken inside the holds: the switch line is an opener, not one of these. */
function holdCues(body: Body, detail: NarrationDetail): Cue[] {
  const cues = body.narration.cues.filter((cue) => cue.kind !== 'switch-sides');
  const kept = detail === 'full' ? cues : cues.filter((cue) => isSafety(cue.kind));
  if (body.sides === 'each' && PRESSURE_TECHNIQUES.includes(body.technique)) {
    // The ease-off cue belongs on each side: a side without one hears the other side's.
    const ease = kept.filter((cue) => cue.kind === 'ease-pressure');
    const first = ease.filter((cue) => cue.at < 0.5);
    const second = ease.filter((cue) => cue.at >= 0.5);
    if (second.length === 0) {
      for (const cue of first) kept.push({ ...cue, at: Math.min(1, cue.at + 0.5) });
    }
    if (first.length === 0) for (const cue of second) kept.push({ ...cue, at: cue.at - 0.5 });
  }
  return kept;
}

interface Shape {
  sides: 1 | 2;
  intro: number;
  outro: number;
  switchLine: number;
  release: number;
  /** Fixed time: chime, intro, outro, end room. */
  fixed: number;
  /** Spoken seconds (with gaps) of the cues each side must fit. */
  cueRoom: [number, number];
}

function shapeOf(body: Body, context: TimelineContext): Shape {
  const clip = (text: string): number => lineSeconds(text, context.clipSeconds);
  const full = context.detail === 'full';
  const intro = full ? clip(body.narration.intro) : 0;
  const outro = full ? clip(body.narration.outro) : 0;
  const sides = body.sides === 'each' ? 2 : 1;
  const cueRoom: [number, number] = [0, 0];
  if (!body.breathing) {
    for (const cue of holdCues(body, context.detail)) {
      const side = sides === 2 && cue.at >= 0.5 ? 1 : 0;
      // A line starts on the 0.1-s grid, so it may lose up to 0.1 s to rounding.
      cueRoom[side] += clip(cue.text) + LINE_GAP_SECONDS + 0.1;
    }
  } else {
    for (const cue of holdCues(body, context.detail)) {
      cueRoom[0] += clip(cue.text) + LINE_GAP_SECONDS;
    }
  }
  return {
    sides,
    intro,
    outro,
    switchLine: sides === 2 ? clip(switchLine(body, context)) : 0,
    release: clip(linesOf(context).release),
    fixed: CHIME_ROOM_SECONDS + intro + outro + END_ROOM_SECONDS,
    cueRoom,
  };
}

/** The pattern as it will run: holds dropped when the user's answers ask for it. */
function patternOf(breathing: Breathing, context: TimelineContext): Breathing {
  return context.breathHolds === false ? { ...breathing, holdIn: 0, holdOut: 0 } : breathing;
}

function cycleOf(breathing: Breathing, context: TimelineContext): number {
  const b = patternOf(breathing, context);
  return (b.inhale + b.holdIn + b.exhale + b.holdOut) * context.paceFactor;
}

/**
 * The least and most seconds this step can run with every line whole and every hold in its
 * bounds. The planner keeps a step within [content min, content max] intersected with these
 * (the least wins when the two disagree).
 */
export function timelineBounds(
  body: Body,
  context: TimelineContext,
): { lo: number; hi: number | undefined } {
  const shape = shapeOf(body, context);
  const gapAfterIntro = shape.intro > 0 ? LINE_GAP_SECONDS : 0;
  const between = (shape.sides - 1) * (shape.switchLine + LINE_GAP_SECONDS);
  const sideRoom = Math.max(...shape.cueRoom.slice(0, shape.sides));
  let lo = shape.fixed + gapAfterIntro + between + shape.sides * (sideRoom + LINE_GAP_SECONDS);
  let hi: number | undefined;
  const rule = HOLD_RULES[body.technique];
  if (body.breathing) {
    const cycle = cycleOf(body.breathing, context);
    const rounds = Math.min(2, body.breathing.maxRounds ?? 2);
    lo = shape.fixed + gapAfterIntro + shape.cueRoom[0] + rounds * cycle + LINE_GAP_SECONDS;
    if (body.breathing.maxRounds !== undefined) {
      hi =
        shape.fixed +
        gapAfterIntro +
        shape.cueRoom[0] +
        body.breathing.maxRounds * cycle +
        cycle / 2 +
        LINE_GAP_SECONDS;
    }
  } else if (rule) {
    const holdLo = rule.minSeconds + HOLD_MARGIN_SECONDS;
    const holdHi = rule.maxSeconds - HOLD_MARGIN_SECONDS;
    const perSideLo = (rule.minPerSide - 1) * shape.release + rule.minPerSide * holdLo;
    // Each count of holds covers a band of side lengths. With a long "let go" line the band
    // for one more hold starts above where the last band ended, and a side length in that
    // gap would have holds too long or too short: the step stops at the last band that
    // joins up with the ones before it.
    let most = rule.minPerSide;
    while (
      most < rule.maxPerSide &&
      most * shape.release + (most + 1) * holdLo <= (most - 1) * shape.release + most * holdHi
    ) {
      most++;
    }
    const perSideHi = (most - 1) * shape.release + most * holdHi;
    // A hold starts as its setting-up line ends: no gap between the two.
    const switchLines = (shape.sides - 1) * shape.switchLine;
    lo = Math.max(lo, shape.fixed + switchLines + shape.sides * perSideLo);
    hi = shape.fixed + switchLines + shape.sides * perSideHi;
  }
  return { lo: Math.ceil(lo - 1e-9), hi: hi === undefined ? undefined : Math.floor(hi + 1e-9) };
}

/** Lays out one step of `seconds`; see the file comment for the rules. */
export function layOutStep(body: Body, seconds: number, context: TimelineContext): StepTimeline {
  const shape = shapeOf(body, context);
  const cues: PlannedCue[] = [];
  let cursor = CHIME_ROOM_SECONDS;
  if (context.detail === 'full') {
    cues.push({ kind: 'intro', text: body.narration.intro, atSeconds: CHIME_ROOM_SECONDS });
    cursor += shape.intro;
  }
  const outroAtSeconds =
    context.detail === 'full'
      ? Math.max(cursor, Math.floor((seconds - END_ROOM_SECONDS - shape.outro) * 10) / 10)
      : null;
  const end = outroAtSeconds ?? seconds - END_ROOM_SECONDS;
  const timeline: StepTimeline = { cues, outroAtSeconds, holds: [] };
  if (body.breathing) {
    timeline.breathing = layOutBreathing(body, body.breathing, cursor, end, context, cues);
  } else {
    layOutHolds(body, shape, { from: cursor, end, seconds }, context, timeline);
  }
  cues.sort((a, b) => a.atSeconds - b.atSeconds);
  return timeline;
}

interface Window {
  start: number;
  end: number;
}

function layOutHolds(
  body: Body,
  shape: Shape,
  { from, end, seconds }: { from: number; end: number; seconds: number },
  context: TimelineContext,
  timeline: StepTimeline,
): void {
  const rule = HOLD_RULES[body.technique];
  const openers = shape.sides - 1;
  const holdTime = (perSide: number): number =>
    end - from - openers * shape.switchLine - shape.sides * (perSide - 1) * shape.release;
  let perSide = 1;
  if (rule) {
    perSide = rule.maxPerSide;
    for (let n = rule.minPerSide; n <= rule.maxPerSide; n++) {
      // The tolerance: at the top of a band (timelineBounds' `hi`) the hold comes out at
      // exactly the bound, give or take the last bit of floating point.
      if (holdTime(n) / (shape.sides * n) <= rule.maxSeconds - HOLD_MARGIN_SECONDS + 1e-9) {
        perSide = n;
        break;
      }
    }
  }
  const hold = Math.max(0, holdTime(perSide) / (shape.sides * perSide));

  // Openers and holds, in order; openers start on a 0.1 s grid, never earlier than due.
  // `due` runs on the exact times, so rounding one opener up never pushes the later ones
  // (and the last hold would otherwise lose every rounding before it).
  const sideWindows: Window[][] = [];
  let t = from;
  let due = from;
  for (let side = 1; side <= shape.sides; side++) {
    const windows: Window[] = [];
    for (let k = 1; k <= perSide; k++) {
      if (side > 1 && k === 1) {
        const at = ceil1(due);
        timeline.cues.push({
          kind: 'switch-sides',
          text: switchLine(body, context),
          atSeconds: at,
        });
        timeline.sideSwitchAtSeconds = at;
        t = at + shape.switchLine;
        due += shape.switchLine;
      } else if (k > 1) {
        const at = ceil1(due);
        timeline.cues.push({ kind: 'release', text: linesOf(context).release, atSeconds: at });
        t = at + shape.release;
        due += shape.release;
      }
      due += hold;
      const holdEnd = side === shape.sides && k === perSide ? end : Math.max(t + 0.1, due);
      if (rule)
        timeline.holds.push({
          side: side as 1 | 2,
          startSeconds: round1(t),
          endSeconds: round1(holdEnd),
        });
      windows.push({ start: t + LINE_GAP_SECONDS, end: holdEnd - LINE_GAP_SECONDS });
      t = holdEnd;
    }
    sideWindows.push(windows);
  }

  const wanted: { cue: Cue; side: number; desired?: number }[] = holdCues(body, context.detail).map(
    (cue) => ({ cue, side: shape.sides === 2 && cue.at >= 0.5 ? 1 : 0 }),
  );
  for (const item of [...wanted]) {
    // A repeating cue (a user's own "keep breathing") comes back while there is room.
    const every = item.cue.every;
    if (every === undefined) continue;
    const firstAt = from + item.cue.at * (end - from);
    for (
      let at = firstAt + every * context.paceFactor;
      at < end;
      at += every * context.paceFactor
    ) {
      wanted.push({ cue: item.cue, side: item.side, desired: at });
    }
  }
  if (body.technique === 'heat' && seconds > MAX_HEAT_WITHOUT_CHECK_SECONDS) {
    // Counted from the step's start: a check every SKIN_CHECK_EVERY_SECONDS of heat.
    for (let at = SKIN_CHECK_EVERY_SECONDS; at < end; at += SKIN_CHECK_EVERY_SECONDS) {
      const cue: Cue = { kind: 'skin-check', text: linesOf(context).skinCheck, at: 0 };
      wanted.push({ cue, side: 0, desired: Math.max(from + LINE_GAP_SECONDS, at) });
    }
  }
  // The skin checks first, then the other safety cues, so a busy step drops a guidance
  // line, never an "ease off" or a skin check.
  const rank = (kind: CueKind): number =>
    kind === 'skin-check' ? 0 : kind === 'ease-pressure' ? 1 : 2;
  wanted.sort(
    (a, b) =>
      rank(a.cue.kind) - rank(b.cue.kind) ||
      Number(a.desired !== undefined) - Number(b.desired !== undefined) ||
      a.cue.at - b.cue.at,
  );
  // Each line where it asks to be; if that strands a safety cue, the lines are packed from
  // the start of the hold instead (the step's least length leaves room for them all).
  const placed = place(wanted, false);
  const safe = (list: PlannedCue[]): number => list.filter((c) => isSafety(c.kind)).length;
  const wantedSafe = wanted.filter((w) => isSafety(w.cue.kind)).length;
  timeline.cues.push(...(safe(placed) < wantedSafe ? place(wanted, true) : placed));

  function place(list: typeof wanted, packed: boolean): PlannedCue[] {
    const taken: Window[] = [];
    const out: PlannedCue[] = [];
    for (const { cue, side, desired: fixedAt } of list) {
      // A cue with a time of its own (a skin check, a repeat) may fall on either side.
      const windows = fixedAt === undefined ? (sideWindows[side] ?? []) : sideWindows.flat();
      const first = windows[0];
      const last = windows[windows.length - 1];
      if (!first || !last) continue;
      const local = shape.sides === 2 ? (side === 0 ? cue.at / 0.5 : (cue.at - 0.5) / 0.5) : cue.at;
      const span = last.end - first.start;
      const asked = fixedAt ?? first.start + Math.max(0, local) * span;
      const desired = packed && fixedAt === undefined ? first.start : asked;
      const length = lineSeconds(cue.text, context.clipSeconds);
      const at = findSlot(windows, taken, length, desired);
      if (at === undefined) continue;
      taken.push({ start: at, end: at + length + LINE_GAP_SECONDS });
      out.push({ kind: cue.kind, text: cue.text, atSeconds: at });
    }
    return out;
  }
}

/** The slot nearest after `desired` (else before it) where a line fits whole. */
function findSlot(
  windows: readonly Window[],
  taken: readonly Window[],
  length: number,
  desired: number,
): number | undefined {
  const fits = (at: number): boolean =>
    windows.some((w) => at >= w.start - 1e-9 && at + length <= w.end + 1e-9) &&
    taken.every((w) => at + length + LINE_GAP_SECONDS <= w.start + 1e-9 || at >= w.end - 1e-9);
  const candidates = [
    desired,
    ...windows.map((w) => w.start),
    ...windows.map((w) => w.end - length),
    ...taken.map((w) => w.end),
    ...taken.map((w) => w.start - LINE_GAP_SECONDS - length),
  ].map(ceil1);
  const after = candidates.filter((c) => c >= desired - 1e-9).sort((a, b) => a - b);
  const before = candidates.filter((c) => c < desired).sort((a, b) => b - a);
  return [...after, ...before].find(fits);
}

function layOutBreathing(
  body: Body,
  declared: Breathing,
  from: number,
  end: number,
  context: TimelineContext,
  cues: PlannedCue[],
): PlannedBreathing {
  const f = context.paceFactor;
  const breathing = patternOf(declared, context);
  const phases: { text: string; seconds: number }[] = [
    { text: linesOf(context).breathIn, seconds: breathing.inhale * f },
    { text: linesOf(context).hold, seconds: breathing.holdIn * f },
    { text: linesOf(context).breathOut, seconds: breathing.exhale * f },
    { text: linesOf(context).hold, seconds: breathing.holdOut * f },
  ];
  const cycle = cycleOf(breathing, context);
  const pattern: PlannedBreathing = {
    inhale: breathing.inhale * f,
    holdIn: breathing.holdIn * f,
    exhale: breathing.exhale * f,
    holdOut: breathing.holdOut * f,
    spans: [],
  };
  const lines = holdCues(body, context.detail)
    // In a pattern step only the phase cues are 'breath'; any other line is guidance.
    .map((cue) => ({
      cue: cue.kind === 'breath' ? { ...cue, kind: 'guidance' as const } : cue,
      length: lineSeconds(cue.text, context.clipSeconds),
    }))
    .sort((a, b) => a.cue.at - b.cue.at);
  const maxRounds = breathing.maxRounds ?? Number.POSITIVE_INFINITY;
  let t = ceil1(from + LINE_GAP_SECONDS);
  let round = 0;
  let span: BreathSpan | undefined;
  let sinceBreak = 0;
  for (;;) {
    const next = lines[0];
    const desired = next ? from + next.cue.at * (end - from) : Number.POSITIVE_INFINITY;
    const lineFits = next !== undefined && t + next.length + LINE_GAP_SECONDS <= end;
    // The last phase's word is followed by a pause before the outro.
    const cycleFits = round < maxRounds && t + cycle + LINE_GAP_SECONDS <= end + 1e-9;
    if (next && lineFits && (t + cycle / 2 >= desired || !cycleFits)) {
      lines.shift();
      cues.push({ kind: next.cue.kind, text: next.cue.text, atSeconds: ceil1(t) });
      t = ceil1(t + next.length + LINE_GAP_SECONDS);
      span = undefined;
      sinceBreak = 0;
      continue;
    }
    if (next && !lineFits) {
      lines.shift();
      continue;
    }
    if (!cycleFits) break;
    if (!span) {
      span = { startSeconds: round1(t), endSeconds: round1(t) };
      pattern.spans.push(span);
    }
    let at = t;
    for (const phase of phases) {
      if (phase.seconds <= 0) continue;
      const voiced = round < VOICED_BREATH_ROUNDS || sinceBreak === 0;
      cues.push({
        kind: 'breath',
        text: phase.text,
        atSeconds: round1(at),
        ...(voiced ? {} : { tone: true }),
      });
      at += phase.seconds;
    }
    t += cycle;
    span.endSeconds = round1(t);
    round += 1;
    sinceBreak += 1;
  }
  return pattern;
}
