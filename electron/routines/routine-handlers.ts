import type { Technique } from '../../content/schema';
import type { Handlers } from '../ipc/handler-table';
import type { createPresets } from './presets';
import type { RoutineLibrary } from './routine-library';

type RoutineMethods =
  | 'listRoutines'
  | 'getRoutine'
  | 'listTechniques'
  | 'listStepCatalogue'
  | 'saveRoutine'
  | 'deleteRoutine'
  | 'setRoutineHidden'
  | 'importRoutine'
  | 'listRoutineProblems'
  | 'savePreset'
  | 'deletePreset';

/** The library: built-in and own routines, the step catalogue, and saved presets. */
export function routineHandlers(deps: {
  library: RoutineLibrary;
  presets: ReturnType<typeof createPresets>;
  techniques: readonly Technique[];
}): Handlers<RoutineMethods> {
  const { library, presets } = deps;
  return {
    listRoutines: () => library.summaries(),
    getRoutine: ({ id }) => library.get(id),
    listTechniques: () => [...deps.techniques],
    listStepCatalogue: () => library.catalogue(),
    saveRoutine: ({ routine }) => library.save(routine),
    deleteRoutine: ({ id }) => ({ deleted: library.remove(id) }),
    setRoutineHidden: ({ id, hidden }) => ({ hidden: library.setHidden(id, hidden) }),
    importRoutine: ({ text }) => library.import(text),
    listRoutineProblems: () => library.problems(),
    savePreset: (input) => presets.save(input),
    deletePreset: ({ id }) => ({ deleted: presets.remove(id) }),
  };
}
