import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPlan, auditWording } from '../../../content/guidance-audit';
import { protectionsFor } from '../../../content/health-protections';
import {
  HOLD_RULES,
  NOT_GENTLE_TECHNIQUES,
  PRESSURE_TECHNIQUES,
} from '../../../content/hold-rules';
import { parseBuiltInRoutines, parseTechniques } from '../../../content/library';
import { clipsByText, type NarrationManifest } from '../../../content/narration-manifest';
import {
  plan,
  planBounds,
  type Pace,
  type PlanIntensity,
  type PlanOptions,
} from '../../../content/planner';
import { RED_FLAGS } from '../../../content/red-flags';
import type { Routine } from '../../../content/schema';
import { CONTENT_DIR, REPO_ROOT } from '../support/repo-paths';

/**
 * What a person hears while following each built-in routine, over every plan the planner
 * makes: lines whole and unmasked, holds as long as promised, safety cues where the body is,
 * gentle that is gentle. Timed with the real clip lengths from the narration manifest.
 */

const ROUTINES_DIR = join(CONTENT_DIR, 'routines');
const routines: Routine[] = parseBuiltInRoutines(
  readdirSync(ROUTINES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, json: JSON.parse(readFileSync(join(ROUTINES_DIR, name), 'utf8')) })),
);
const techniques = parseTechniques(
  JSON.parse(readFileSync(join(CONTENT_DIR, 'techniques.json'), 'utf8')),
);
const manifest = JSON.parse(
  readFileSync(join(REPO_ROOT, 'assets', 'narration', 'manifest.json'), 'utf8'),
) as NarrationManifest;
const clip = clipsByText(manifest);
const clipSeconds = (text: string): number | undefined => clip(text)?.seconds;

const PACES: Pace[] = ['normal', 'slower'];
const INTENSITIES: PlanIntensity[] = ['standard', 'gentle'];
const DETAILS = ['full', 'cues'] as const;

function eachChoice(run: (label: string, options: PlanOptions) => void): void {
  for (const pace of PACES) {
    for (const intensity of INTENSITIES) {
      for (const narrationDetail of DETAILS) {
        run(`${pace}/${intensity}/${narrationDetail}`, {
          pace,
          intensity,
          narrationDetail,
          clipSeconds,
        });
      }
    }
  }
}

