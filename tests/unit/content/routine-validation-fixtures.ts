import type { Routine, Step, Technique, TechniqueId } from '../../../content/schema';

/**
 * A small routine and technique table built here rather than read from content/, so the
 * limits and names in the routine-validation tests stay put when the shipped routines or
 * clinical bounds are edited.
 */

/** Per-side bounds in seconds; a step done on each side gets twice the room. */
const BOUNDS: Record<TechniqueId, [number, number]> = {
  swedish: [20, 180],
  'deep-tissue': [30, 120],
  'trigger-point': [30, 90],
  'myofascial-release': [90, 300],
  'self-myofascial-rolling': [30, 120],
  heat: [30, 1200],
  stretching: [15, 120],
  movement: [20, 300],
  meditation: [30, 1200],
};

export function technique(id: TechniqueId): Technique {
  const [minSeconds, maxSeconds] = BOUNDS[id];
  return {
    id,
    name: id,
    description: `What ${id} is.`,
    atDesk: `How to do ${id} at a desk.`,
    minSeconds,
    maxSeconds,
    pressure: false,
    parameters: {},
    cautions: ['Stop if it hurts.'],
    sources: ['https://example.org/'],
  };
}

export const techniques: Technique[] = Object.keys(BOUNDS).map((id) =>
  technique(id as TechniqueId),
);

/**
 * Step 1 "Neck turns": movement, both sides, one cue.
 * Step 2 "Shoulder hold": trigger point on each side, with a gentle variant "Shoulder
 * stroking" (Swedish, each side, one cue).
 * Step 3 "Slow breathing": meditation with a breathing pattern.
 */
export function routine(): Routine {
  return {
    format: 1,
    id: 'test-routine',
    title: 'Test routine',
    summary: 'A routine for the tests.',
    conditions: ['stiff neck'],
    intensity: 'moderate',
    cautions: ['Stop if it hurts.'],
    steps: [
      {
        id: 'neck-turns',
        title: 'Neck turns',
        technique: 'movement',
        bodyAreas: ['neck'],
        narration: {
          intro: 'Turn your head slowly.',
          cues: [{ kind: 'guidance', text: 'Now nod.', at: 0.5 }],
          outro: 'Rest.',
        },
        caption: 'Slow head turns.',
        seconds: { min: 40, default: 60, max: 90 },
        sides: 'both',
        illustration: 'neck-turns',
        optional: false,
        priority: 1,
        firm: false,
        repeatable: true,
      },
      {
        id: 'shoulder-hold',
        title: 'Shoulder hold',
        technique: 'trigger-point',
        bodyAreas: ['shoulders'],
        narration: {
          intro: 'Pinch the top of your left shoulder.',
          cues: [{ kind: 'switch-sides', text: 'Now the right side.', at: 0.5 }],
          outro: 'Let go.',
        },
        caption: 'Hold a tender point.',
        seconds: { min: 70, default: 120, max: 170 },
        sides: 'each',
        sideWork: { part: 'shoulder', otherHand: true },
        illustration: 'shoulder-hold',
        optional: true,
        priority: 2,
        firm: true,
        repeatable: false,
        gentleVariant: {
          title: 'Shoulder stroking',
          technique: 'swedish',
          bodyAreas: ['shoulders'],
          narration: {
            intro: 'Stroke your left shoulder.',
            cues: [{ kind: 'switch-sides', text: 'Now the right side.', at: 0.5 }],
            outro: 'Let go.',
          },
          caption: 'Light strokes.',
          seconds: { min: 60, default: 90, max: 120 },
          sides: 'each',
          illustration: 'shoulder-stroking',
        },
      },
      {
        id: 'slow-breathing',
        title: 'Slow breathing',
        technique: 'meditation',
        bodyAreas: ['whole-body'],
        narration: { intro: 'Breathe in slowly.', cues: [], outro: 'Open your eyes.' },
        caption: 'Paced breathing.',
        seconds: { min: 60, default: 90, max: 120 },
        sides: 'both',
        illustration: 'slow-breathing',
        breathing: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
        optional: false,
        priority: 1,
        firm: false,
        repeatable: false,
      },
    ],
  };
}

/** One step of the fixture, to build routines of chosen steps. */
export function step(index: number): Step {
  return routine().steps[index]!;
}

/**
 * The fixture routine as plain JSON-like data with one value replaced, or removed when the
 * value is undefined (as a field missing from a file).
 */
export function routineWith(path: readonly (string | number)[], value: unknown): unknown {
  const json: unknown = structuredClone(routine());
  let parent = json as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return json;
}
