import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLength } from '../../../content/format-length';
import {
  MAX_TARGET_SECONDS,
  MIN_TARGET_SECONDS,
  SLOWER_FACTOR,
  SWITCH_SIDES_TEXT,
  plan,
  planBounds,
  type Plan,
  type PlanOptions,
  type StepOverride,
} from '../../../content/planner';
import {
  BODY_AREAS,
  RoutineSchema,
  SidesSchema,
  TECHNIQUE_IDS,
  type BodyArea,
  type Routine,
  type RoutineInput,
  type StepInput,
} from '../../../content/schema';

// ---------------------------------------------------------------------------------------------
// Fixtures

type BodyInput = Omit<StepInput, 'id' | 'optional' | 'priority' | 'firm' | 'repeatable'>;

function routineOf(steps: StepInput[], id = 'desk-reset'): Routine {
  const input: RoutineInput = {
    format: 1,
    id,
    title: 'Desk reset',
    summary: 'A test routine.',
    conditions: ['neck tension'],
    intensity: 'moderate',
    cautions: ['Stop if anything hurts.'],
    steps,
  };
  return RoutineSchema.parse(input);
}

function body(
  title: string,
  technique: BodyInput['technique'],
  bodyAreas: BodyArea[],
  seconds: [number, number, number],
  extra: Partial<BodyInput> = {},
): BodyInput {
  return {
    title,
    technique,
    bodyAreas,
    narration: {
      intro: `Now, ${title.toLowerCase()}.`,
      cues: [],
      outro: `Let ${title.toLowerCase()} go.`,
    },
    caption: title,
    seconds: { min: seconds[0], default: seconds[1], max: seconds[2] },
    sides: 'both',
    illustration: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    ...extra,
  };
}

/**
 * defaults 90+90+60+120+60+60+120 = 600, mins 60+60+45+90+30+30+60 = 375,
 * maxes 180+180+120+180+120+120+300 = 1200 (+120 for a second neck stretch).
 * Required: warm-up, trigger point, breathing (mins 180, maxes 660).
 */
const neck = routineOf([
  {
    id: 'neck-warmup',
    ...body('Neck circles', 'movement', ['neck', 'shoulders'], [60, 90, 180], {
      narration: {
        intro: 'Sit tall and let your chin drift down.',
        cues: [{ kind: 'guidance', text: 'Keep the circles small and slow.', at: 0.5 }],
        outro: 'Bring your head back to centre.',
      },
    }),
    optional: false,
    priority: 1,
  },
  {
    id: 'trap-trigger',
    ...body('Upper trapezius hold', 'trigger-point', ['shoulders'], [60, 90, 180], {
      sides: 'each',
      narration: {
        intro: 'Find the tender point at the top of your shoulder.',
        cues: [{ kind: 'ease-pressure', text: 'Ease off if it turns sharp.', at: 0.25 }],
        outro: 'Release slowly.',
      },
    }),
    optional: false,
    priority: 2,
  },
  {
    id: 'forearm-deep',
    ...body('Deep forearm strokes', 'deep-tissue', ['forearms'], [45, 60, 120]),
    optional: true,
    priority: 3,
    firm: true,
    gentleVariant: body('Forearm glide', 'swedish', ['forearms'], [40, 60, 100]),
  },
  {
    id: 'jaw-release',
    ...body('Jaw release', 'myofascial-release', ['jaw-face'], [90, 120, 180]),
    optional: true,
    priority: 4,
  },
  {
    id: 'neck-stretch',
    ...body('Side neck stretch', 'stretching', ['neck'], [30, 60, 120], { sides: 'each' }),
    optional: true,
    priority: 2,
    repeatable: true,
  },
  {
    id: 'ball-roll',
    ...body('Upper back ball roll', 'self-myofascial-rolling', ['upper-back'], [30, 60, 120]),
    optional: true,
    priority: 5,
    firm: true,
  },
  {
    id: 'breathing',
    ...body('Slow breathing', 'meditation', ['whole-body'], [60, 120, 300], {
      narration: {
        intro: 'Close your eyes if you like.',
        cues: [{ kind: 'breath', text: 'Breathe in, and slowly out.', at: 0, every: 10 }],
        outro: 'Open your eyes when you are ready.',
      },
    }),
    optional: false,
    priority: 1,
  },
]);

