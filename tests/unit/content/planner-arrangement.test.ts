import { describe, expect, it } from 'vitest';
import { plan, type Plan, type PlanOptions } from '../../../content/planner';
import type { StepInput } from '../../../content/schema';
import { body, routineOf, type BodyInput } from './planner-fixtures';

/**
 * How the planner meets a target, stage by stage (the file comment of content/planner.ts):
 * which optional steps go, which steps play twice, and where the last seconds go. The steps
 * here are plain movements with short lines, so each keeps the content's own bounds and every
 * length below can be worked out by hand.
 */

type Lengths = [min: number, def: number, max: number];

function move(
  id: string,
  seconds: Lengths,
  extra: Partial<StepInput> = {},
  bodyExtra: Partial<BodyInput> = {},
): StepInput {
  return {
    id,
    ...body(id.toUpperCase(), 'movement', ['neck'], seconds, bodyExtra),
    optional: false,
    priority: 1,
    ...extra,
  };
}

const lengths = (p: Plan): [string, number][] => p.steps.map((s) => [s.key, s.seconds]);
const leftOut = (p: Plan): [string, string][] => p.omitted.map((o) => [o.stepId, o.reason]);
const planOf = (steps: StepInput[], options: PlanOptions): Plan => plan(routineOf(steps), options);

describe('the last seconds of a target', () => {
  it('go to the step nearest its next whole second, the earlier one on a tie', () => {
    // 50 + 60 + 60 = 170 at the defaults. Scaled to 171, b and c both reach 60.5 before a
    // reaches 50.5, so one of them gets the spare second: b, the earlier.
    const steps = [move('a', [30, 50, 300]), move('b', [30, 60, 300]), move('c', [30, 60, 300])];
    expect(lengths(planOf(steps, { targetSeconds: 171 }))).toEqual([
      ['a', 50],
      ['b', 61],
      ['c', 60],
    ]);
    expect(lengths(planOf(steps, { targetSeconds: 172 }))).toEqual([
      ['a', 50],
      ['b', 61],
      ['c', 61],
    ]);
  });

  it('never take a step past its maximum', () => {
    // a already runs at its maximum of 60; the spare second of 181 goes to b.
    const steps = [move('a', [30, 60, 60]), move('b', [30, 60, 300]), move('c', [30, 60, 300])];
    expect(lengths(planOf(steps, { targetSeconds: 181 }))).toEqual([
      ['a', 60],
      ['b', 61],
      ['c', 60],
    ]);
  });
});

