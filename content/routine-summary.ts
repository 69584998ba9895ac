import { defaultRoutineSeconds, type BodyArea, type Routine, type TechniqueId } from './schema';

/** What a library card needs to show about a routine, without its narration. */
export interface RoutineSummaryData {
  id: string;
  title: string;
  summary: string;
  conditions: string[];
  intensity: Routine['intensity'];
  cautions: string[];
  seconds: number;
  stepCount: number;
  bodyAreas: BodyArea[];
  techniques: TechniqueId[];
  builtIn: boolean;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function summarizeRoutine(routine: Routine, builtIn: boolean): RoutineSummaryData {
  return {
    id: routine.id,
    title: routine.title,
    summary: routine.summary,
    conditions: routine.conditions,
    intensity: routine.intensity,
    cautions: routine.cautions,
    seconds: defaultRoutineSeconds(routine),
    stepCount: routine.steps.length,
    bodyAreas: unique(routine.steps.flatMap((step) => step.bodyAreas)),
    techniques: unique(routine.steps.map((step) => step.technique)),
    builtIn,
  };
}
