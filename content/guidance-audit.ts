import { HOLD_RULES, PRESSURE_TECHNIQUES } from './hold-rules';
import type { Plan, PlannedStep } from './planner';
import type { Routine } from './schema';
import {
  CHIME_ROOM_SECONDS,
  END_ROOM_SECONDS,
  LINE_GAP_SECONDS,
  MAX_HEAT_WITHOUT_CHECK_SECONDS,
  lineSeconds,
} from './step-timeline';

/**
 * What a person hears, checked against what the guidance promises: no line cut off or
 * talked over, holds as long as their technique needs, "ease off" on each side of a
 * pressure step, heat checked often enough, breath cues on the breath. Used by the content
 * tests (over every routine, length, pace and intensity) and by `scripts/plan-report.ts`.
 */

export interface Problem {
  stepKey: string;
  message: string;
}

/** Heat is checked at least this often: the heat technique says "every few minutes". */
export const MAX_SECONDS_BETWEEN_SKIN_CHECKS = MAX_HEAT_WITHOUT_CHECK_SECONDS;
const EPS = 0.051;

interface Spoken {
  text: string;
  start: number;
  end: number;
  breath: boolean;
}

function spokenLines(step: PlannedStep, clip: (text: string) => number): Spoken[] {
  const lines: Spoken[] = step.cues
    .filter((cue) => !cue.tone)
    .map((cue) => ({
      text: cue.text,
      start: cue.atSeconds,
      end: cue.atSeconds + clip(cue.text),
      breath: cue.kind === 'breath',
    }));
  if (step.outroAtSeconds !== null) {
    lines.push({
      text: step.outro,
      start: step.outroAtSeconds,
      end: step.outroAtSeconds + clip(step.outro),
      breath: false,
    });
  }
  return lines.sort((a, b) => a.start - b.start);
}

/** Every problem of one planned step. */
export function auditStep(
  step: PlannedStep,
  clipSeconds?: (text: string) => number | undefined,
): Problem[] {
  const clip = (text: string): number => lineSeconds(text, clipSeconds);
  const problems: Problem[] = [];
  const report = (message: string): void => {
    problems.push({ stepKey: step.key, message });
  };
  const lines = spokenLines(step, clip);
  const first = lines[0];
  if (first && first.start < CHIME_ROOM_SECONDS - EPS) {
    report(`"${first.text}" starts at ${first.start} s, over the step chime`);
  }
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next) {
      // Breath words may follow each other closely; every other line keeps a pause.
      const gap = line.breath && next.breath ? 0.2 : LINE_GAP_SECONDS - EPS;
      if (next.start < line.end + gap - 1e-9) {
        report(
          `"${line.text}" (${line.start}–${line.end.toFixed(1)} s) is cut off by "${next.text}" at ${next.start} s`,
        );
      }
    } else if (line.end > step.seconds - END_ROOM_SECONDS + EPS) {
      report(
        `"${line.text}" ends at ${line.end.toFixed(1)} s, past the end of the ${step.seconds}-s step`,
      );
    }
  });

  const rule = HOLD_RULES[step.technique];
  if (rule && !step.breathing) {
    const sides = step.sides === 'each' ? [1, 2] : [1];
    for (const side of sides) {
      const holds = step.holds.filter((hold) => hold.side === side);
      if (holds.length < rule.minPerSide || holds.length > rule.maxPerSide) {
        report(
          `${holds.length} hold(s) on side ${side}; ${step.technique} needs ${rule.minPerSide}–${rule.maxPerSide}`,
        );
      }
      for (const hold of holds) {
        const length = hold.endSeconds - hold.startSeconds;
        if (length < rule.minSeconds - EPS || length > rule.maxSeconds + EPS) {
          report(
            `a ${length.toFixed(1)}-s hold on side ${side}; ${step.technique} holds ${rule.minSeconds}–${rule.maxSeconds} s`,
          );
        }
      }
    }
  }

  if (PRESSURE_TECHNIQUES.includes(step.technique)) {
    const ease = step.cues.filter((cue) => cue.kind === 'ease-pressure');
    const switchAt = step.sideSwitchAtSeconds ?? step.seconds;
    if (!ease.some((cue) => cue.atSeconds < switchAt)) report('no "ease off" cue on side 1');
    if (step.sides === 'each' && !ease.some((cue) => cue.atSeconds >= switchAt)) {
      report('no "ease off" cue on side 2');
    }
  }

  if (step.technique === 'heat') {
    const checks = step.cues.filter((cue) => cue.kind === 'skin-check').map((c) => c.atSeconds);
    const moments = [0, ...checks, step.seconds];
    for (let i = 1; i < moments.length; i++) {
      const gap = (moments[i] ?? 0) - (moments[i - 1] ?? 0);
      if (gap > MAX_SECONDS_BETWEEN_SKIN_CHECKS + EPS) {
        report(`${gap.toFixed(0)} s of heat without a skin check`);
        break;
      }
    }
  }

  if (step.breathing) {
    const { inhale, holdIn, exhale, holdOut, spans } = step.breathing;
    const phases = [inhale, holdIn, exhale, holdOut].filter((s) => s > 0);
    const breaths = step.cues.filter((cue) => cue.kind === 'breath');
    for (const span of spans) {
      let at = span.startSeconds;
      let p = 0;
      while (at < span.endSeconds - EPS) {
        if (!breaths.some((cue) => Math.abs(cue.atSeconds - at) <= EPS)) {
          report(`no breath cue at ${at.toFixed(1)} s where a phase starts`);
          break;
        }
        at += phases[p % phases.length] ?? 0;
        p += 1;
      }
    }
    for (const cue of breaths) {
      if (
        !spans.some((s) => cue.atSeconds >= s.startSeconds - EPS && cue.atSeconds < s.endSeconds)
      ) {
        report(`breath cue at ${cue.atSeconds} s falls outside the breathing pattern`);
      }
    }
  }
  return problems;
}