const ids = (p: Plan): string[] => p.steps.map((s) => s.key);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const step = (p: Plan, key: string) => {
  const found = p.steps.find((s) => s.key === key);
  if (!found) throw new Error(`no step ${key} in ${ids(p).join(', ')}`);
  return found;
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Behaviour

describe('planner', () => {
  it('plays every step at its default length when there is no target', () => {
    const p = plan(neck);
    expect(ids(p)).toEqual(neck.steps.map((s) => s.id));
    expect(p.steps.map((s) => s.seconds)).toEqual([90, 90, 60, 120, 60, 60, 120]);
    expect(p.totalSeconds).toBe(600);
    expect(p.feasible).toBe(true);
    expect(p.targetSeconds).toBeUndefined();
    expect(p.nearestFeasibleSeconds).toBeUndefined();
    expect(p.omitted).toEqual([]);
    expect(p.message).toBeUndefined();
    expect(p.routineId).toBe('desk-reset');
    expect(p.title).toBe('Desk reset');
  });

  it('slower pace lengthens default lengths by a quarter, never past the maximum', () => {
    const tight = routineOf([
      { id: 'a', ...body('A', 'movement', ['neck'], [60, 90, 180]), optional: false, priority: 1 },
      { id: 'b', ...body('B', 'movement', ['legs'], [60, 100, 110]), optional: false, priority: 1 },
    ]);
    const p = plan(tight, { pace: 'slower' });
    expect(p.steps.map((s) => s.seconds)).toEqual([Math.round(90 * SLOWER_FACTOR), 110]);
  });

  it('a 7-minute target totals 420 s within one second', () => {
    const p = plan(neck, { targetSeconds: 420 });
    expect(p.feasible).toBe(true);
    expect(p.targetSeconds).toBe(420);
    expect(Math.abs(p.totalSeconds - 420)).toBeLessThanOrEqual(1);
    expect(sum(p.steps.map((s) => s.seconds))).toBe(p.totalSeconds);
    expect(p.omitted).toEqual([]);
    // Scaled down by a common factor: every step shorter than its default, none below its min.
    for (const s of p.steps) {
      expect(s.seconds).toBeGreaterThanOrEqual(s.minSeconds);
      expect(s.seconds).toBeLessThanOrEqual(s.maxSeconds);
    }
    expect(step(p, 'breathing').seconds).toBeLessThan(120);
  });

  it('a longer target stretches every step and keeps them in proportion', () => {
    const p = plan(neck, { targetSeconds: 900 });
    expect(p.totalSeconds).toBe(900);
    const k = 900 / 600;
    for (const s of p.steps) {
      const original = neck.steps.find((x) => x.id === s.stepId);
      expect(original).toBeDefined();
      expect(Math.abs(s.seconds - (original?.seconds.default ?? 0) * k)).toBeLessThanOrEqual(2);
    }
  });

  it('planner keeps trigger-point holds at 30 s or more', () => {
    for (const targetSeconds of [120, 180, 240, 300]) {
      const p = plan(neck, { targetSeconds });
      const hold = step(p, 'trap-trigger');
      expect(hold.technique).toBe('trigger-point');
      expect(hold.sides).toBe('each');
      // Held on each side: at least 30 s a side.
      expect(hold.seconds / 2).toBeGreaterThanOrEqual(30);
      expect(hold.sideSwitchAtSeconds).toBe(hold.seconds / 2);
    }
  });

  it('drops optional steps by priority, least important and latest first', () => {
    const p = plan(neck, { targetSeconds: 300 });
    expect(p.feasible).toBe(true);
    expect(p.totalSeconds).toBe(300);
    expect(p.omitted).toEqual([
      { stepId: 'jaw-release', title: 'Jaw release', reason: 'time' },
      { stepId: 'ball-roll', title: 'Upper back ball roll', reason: 'time' },
    ]);
    expect(ids(p)).toEqual([
      'neck-warmup',
      'trap-trigger',
      'forearm-deep',
      'neck-stretch',
      'breathing',
    ]);
    expect(p.message).toBe('Left out to fit 5 min: Jaw release, Upper back ball roll.');

    // Equal priority: the later step goes first.
    const tie = routineOf([
      {
        id: 'keep',
        ...body('Keep', 'movement', ['neck'], [100, 100, 200]),
        optional: false,
        priority: 1,
      },
      {
        id: 'early',
        ...body('Early', 'movement', ['legs'], [60, 60, 120]),
        optional: true,
        priority: 3,
      },
      {
        id: 'late',
        ...body('Late', 'movement', ['feet'], [60, 60, 120]),
        optional: true,
        priority: 3,
      },
    ]);
    const q = plan(tie, { targetSeconds: 160 });
    expect(q.omitted.map((o) => o.stepId)).toEqual(['late']);
    expect(ids(q)).toEqual(['keep', 'early']);
    expect(q.totalSeconds).toBe(160);
  });

  it('too short a target says so and offers the nearest length', () => {
    const p = plan(neck, { targetSeconds: 120 });
    expect(p.feasible).toBe(false);
    // Only the required steps are left, each at its minimum.
    expect(ids(p)).toEqual(['neck-warmup', 'trap-trigger', 'breathing']);
    expect(p.steps.map((s) => s.seconds)).toEqual([60, 60, 60]);
    expect(p.totalSeconds).toBe(180);
    expect(p.nearestFeasibleSeconds).toBe(180);
    expect(p.omitted.map((o) => [o.stepId, o.reason])).toEqual([
      ['forearm-deep', 'time'],
      ['jaw-release', 'time'],
      ['neck-stretch', 'time'],
      ['ball-roll', 'time'],
    ]);
    expect(p.message).toContain(
      'This routine needs at least 3 min with these choices. The nearest length is 3 min.',
    );
    const nearest = plan(neck, { targetSeconds: p.nearestFeasibleSeconds });
    expect(nearest.feasible).toBe(true);
    expect(nearest.totalSeconds).toBe(180);
  });

  it('repeatable steps fill a long target', () => {
    const p = plan(neck, { targetSeconds: 1300 });
    expect(p.feasible).toBe(true);
    expect(p.totalSeconds).toBe(1300);
    const keys = ids(p);
    const first = keys.indexOf('neck-stretch');
    expect(keys[first + 1]).toBe('neck-stretch#2');
    const again = step(p, 'neck-stretch#2');
    expect(again.stepId).toBe('neck-stretch');
    expect(again.repeat).toBe(2);
    expect(step(p, 'neck-stretch').repeat).toBe(1);
    expect(new Set(keys).size).toBe(keys.length);
    // 1200 s without the repeat was too little, so every step runs near its maximum.
    for (const s of p.steps) expect(s.seconds).toBeLessThanOrEqual(s.maxSeconds);
  });

  it('too long a target plans at the maximums and offers the nearest length', () => {
    const p = plan(neck, { targetSeconds: 1800 });
    expect(p.feasible).toBe(false);
    expect(p.steps.every((s) => s.seconds === s.maxSeconds)).toBe(true);
    expect(p.totalSeconds).toBe(1320);
    expect(p.nearestFeasibleSeconds).toBe(1320);
    expect(p.message).toBe(
      'This routine runs at most 22 min with these choices. The nearest length is 22 min.',
    );
    expect(plan(neck, { targetSeconds: 1320 }).feasible).toBe(true);
  });

  it('planBounds gives the shortest and longest totals, both reachable', () => {
    expect(planBounds(neck)).toEqual({ minSeconds: 180, maxSeconds: 1320 });
    expect(planBounds(neck, { avoidAreas: ['neck'] })).toEqual({
      minSeconds: 60 + 60,
      maxSeconds: 180 + 120 + 180 + 120 + 300,
    });
    const { minSeconds, maxSeconds } = planBounds(neck, { intensity: 'gentle' });
    expect(plan(neck, { intensity: 'gentle', targetSeconds: minSeconds }).totalSeconds).toBe(
      minSeconds,
    );
    expect(plan(neck, { intensity: 'gentle', targetSeconds: maxSeconds }).totalSeconds).toBe(
      maxSeconds,
    );
  });

  it('avoided areas never appear and are listed', () => {
    const p = plan(neck, { avoidAreas: ['neck'], targetSeconds: 600 });
    expect(p.steps.some((s) => s.bodyAreas.includes('neck'))).toBe(false);
    expect(p.omitted).toEqual([
      { stepId: 'neck-warmup', title: 'Neck circles', reason: 'avoided-area', areas: ['neck'] },
      {
        stepId: 'neck-stretch',
        title: 'Side neck stretch',
        reason: 'avoided-area',
        areas: ['neck'],
      },
    ]);
    expect(p.totalSeconds).toBe(600);
    expect(p.message).toBe(
      'Left out for the areas you are avoiding: Neck circles (neck), Side neck stretch (neck).',
    );
    const both = plan(neck, { avoidAreas: ['shoulders', 'neck'] });
    expect(both.omitted[0]).toMatchObject({ stepId: 'neck-warmup', areas: ['neck', 'shoulders'] });
  });

  it('gentle swaps deep tissue for its gentle variant and leaves out firm steps without one', () => {
    const p = plan(neck, { intensity: 'gentle' });
    const forearm = step(p, 'forearm-deep');
    expect(forearm.variant).toBe('gentle');
    expect(forearm.title).toBe('Forearm glide');
    expect(forearm.technique).toBe('swedish');
    expect(forearm.intro).toBe('Now, forearm glide.');
    expect([forearm.minSeconds, forearm.maxSeconds]).toEqual([40, 100]);
    expect(
      p.steps.filter((s) => s.key !== 'forearm-deep').every((s) => s.variant === 'standard'),
    ).toBe(true);
    expect(p.steps.some((s) => s.technique === 'deep-tissue')).toBe(false);
    expect(p.omitted).toEqual([
      { stepId: 'ball-roll', title: 'Upper back ball roll', reason: 'gentle' },
    ]);
    expect(p.message).toBe('Left out in gentle mode: Upper back ball roll.');
    // Standard intensity plays the original.
    expect(step(plan(neck), 'forearm-deep').variant).toBe('standard');
  });

  it('gentle leaves out a firm trigger point that has no gentle variant', () => {
    const r = routineOf([
      {
        id: 'press',
        ...body('Firm press', 'trigger-point', ['shoulders'], [30, 60, 90]),
        optional: false,
        priority: 1,
        firm: true,
      },
      {
        id: 'walk',
        ...body('Walk', 'movement', ['legs'], [60, 90, 180]),
        optional: false,
        priority: 1,
      },
    ]);
    expect(plan(r, { intensity: 'gentle' }).omitted).toEqual([
      { stepId: 'press', title: 'Firm press', reason: 'gentle' },
    ]);
    expect(ids(plan(r))).toEqual(['press', 'walk']);
  });

  it('a gentle variant on an avoided area is left out too', () => {
    const p = plan(neck, { intensity: 'gentle', avoidAreas: ['forearms'] });
    expect(p.omitted).toContainEqual({
      stepId: 'forearm-deep',
      title: 'Deep forearm strokes',
      reason: 'avoided-area',
      areas: ['forearms'],
    });
    expect(p.steps.some((s) => s.stepId === 'forearm-deep')).toBe(false);
  });

  it('turned-off steps are left out and listed as turned off', () => {
    const p = plan(neck, { overrides: { 'jaw-release': { enabled: false } }, targetSeconds: 480 });
    expect(p.steps.some((s) => s.stepId === 'jaw-release')).toBe(false);
    expect(p.omitted).toEqual([
      { stepId: 'jaw-release', title: 'Jaw release', reason: 'turned-off' },
    ]);
    expect(p.totalSeconds).toBe(480);
    expect(p.message).toBe('Turned off: Jaw release.');
  });

  it("overrides are clamped to the step's bounds and kept fixed while the rest scale", () => {
    const long = plan(neck, { overrides: { breathing: { seconds: 1000 } } });
    expect(step(long, 'breathing').seconds).toBe(300);
    const short = plan(neck, { overrides: { breathing: { seconds: 1 } } });
    expect(step(short, 'breathing').seconds).toBe(60);
    const fixed = plan(neck, { overrides: { breathing: { seconds: 200 } }, targetSeconds: 900 });
    expect(step(fixed, 'breathing').seconds).toBe(200);
    expect(fixed.totalSeconds).toBe(900);
    const fixedShort = plan(neck, {
      overrides: { breathing: { seconds: 200 } },
      targetSeconds: 420,
    });
    expect(step(fixedShort, 'breathing').seconds).toBe(200);
    // Overrides for unknown ids, or inherited names, are ignored.
    expect(plan(neck, { overrides: { nope: { enabled: false } } })).toEqual(plan(neck));
    expect(
      plan(neck, {
        overrides: JSON.parse('{"__proto__": {"enabled": false}}') as Record<string, StepOverride>,
      }),
    ).toEqual(plan(neck));
  });

  it("narration clips raise a step's minimum so every line fits", () => {
    const r = routineOf([
      {
        id: 'talky',
        ...body('Talky', 'movement', ['neck'], [10, 20, 60], {
          narration: {
            intro: 'An intro line.',
            cues: [{ kind: 'guidance', text: 'A cue line.', at: 0.5 }],
            outro: 'An outro line.',
          },
        }),
        optional: false,
        priority: 1,
      },
      {
        id: 'walk',
        ...body('Walk', 'movement', ['legs'], [60, 90, 300]),
        optional: false,
        priority: 1,
      },
    ]);
    const clips: Record<string, number> = {
      'An intro line.': 6.2,
      'A cue line.': 4,
      'An outro line.': 5.5,
    };
    const clipSeconds = (text: string): number | undefined => clips[text];
    // 6.2 + 1 + 4 + 1 + 5.5 + 1 = 18.7 -> 19 s
    const p = plan(r, { clipSeconds, targetSeconds: 120 });
    expect(step(p, 'talky').minSeconds).toBe(19);
    expect(step(p, 'talky').seconds).toBeGreaterThanOrEqual(19);
    // No target: the default is raised to the new minimum when it is shorter.
    const longClips = (text: string): number => (clips[text] ?? 0) * 2; // 34.4 -> 35
    expect(step(plan(r, { clipSeconds: longClips }), 'talky').seconds).toBe(35);
    // Never above the maximum.
    const huge = plan(r, { clipSeconds: () => 100 });
    expect(step(huge, 'talky').minSeconds).toBe(60);
    expect(step(huge, 'talky').seconds).toBe(60);
    // Unknown clips add nothing.
    expect(step(plan(r, { clipSeconds: () => undefined }), 'talky').minSeconds).toBe(10);
  });

  it('cues scale with the step', () => {
    const at = (p: Plan): number | undefined =>
      step(p, 'neck-warmup').cues.find((c) => c.kind === 'guidance')?.atSeconds;
    expect(at(plan(neck))).toBe(45);
    const long = plan(neck, { targetSeconds: 1200 });
    expect(at(long)).toBe(step(long, 'neck-warmup').seconds / 2);
    const short = plan(neck, { targetSeconds: 300 });
    expect(at(short)).toBe(step(short, 'neck-warmup').seconds / 2);
    const trap = step(plan(neck), 'trap-trigger');
    expect(trap.cues.find((c) => c.kind === 'ease-pressure')?.atSeconds).toBe(22.5);
  });

  it('breath cues repeat until the outro and slow down at the slower pace', () => {
    const normal = step(plan(neck), 'breathing');
    const times = normal.cues.filter((c) => c.kind === 'breath').map((c) => c.atSeconds);
    // 120 s, every 10 s, stopping 6 s before the end.
    expect(times).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
    const slow = step(plan(neck, { pace: 'slower' }), 'breathing');
    expect(slow.seconds).toBe(150);
    const slowTimes = slow.cues.map((c) => c.atSeconds);
    expect(slowTimes[1]).toBe(12.5);
    expect(slowTimes.at(-1)).toBeLessThan(150 - 6);
    expect(slowTimes).toHaveLength(12);
    // A known outro clip sets the room kept at the end.
    const withOutro = step(
      plan(neck, { clipSeconds: (t) => (t.startsWith('Open your eyes') ? 20 : undefined) }),
      'breathing',
    );
    expect(withOutro.cues.at(-1)?.atSeconds).toBe(90);
  });

  it('each-side steps switch sides at half time', () => {
    const p = plan(neck, { targetSeconds: 700 });
    const stretch = step(p, 'neck-stretch');
    expect(stretch.sideSwitchAtSeconds).toBe(stretch.seconds / 2);
    expect(stretch.cues).toEqual([
      {
        kind: 'switch-sides',
        text: SWITCH_SIDES_TEXT,
        atSeconds: Math.round((stretch.seconds / 2) * 10) / 10,
      },
    ]);
    expect(step(p, 'breathing').sideSwitchAtSeconds).toBeUndefined();
    expect('sideSwitchAtSeconds' in step(p, 'breathing')).toBe(false);
  });

  it('cues that would talk over the intro move to just after it', () => {
    const p = plan(neck, {
      clipSeconds: (t) => (t === 'Close your eyes if you like.' ? 4.23 : undefined),
    });
    const times = step(p, 'breathing').cues.map((c) => c.atSeconds);
    expect(times.slice(0, 3)).toEqual([4.3, 10, 20]);
    for (const s of p.steps) {
      for (let i = 1; i < s.cues.length; i++) {
        expect(s.cues[i]?.atSeconds).toBeGreaterThanOrEqual(s.cues[i - 1]?.atSeconds ?? 0);
      }
    }
  });

  it('slower pace drops optional steps earlier so the rest run longer', () => {
    const normal = plan(neck, { targetSeconds: 600 });
    expect(normal.omitted).toEqual([]);
    const slower = plan(neck, { targetSeconds: 600, pace: 'slower' });
    expect(slower.feasible).toBe(true);
    expect(slower.totalSeconds).toBe(600);
    expect(slower.omitted.map((o) => [o.stepId, o.reason])).toEqual([
      ['jaw-release', 'time'],
      ['ball-roll', 'time'],
    ]);
    for (const s of slower.steps) {
      expect(s.seconds).toBeGreaterThan(step(normal, s.key).seconds);
    }
  });

  it('targets outside 2 to 60 minutes are clamped and explained', () => {
    const low = plan(neck, { targetSeconds: 30 });
    expect(low.targetSeconds).toBe(MIN_TARGET_SECONDS);
    expect(low.message).toContain('Lengths run from 2 min to 60 min, so this plan aims for 2 min.');
    const high = plan(neck, { targetSeconds: 99_999 });
    expect(high.targetSeconds).toBe(MAX_TARGET_SECONDS);
    expect(plan(neck, { targetSeconds: 420.4 }).targetSeconds).toBe(420);
    expect(plan(neck, { targetSeconds: Number.NaN })).toEqual(plan(neck));
  });

  it('says so when every step is left out', () => {
    const p = plan(neck, {
      avoidAreas: ['neck', 'shoulders', 'forearms', 'jaw-face', 'upper-back', 'whole-body'],
      targetSeconds: 300,
    });
    expect(p.steps).toEqual([]);
    expect(p.totalSeconds).toBe(0);
    expect(p.feasible).toBe(false);
    expect(p.nearestFeasibleSeconds).toBeUndefined();
    expect(p.message).toContain('there is nothing to play');
  });

  it('never drops the last step, even when optional', () => {
    const r = routineOf([
      { id: 'a', ...body('A', 'movement', ['neck'], [200, 250, 300]), optional: true, priority: 2 },
      { id: 'b', ...body('B', 'movement', ['legs'], [150, 200, 300]), optional: true, priority: 3 },
    ]);
    const p = plan(r, { targetSeconds: 120 });
    expect(ids(p)).toEqual(['a']);
    expect(p.nearestFeasibleSeconds).toBe(200);
    expect(p.message).toContain('needs at least 3 min 20 s');
  });

  it('is deterministic and never mutates the routine', () => {
    const frozen = deepFreeze(structuredClone(neck));
    const options: PlanOptions = {
      targetSeconds: 777,
      pace: 'slower',
      intensity: 'gentle',
      avoidAreas: ['jaw-face'],
      overrides: { breathing: { seconds: 90 } },
      clipSeconds: (t) => t.length / 12,
    };
    const a = plan(frozen, options);
    const b = plan(structuredClone(neck), options);
    expect(a).toEqual(b);
    expect(frozen).toEqual(neck);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const LINES = [
  'Settle in and let your shoulders drop.',
  'Breathe in.',
  'Ease the pressure now.',
  'Slowly.',
  'Keep your jaw soft and your breath easy, and notice where you feel the stretch.',
  'Switch sides.',
  'Well done, let it go.',
];

const secondsArb = fc
  .tuple(
    fc.integer({ min: 5, max: 400 }),
    fc.integer({ min: 5, max: 400 }),
    fc.integer({ min: 5, max: 400 }),
  )
  .map(([a, b, c]) => {
    const [min, def, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { min, default: def, max };
  });

const cueArb = fc.record(
  {
    kind: fc.constantFrom('switch-sides', 'ease-pressure', 'breath', 'guidance' as const),
    text: fc.constantFrom(...LINES),
    at: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    every: fc.integer({ min: 4, max: 120 }),
  },
  { requiredKeys: ['kind', 'text', 'at'] },
);

const bodyArb = fc.record({
  title: fc.constantFrom('Neck glide', 'Shoulder hold', 'Box breathing', 'Hip roll'),
  technique: fc.constantFrom(...TECHNIQUE_IDS),
  bodyAreas: fc.uniqueArray(fc.constantFrom(...BODY_AREAS), { minLength: 1, maxLength: 4 }),
  narration: fc.record({
    intro: fc.constantFrom(...LINES),
    cues: fc.array(cueArb, { maxLength: 4 }),
    outro: fc.constantFrom(...LINES),
  }),
  caption: fc.constant('Caption.'),
  seconds: secondsArb,
  sides: fc.constantFrom(...SidesSchema.options),
  illustration: fc.constantFrom('neck', 'shoulders', 'breath'),
});

const stepArb = fc
  .tuple(
    bodyArb,
    fc.record(
      {
        optional: fc.boolean(),
        priority: fc.integer({ min: 1, max: 5 }),
        firm: fc.boolean(),
        repeatable: fc.boolean(),
        gentleVariant: bodyArb,
      },
      { requiredKeys: ['optional', 'priority'] },
    ),
  )
  .map(([b, flags]) => ({ ...b, ...flags }));

const routineArb = fc
  .array(stepArb, { minLength: 1, maxLength: 10 })
  .map((steps) => routineOf(steps.map((s, i) => ({ id: `step-${i}`, ...s }) satisfies StepInput)));

interface OptionSpec {
  targetSeconds?: number;
  pace: 'normal' | 'slower';
  intensity: 'standard' | 'gentle';
  avoidAreas: BodyArea[];
  overrides: Record<string, StepOverride>;
  /** Clip seconds per character, or no clip lengths at all. */
  clipRate?: number;
}

function specArb(routine: Routine): fc.Arbitrary<OptionSpec> {
  const n = routine.steps.length;
  return fc.record(
    {
      targetSeconds: fc.integer({ min: 60, max: 4000 }),
      pace: fc.constantFrom('normal', 'slower' as const),
      intensity: fc.constantFrom('standard', 'gentle' as const),
      avoidAreas: fc.uniqueArray(fc.constantFrom(...BODY_AREAS), { maxLength: 3 }),
      overrides: fc
        .array(
          fc.record(
            {
              index: fc.integer({ min: 0, max: n - 1 }),
              enabled: fc.boolean(),
              seconds: fc.integer({ min: 0, max: 500 }),
            },
            { requiredKeys: ['index'] },
          ),
          { maxLength: 3 },
        )
        .map((list) => {
          const out: Record<string, StepOverride> = {};
          for (const { index, ...o } of list) out[`step-${index}`] = o;
          return out;
        }),
      clipRate: fc.integer({ min: 1, max: 30 }).map((r) => r / 100),
    },
    { requiredKeys: ['pace', 'intensity', 'avoidAreas', 'overrides'] },
  );
}

function toOptions(spec: OptionSpec): PlanOptions {
  const { clipRate, ...rest } = spec;
  if (clipRate === undefined) return rest;
  return {
    ...rest,
    // Deterministic; some lines have no known clip.
    clipSeconds: (text) => (text.length % 5 === 0 ? undefined : text.length * clipRate),
  };
}

const caseArb = routineArb.chain((routine) => fc.tuple(fc.constant(routine), specArb(routine)));

const RUNS = { numRuns: 300 };

describe('planner properties', () => {
  it('(a) totals within one second of any feasible target, and meets every target the steps can span', () => {
    fc.assert(
      fc.property(caseArb, ([routine, spec]) => {
        const options = toOptions(spec);
        const p = plan(routine, options);
        const target = p.targetSeconds;
        if (target === undefined) {
          expect(p.feasible).toBe(true);
          return;
        }
        expect(target).toBeGreaterThanOrEqual(MIN_TARGET_SECONDS);
        expect(target).toBeLessThanOrEqual(MAX_TARGET_SECONDS);
        expect(p.feasible).toBe(Math.abs(p.totalSeconds - target) <= 1);
        // With nothing dropped or repeated, any target between the sums of the bounds is met.
        const base = plan(routine, { ...options, targetSeconds: undefined });
        const fixedOf = (id: string): number | undefined => {
          const o = spec.overrides[id];
          return o?.seconds !== undefined ? o.seconds : undefined;
        };
        const lo = sum(
          base.steps.map((s) => (fixedOf(s.stepId) !== undefined ? s.seconds : s.minSeconds)),
        );
        const hi = sum(
          base.steps.map((s) => (fixedOf(s.stepId) !== undefined ? s.seconds : s.maxSeconds)),
        );
        if (base.steps.length > 0 && lo <= target && target <= hi) {
          expect(p.feasible).toBe(true);
        }
        if (p.steps.length > 0) {
          const bounds = planBounds(routine, options);
          expect(p.totalSeconds).toBeGreaterThanOrEqual(bounds.minSeconds);
          expect(p.totalSeconds).toBeLessThanOrEqual(bounds.maxSeconds);
        }
      }),
      RUNS,
    );
  });

  it('(b) every step stays within its bounds, and its bounds within the content', () => {
    fc.assert(
      fc.property(caseArb, ([routine, spec]) => {
        const p = plan(routine, toOptions(spec));
        for (const s of p.steps) {
          const original = routine.steps.find((x) => x.id === s.stepId);
          expect(original).toBeDefined();
          if (!original) return;
          const content = s.variant === 'gentle' ? original.gentleVariant : original;
          expect(content).toBeDefined();
          if (!content) return;
          expect(Number.isInteger(s.seconds)).toBe(true);
          expect(s.seconds).toBeGreaterThanOrEqual(s.minSeconds);
          expect(s.seconds).toBeLessThanOrEqual(s.maxSeconds);
          expect(s.minSeconds).toBeGreaterThanOrEqual(content.seconds.min);
          expect(s.maxSeconds).toBe(content.seconds.max);
          const wanted = spec.overrides[s.stepId]?.seconds;
          if (wanted !== undefined) {
            expect(s.seconds).toBe(Math.min(s.maxSeconds, Math.max(s.minSeconds, wanted)));
          }
          for (const [i, cue] of s.cues.entries()) {
            expect(cue.atSeconds).toBeGreaterThanOrEqual(0);
            expect(cue.atSeconds).toBeLessThan(s.seconds);
            expect(Math.abs(cue.atSeconds * 10 - Math.round(cue.atSeconds * 10))).toBeLessThan(
              1e-6,
            );
            if (i > 0) expect(cue.atSeconds).toBeGreaterThanOrEqual(s.cues[i - 1]?.atSeconds ?? 0);
          }
          if (s.sides === 'each') expect(s.sideSwitchAtSeconds).toBe(s.seconds / 2);
        }
      }),
      RUNS,
    );
  });

  it('(c) is deterministic and pure', () => {
    fc.assert(
      fc.property(caseArb, ([routine, spec]) => {
        const before = structuredClone(routine);
        const a = plan(routine, toOptions(spec));
        const b = plan(structuredClone(routine), toOptions(spec));
        expect(a).toEqual(b);
        expect(routine).toEqual(before);
      }),
      RUNS,
    );
  });

  it('(d) avoided areas never appear, and every left-out step is listed once', () => {
    fc.assert(
      fc.property(caseArb, ([routine, spec]) => {
        const p = plan(routine, toOptions(spec));
        const avoid = new Set(spec.avoidAreas);
        for (const s of p.steps) {
          expect(s.bodyAreas.filter((a) => avoid.has(a))).toEqual([]);
        }
        for (const o of p.omitted) {
          if (o.reason === 'avoided-area') {
            expect(o.areas?.length ?? 0).toBeGreaterThan(0);
            for (const a of o.areas ?? []) expect(avoid.has(a)).toBe(true);
          }
        }
        const planned = new Set(p.steps.map((s) => s.stepId));
        const left = p.omitted.map((o) => o.stepId);
        expect(new Set(left).size).toBe(left.length);
        for (const original of routine.steps) {
          expect(planned.has(original.id) !== left.includes(original.id)).toBe(true);
        }
        if (p.omitted.length > 0) expect(p.message).toBeDefined();
      }),
      RUNS,
    );
  });

  it('(e) steps are contiguous, keyed uniquely, and a repeat follows its original', () => {
    fc.assert(
      fc.property(caseArb, ([routine, spec]) => {
        const p = plan(routine, toOptions(spec));
        let at = 0;
        p.steps.forEach((s, i) => {
          expect(s.start).toBe(at);
          at += s.seconds;
          if (s.repeat === 2) {
            expect(s.key).toBe(`${s.stepId}#2`);
            expect(p.steps[i - 1]?.key).toBe(s.stepId);
          } else {
            expect(s.key).toBe(s.stepId);
          }
        });
        expect(p.totalSeconds).toBe(at);
        expect(new Set(ids(p)).size).toBe(p.steps.length);
      }),
      RUNS,
    );
  });

  it('(f) when infeasible, the nearest length is the planned total and planning to it is feasible', () => {
    fc.assert(
      fc.property(caseArb, ([routine, spec]) => {
        const options = toOptions(spec);
        const p = plan(routine, options);
        if (p.feasible) {
          expect(p.nearestFeasibleSeconds).toBeUndefined();
          return;
        }
        if (p.steps.length === 0) {
          expect(p.nearestFeasibleSeconds).toBeUndefined();
          return;
        }
        expect(p.nearestFeasibleSeconds).toBe(p.totalSeconds);
        expect(p.message).toContain(`The nearest length is ${formatLength(p.totalSeconds)}.`);
        const nearest = p.totalSeconds;
        if (nearest >= MIN_TARGET_SECONDS && nearest <= MAX_TARGET_SECONDS) {
          const again = plan(routine, { ...options, targetSeconds: nearest });
          expect(again.feasible).toBe(true);
          expect(again.totalSeconds).toBe(nearest);
        }
      }),
      RUNS,
    );
  });

  it('(f) for short routines the nearest length is reachable too', () => {
    // Longer steps make the 2..60 minute window the common case rather than the exception.
    const bigRoutineArb = routineArb.map((r) =>
      RoutineSchema.parse({
        ...r,
        steps: r.steps.map((s) => ({
          ...s,
          seconds: { min: s.seconds.min, default: s.seconds.default * 2, max: s.seconds.max * 3 },
        })),
      }),
    );
    fc.assert(
      fc.property(
        bigRoutineArb.chain((r) => fc.tuple(fc.constant(r), specArb(r))),
        ([routine, spec]) => {
          const options = toOptions(spec);
          const p = plan(routine, options);
          if (p.feasible || p.nearestFeasibleSeconds === undefined) return;
          const nearest = p.nearestFeasibleSeconds;
          if (nearest < MIN_TARGET_SECONDS || nearest > MAX_TARGET_SECONDS) return;
          expect(plan(routine, { ...options, targetSeconds: nearest }).feasible).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
