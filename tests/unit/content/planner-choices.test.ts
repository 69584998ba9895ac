import { describe, expect, it } from 'vitest';
import { PROTECTION_REASONS } from '../../../content/health-protections';
import { plan, type Plan, type PlanOptions } from '../../../content/planner';
import type { StepInput } from '../../../content/schema';
import { body, routineOf, type BodyInput } from './planner-fixtures';

/**
 * What the user's choices do to a plan (intensity, health answers, set lengths), what the plan
 * says about it, and what it carries to the player. The steps keep the content's own bounds,
 * so the lengths below can be worked out by hand.
 */

type Lengths = [min: number, def: number, max: number];

function step(
  id: string,
  technique: BodyInput['technique'],
  seconds: Lengths,
  extra: Partial<StepInput> = {},
): StepInput {
  return {
    id,
    ...body(id.toUpperCase(), technique, ['neck'], seconds),
    optional: false,
    priority: 1,
    ...extra,
  };
}

const lengths = (p: Plan): [string, number][] => p.steps.map((s) => [s.key, s.seconds]);
const leftOut = (p: Plan): [string, string][] => p.omitted.map((o) => [o.stepId, o.reason]);
const planOf = (steps: StepInput[], options: PlanOptions = {}): Plan =>
  plan(routineOf(steps), options);

describe('what the user chose', () => {
  it('gentle leaves out a step the content marks firm, whatever its technique', () => {
    const steps = [
      step('warm', 'movement', [30, 60, 120]),
      step('rub', 'swedish', [30, 60, 120], { firm: true }),
    ];
    expect(leftOut(planOf(steps, { intensity: 'gentle' }))).toEqual([['rub', 'gentle']]);
    expect(leftOut(planOf(steps))).toEqual([]);
  });

  it('with no pressure on the legs, a pressing step that reaches the legs is left out even when it works elsewhere too', () => {
    const steps = [
      step('warm', 'movement', [30, 60, 120]),
      step('rub', 'swedish', [30, 60, 120], { bodyAreas: ['upper-back', 'legs'] }),
      step('circles', 'movement', [30, 60, 120], { bodyAreas: ['legs'] }),
    ];
    const p = planOf(steps, { protections: { noPressureOnLegs: true } });
    expect(p.omitted).toEqual([
      {
        stepId: 'rub',
        title: 'RUB',
        reason: 'health',
        why: PROTECTION_REASONS.noPressureOnLegs,
      },
    ]);
  });

  it('a step the user turned on without setting a length scales with the rest', () => {
    const steps = [step('a', 'movement', [30, 60, 300]), step('b', 'movement', [30, 60, 300])];
    const expected = [
      ['a', 90],
      ['b', 90],
    ];
    expect(
      lengths(planOf(steps, { targetSeconds: 180, overrides: { a: { enabled: true } } })),
    ).toEqual(expected);
    // A length that is not a number is no length.
    expect(
      lengths(planOf(steps, { targetSeconds: 180, overrides: { a: { seconds: Number.NaN } } })),
    ).toEqual(expected);
  });
});

describe('what a plan says', () => {
  const long = [step('a', 'movement', [60, 600, 3600])];

  it('says nothing when the target fits with every step', () => {
    for (const targetSeconds of [120, 600, 3600]) {
      const p = planOf(long, { targetSeconds });
      expect(p.totalSeconds).toBe(targetSeconds);
      expect(p.message).toBeUndefined();
    }
  });

  it('explains a target below 2 minutes or above 60', () => {
    expect(planOf(long, { targetSeconds: 60 }).message).toBe(
      'Lengths run from 2 min to 60 min, so this plan aims for 2 min.',
    );
    expect(planOf(long, { targetSeconds: 4000 }).message).toBe(
      'Lengths run from 2 min to 60 min, so this plan aims for 60 min.',
    );
  });

  it('a target that is not a finite number plans the routine as written, with nothing to explain', () => {
    for (const targetSeconds of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const p = planOf(long, { targetSeconds });
      expect(p.totalSeconds).toBe(600);
      expect(p.message).toBeUndefined();
      expect('targetSeconds' in p).toBe(false);
    }
  });

  it('a total within one second of the target is a fit, with nothing to explain', () => {
    const p = planOf([step('a', 'movement', [60, 100, 150])], { targetSeconds: 151 });
    expect(p.totalSeconds).toBe(150);
    expect(p.feasible).toBe(true);
    expect(p.nearestFeasibleSeconds).toBeUndefined();
    expect(p.message).toBeUndefined();
  });

  it('names every avoided area a left-out step works on', () => {
    const steps = [
      step('warm', 'movement', [30, 60, 120], { bodyAreas: ['legs'] }),
      step('roll', 'movement', [30, 60, 120], { bodyAreas: ['neck', 'shoulders'] }),
    ];
    const p = planOf(steps, { avoidAreas: ['neck', 'shoulders'] });
    expect(p.message).toBe('Left out for the areas you are avoiding: ROLL (neck, shoulders).');
  });
});

describe('what a plan carries', () => {
  // A plan crosses the IPC contract and is kept with the session; a field that does not
  // apply is left out rather than set to undefined.
  it('leaves out the fields that do not apply', () => {
    const steps = [step('warm', 'movement', [30, 60, 120]), step('off', 'movement', [30, 60, 120])];
    const p = planOf(steps);
    expect(Object.keys(p).sort()).toEqual(
      ['feasible', 'omitted', 'routineId', 'steps', 'title', 'totalSeconds'].sort(),
    );
    const off = planOf(steps, { overrides: { off: { enabled: false } } });
    expect(off.message).toBe('Turned off: OFF.');
    expect(Object.keys(off.omitted[0] ?? {}).sort()).toEqual(['reason', 'stepId', 'title']);
    const warm = p.steps[0];
    expect(warm && 'breathing' in warm).toBe(false);
    expect(warm && 'sideWork' in warm).toBe(false);
    expect(warm && 'equipment' in warm).toBe(false);
  });

  it('carries which hand works which side, and what to have at hand as played', () => {
    const steps = [
      step('roll', 'self-myofascial-rolling', [30, 60, 120], {
        sides: 'each',
        sideWork: { part: 'shoulder', otherHand: true },
        equipment: ['ball'],
        gentleVariant: body('Soft roll', 'swedish', ['neck'], [30, 60, 120], {
          sides: 'each',
          sideWork: { part: 'shoulder', otherHand: true },
          equipment: ['soft-ball'],
        }),
      }),
    ];
    const standard = planOf(steps).steps[0];
    expect(standard?.sideWork).toEqual({ part: 'shoulder', otherHand: true });
    expect(standard?.equipment).toEqual(['ball']);
    expect(planOf(steps, { intensity: 'gentle' }).steps[0]?.equipment).toEqual(['soft-ball']);
  });
});