describe('playing a step twice to fill a long target', () => {
  it('repeats the most important repeatable step first, the earlier one on a tie', () => {
    // Maxes 100 + 100 + 100 = 300 fall short of 350: one repeat is enough, and it goes to c
    // (priority 1) before a and b (priority 2).
    const steps = [
      move('a', [60, 80, 100], { priority: 2, repeatable: true }),
      move('b', [60, 80, 100], { priority: 2, repeatable: true }),
      move('c', [60, 80, 100], { priority: 1, repeatable: true }),
    ];
    const p = planOf(steps, { targetSeconds: 350 });
    expect(p.steps.map((s) => s.key)).toEqual(['a', 'b', 'c', 'c#2']);
    expect(p.totalSeconds).toBe(350);

    const tie = steps.map((s) => ({ ...s, priority: 1 }));
    expect(planOf(tie, { targetSeconds: 350 }).steps.map((s) => s.key)).toEqual([
      'a',
      'a#2',
      'b',
      'c',
    ]);
  });

  it('repeats only as many steps as the target needs', () => {
    // One repeat brings the maxes to 400: exactly the target, so no second repeat.
    const steps = [
      move('a', [60, 80, 100], { repeatable: true }),
      move('b', [60, 80, 100], { repeatable: true }),
      move('c', [60, 80, 100], { repeatable: true }),
    ];
    const exact = planOf(steps, { targetSeconds: 400 });
    expect(exact.steps.map((s) => s.key)).toEqual(['a', 'a#2', 'b', 'c']);
    expect(exact.steps.every((s) => s.seconds === 100)).toBe(true);
    // One second more needs a second repeat.
    expect(planOf(steps, { targetSeconds: 401 }).steps.map((s) => s.key)).toEqual([
      'a',
      'a#2',
      'b',
      'b#2',
      'c',
    ]);
  });

  it('adds a repeat only while every minimum still fits', () => {
    // a played twice would need 200 + 200 + 60 = 460 > 400 at the minimums; b's repeat fits.
    const steps = [
      move('a', [200, 200, 200], { repeatable: true }),
      move('b', [60, 80, 100], { repeatable: true, priority: 2 }),
    ];
    const p = planOf(steps, { targetSeconds: 400 });
    expect(lengths(p)).toEqual([
      ['a', 200],
      ['b', 100],
      ['b#2', 100],
    ]);
    expect(p.feasible).toBe(true);
    // At 460 the minimums with a's repeat meet the target exactly, so a plays twice.
    expect(lengths(planOf(steps, { targetSeconds: 460 }))).toEqual([
      ['a', 200],
      ['a#2', 200],
      ['b', 60],
    ]);
  });

  it('counts each repeat against the minimums before adding the next', () => {
    // c's repeat brings the minimums to 300; d's would make 400, past 350. The plan runs at
    // its longest, 300, and says so.
    const steps = [
      move('c', [100, 100, 100], { repeatable: true }),
      move('d', [100, 100, 100], { repeatable: true, priority: 2 }),
    ];
    const p = planOf(steps, { targetSeconds: 350 });
    expect(p.steps.map((s) => s.key)).toEqual(['c', 'c#2', 'd']);
    expect(p.feasible).toBe(false);
    expect(p.nearestFeasibleSeconds).toBe(300);
  });

  it('never repeats a step that is not repeatable or has a length the user set', () => {
    const steps = [
      move('a', [60, 80, 100], { repeatable: true }),
      move('b', [60, 80, 100], { priority: 2 }),
    ];
    const p = planOf(steps, { targetSeconds: 600, overrides: { a: { seconds: 90 } } });
    expect(lengths(p)).toEqual([
      ['a', 90],
      ['b', 100],
    ]);
    expect(p.feasible).toBe(false);
    expect(p.nearestFeasibleSeconds).toBe(190);
  });
});

describe('the slower pace', () => {
  // a is required, b optional. At the slower pace their defaults are 125 s each.
  const pair = (max: number): StepInput[] => [
    move('a', [60, 100, max]),
    move('b', [60, 100, max], { optional: true, priority: 2 }),
  ];

  it('drops an optional step even when the minimums fit exactly, so the rest need not rush', () => {
    const p = planOf(pair(200), { targetSeconds: 120, pace: 'slower' });
    expect(lengths(p)).toEqual([['a', 120]]);
    expect(leftOut(p)).toEqual([['b', 'time']]);
  });

  it('drops nothing when the slower defaults meet the target exactly', () => {
    const p = planOf(pair(300), { targetSeconds: 250, pace: 'slower' });
    expect(lengths(p)).toEqual([
      ['a', 125],
      ['b', 125],
    ]);
    expect(p.omitted).toEqual([]);
  });

  it('keeps an optional step when the rest could not fill the time without it', () => {
    // Without b, a runs at most 150 of the 200 asked for.
    const p = planOf(pair(150), { targetSeconds: 200, pace: 'slower' });
    expect(lengths(p)).toEqual([
      ['a', 100],
      ['b', 100],
    ]);
  });

  it('drops it when the rest at their longest fill the time exactly', () => {
    const p = planOf(pair(150), { targetSeconds: 150, pace: 'slower' });
    expect(lengths(p)).toEqual([['a', 150]]);
    expect(leftOut(p)).toEqual([['b', 'time']]);
  });

  it('lists each step it drops once, after those dropped for a short target', () => {
    // 130 s cannot hold every minimum (220), so c goes first (priority 3); then the slower
    // defaults (250) are still over 130, so b goes too and a runs the whole 130.
    const steps = [
      move('a', [60, 100, 400]),
      move('b', [60, 100, 400], { optional: true, priority: 2 }),
      move('c', [100, 100, 400], { optional: true, priority: 3 }),
    ];
    const p = planOf(steps, { targetSeconds: 130, pace: 'slower' });
    expect(lengths(p)).toEqual([['a', 130]]);
    expect(leftOut(p)).toEqual([
      ['b', 'time'],
      ['c', 'time'],
    ]);
  });
});
