import { equipmentOf } from './equipment';
import {
  defaultRoutineSeconds,
  type BodyArea,
  type EquipmentId,
  type Routine,
  type TechniqueId,
} from './schema';

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
  /** How many steps work on each area, so "a routine for your neck" can mean mostly neck. */
  areaStepCounts: Partial<Record<BodyArea, number>>;
  techniques: TechniqueId[];
  /** What to have at hand, in the order the steps first use it. */
  equipment: EquipmentId[];
  builtIn: boolean;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Everything the routine's own steps use, first use first. Gentle variants are left out: the
 * card describes the routine as written, and a variant only ever swaps in something softer.
 */
export function routineEquipment(routine: Pick<Routine, 'steps'>): EquipmentId[] {
  return equipmentOf(routine.steps);
}

function countAreas(routine: Pick<Routine, 'steps'>): Partial<Record<BodyArea, number>> {
  const counts: Partial<Record<BodyArea, number>> = {};
  for (const step of routine.steps) {
    for (const area of step.bodyAreas) counts[area] = (counts[area] ?? 0) + 1;
  }
  return counts;
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
    areaStepCounts: countAreas(routine),
    techniques: unique(routine.steps.map((step) => step.technique)),
    equipment: routineEquipment(routine),
    builtIn,
  };
}