/** Every problem of a plan. */
export function auditPlan(
  plan: Plan,
  clipSeconds?: (text: string) => number | undefined,
): Problem[] {
  return plan.steps.flatMap((step) => auditStep(step, clipSeconds));
}

const DURATION_WORDS = /\b(seconds?|minutes?)\b/i;
const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d+)\b/i;
const PRESS_MORE = /\b(press|push|lean)\b[^.]*\b(more|harder|deeper|firmer)\b/i;

/** Problems in a routine's words: what a line says, not when. */
export function auditWording(routine: Routine): Problem[] {
  const problems: Problem[] = [];
  for (const step of routine.steps) {
    const bodies = step.gentleVariant ? [step, step.gentleVariant] : [step];
    for (const body of bodies) {
      const key = body === step ? step.id : `${step.id} (gentle)`;
      const report = (message: string): void => {
        problems.push({ stepKey: key, message });
      };
      const spoken = [
        body.narration.intro,
        ...body.narration.cues.map((c) => c.text),
        body.narration.outro,
      ];
      for (const line of [...spoken, body.caption]) {
        if (/\bleft\b/i.test(line) && /\bright\b/i.test(line)) {
          report(`"${line}" names both sides`);
        }
      }
      for (const line of spoken) {
        if (DURATION_WORDS.test(line)) report(`"${line}" promises a duration`);
        if (PRESS_MORE.test(line)) report(`"${line}" asks for more pressure`);
        if (body.breathing && NUMBER_WORDS.test(line)) {
          report(`"${line}" counts in a breathing step, which the pace may change`);
        }
      }
      if (DURATION_WORDS.test(body.caption) && !body.breathing) {
        report(`caption "${body.caption}" promises a duration`);
      }
      if (
        PRESSURE_TECHNIQUES.includes(body.technique) &&
        !body.narration.cues.some((c) => c.kind === 'ease-pressure')
      ) {
        report('a pressure step without an "ease off" cue');
      }
      if (body.sides === 'each') {
        for (const cue of body.narration.cues) {
          const side = cue.kind === 'switch-sides' || cue.at >= 0.5 ? 'right' : 'left';
          const other = side === 'left' ? /\bright\b/i : /\bleft\b/i;
          if (other.test(cue.text)) report(`"${cue.text}" names the wrong side for its half`);
        }
        if (/\bright\b/i.test(body.narration.intro)) {
          report(`intro "${body.narration.intro}" names the right side; the left comes first`);
        }
      }
    }
  }
  return problems;
}