describe('guidance over every built-in routine', () => {
  it('has wording for the ear: one side a line, no promised durations, no "press more"', () => {
    const problems = routines.flatMap((r) =>
      auditWording(r).map((p) => `${r.id}/${p.stepKey}: ${p.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('cuts off no line and keeps every hold at the shortest, own and longest length', () => {
    const problems: string[] = [];
    for (const r of routines) {
      eachChoice((label, options) => {
        const { minSeconds, maxSeconds } = planBounds(r, options);
        for (const targetSeconds of [undefined, minSeconds, maxSeconds]) {
          const planned = plan(r, { ...options, targetSeconds });
          for (const p of auditPlan(planned, clipSeconds)) {
            problems.push(
              `${r.id} ${label} at ${targetSeconds ?? 'own'}: ${p.stepKey} ${p.message}`,
            );
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('cuts off no line and keeps every hold at any length the planner accepts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: routines.length - 1 }),
        fc.constantFrom(...PACES),
        fc.constantFrom(...INTENSITIES),
        fc.constantFrom(...DETAILS),
        fc.integer({ min: 120, max: 3600 }),
        (index, pace, intensity, narrationDetail, targetSeconds) => {
          const r = routines[index]!;
          const planned = plan(r, { pace, intensity, narrationDetail, clipSeconds, targetSeconds });
          expect(auditPlan(planned, clipSeconds)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('plays no ball rolling, trigger point or deep tissue in gentle mode', () => {
    for (const r of routines) {
      const planned = plan(r, { intensity: 'gentle', clipSeconds });
      for (const step of planned.steps) {
        expect(NOT_GENTLE_TECHNIQUES, `${r.id}/${step.key}`).not.toContain(step.technique);
      }
      // What gentle leaves out is named, so the routine screen can say why.
      for (const source of r.steps) {
        if (NOT_GENTLE_TECHNIQUES.includes(source.technique) && !source.gentleVariant) {
          expect(planned.omitted, `${r.id}/${source.id}`).toContainEqual(
            expect.objectContaining({ stepId: source.id, reason: 'gentle' }),
          );
        }
      }
    }
  });

  it('says "ease off" on both sides of every two-sided pressure step', () => {
    let checked = 0;
    for (const r of routines) {
      for (const step of plan(r, { clipSeconds }).steps) {
        if (!PRESSURE_TECHNIQUES.includes(step.technique) || step.sides !== 'each') continue;
        checked++;
        const switchAt = step.sideSwitchAtSeconds!;
        const ease = step.cues.filter((c) => c.kind === 'ease-pressure');
        expect(
          ease.some((c) => c.atSeconds < switchAt),
          `${r.id}/${step.key} left`,
        ).toBe(true);
        expect(
          ease.some((c) => c.atSeconds > switchAt),
          `${r.id}/${step.key} right`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('checks the skin at least every five minutes of heat, even at the longest length', () => {
    let long = 0;
    for (const r of routines) {
      const { maxSeconds } = planBounds(r, { clipSeconds });
      for (const step of plan(r, { clipSeconds, targetSeconds: maxSeconds }).steps) {
        if (step.technique !== 'heat' || step.seconds <= 300) continue;
        long++;
        const moments = [
          0,
          ...step.cues.filter((c) => c.kind === 'skin-check').map((c) => c.atSeconds),
          step.seconds,
        ];
        for (let i = 1; i < moments.length; i++) {
          expect(moments[i]! - moments[i - 1]!, `${r.id}/${step.key}`).toBeLessThanOrEqual(300);
        }
      }
    }
    expect(long).toBeGreaterThan(0);
  });

  it('holds trigger points 30 s or more, myofascial release 90 s or more, stretches 15–30 s two or three times a side', () => {
    const shortest = new Map<string, number>();
    for (const r of routines) {
      for (const intensity of INTENSITIES) {
        // Every step at its shortest: an override below a step's min is clamped up to it.
        const overrides = Object.fromEntries(r.steps.map((s) => [s.id, { seconds: 1 }]));
        for (const step of plan(r, { clipSeconds, intensity, overrides }).steps) {
          for (const hold of step.holds) {
            const length = hold.endSeconds - hold.startSeconds;
            shortest.set(step.technique, Math.min(shortest.get(step.technique) ?? 1e9, length));
          }
        }
      }
    }
    expect(shortest.get('trigger-point')).toBeGreaterThanOrEqual(30);
    expect(shortest.get('myofascial-release')).toBeGreaterThanOrEqual(90);
    expect(shortest.get('stretching')).toBeGreaterThanOrEqual(15);
  });

  it('leaves out heat for numb skin and pressure on the legs after a clot, and says why', () => {
    const { noHeat, noPressureOnLegs, noBreathHolds } = protectionsFor(['numbness', 'clot']);
    for (const r of routines) {
      const planned = plan(r, {
        clipSeconds,
        protections: { noHeat, noPressureOnLegs, noBreathHolds },
      });
      for (const step of planned.steps) {
        expect(step.technique, `${r.id}/${step.key}`).not.toBe('heat');
        if (PRESSURE_TECHNIQUES.includes(step.technique)) {
          expect(step.bodyAreas).not.toContain('legs');
          expect(step.bodyAreas).not.toContain('feet');
        }
      }
      const health = planned.omitted.filter((o) => o.reason === 'health');
      if (health.length > 0) expect(planned.message).toContain(health[0]!.why);
    }
  });
});

describe('safety wording', () => {
  it('names the contraindications in the cautions of every firm technique', () => {
    const cautions = (id: string): string =>
      techniques
        .find((t) => t.id === id)!
        .cautions.join(' ')
        .toLowerCase();
    for (const id of ['trigger-point', 'deep-tissue', 'self-myofascial-rolling']) {
      const text = cautions(id);
      for (const word of ['blood thinners', 'bleeding', 'osteoporosis', 'injury', 'wound']) {
        expect(text, `${id}: ${word}`).toContain(word);
      }
    }
  });

  it('lists osteoporosis and back pain with weight loss or fever among the red flags', () => {
    const text = RED_FLAGS.join(' ').toLowerCase();
    expect(text).toContain('osteoporosis');
    expect(text).toMatch(/weight loss/);
    expect(text).toMatch(/fever/);
  });

  it('keeps the hold rules and the pressure techniques in step with techniques.json', () => {
    for (const [id, rule] of Object.entries(HOLD_RULES)) {
      expect(techniques.find((t) => t.id === id)!.minSeconds, id).toBe(rule!.minSeconds);
    }
    expect([...PRESSURE_TECHNIQUES].sort()).toEqual(
      techniques
        .filter((t) => t.pressure)
        .map((t) => t.id)
        .sort(),
    );
  });

  it('offers a warm bath wind-down and a warm shower stretch, with their own safety', () => {
    const bath = routines.find((r) => r.id === 'warm-bath-wind-down')!;
    const shower = routines.find((r) => r.id === 'warm-shower-stretch')!;
    expect(bath).toBeDefined();
    expect(shower).toBeDefined();
    const bathCautions = bath.cautions.join(' ').toLowerCase();
    for (const word of ['warm', 'water', 'slowly', 'heart', 'blood pressure', 'pregnan']) {
      expect(bathCautions, word).toContain(word);
    }
    const { minSeconds, maxSeconds } = planBounds(bath, { clipSeconds });
    expect(minSeconds).toBeLessThanOrEqual(600);
    expect(maxSeconds).toBeGreaterThanOrEqual(1200);
    expect(shower.cautions.join(' ').toLowerCase()).toMatch(/slip/);
  });
});
