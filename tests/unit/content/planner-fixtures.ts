import {
  RoutineSchema,
  type BodyArea,
  type Routine,
  type RoutineInput,
  type StepInput,
} from '../../../content/schema';

/**
 * Routines for the planner's tests, built here rather than read from content/, so the
 * lengths the tests work out by hand stay put when the shipped routines are edited.
 */

export type BodyInput = Omit<StepInput, 'id' | 'optional' | 'priority' | 'firm' | 'repeatable'>;

export function routineOf(steps: StepInput[], id = 'desk-reset'): Routine {
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

export function body(
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
