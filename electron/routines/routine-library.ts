import { summarizeRoutine } from '../../content/routine-summary';
import { parseRoutineFile } from '../../content/routine-validation';
import type { Routine, Step, Technique } from '../../content/schema';
import type { RoutineSummary } from '../common/ipc/contract';
import { openCustomRoutines, type RoutineFileProblem } from './custom-routines';
import { UserError } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import type { SettingsStore } from '../settings/settings-store';

/**
 * All routines the user can see: the built-in ones (which can be hidden, never deleted) and
 * their own, kept as files in the data folder.
 */
export interface RoutineLibrary {
  all(): Routine[];
  summaries(): RoutineSummary[];
  get(id: string): Routine;
  catalogue(): { routineId: string; routineTitle: string; step: Step }[];
  save(routine: Routine): RoutineSummary;
  remove(id: string): boolean;
  setHidden(id: string, hidden: boolean): boolean;
  import(text: string): { routine: RoutineSummary; renamed: boolean };
  problems(): RoutineFileProblem[];
}

export function createRoutineLibrary(deps: {
  dataDir: string;
  /** The built-in routines in the language shown now (their ids never change with it). */
  builtIn: () => readonly Routine[];
  techniques: readonly Technique[];
  settings: SettingsStore;
}): RoutineLibrary {
  const custom = openCustomRoutines(deps.dataDir, deps.techniques);
  const builtInIds = new Set(deps.builtIn().map((routine) => routine.id));
  const all = () => [...deps.builtIn(), ...custom.list().routines];

  const summary = (routine: Routine): RoutineSummary => ({
    ...summarizeRoutine(routine, builtInIds.has(routine.id)),
    hidden: deps.settings.get().hiddenRoutineIds.includes(routine.id),
  });

  const save = (routine: Routine): RoutineSummary => {
    if (builtInIds.has(routine.id)) {
      throw new UserError('invalid-routine', tm('errors:routines.builtInId', { id: routine.id }));
    }
    return summary(custom.save(routine));
  };

  /**
   * An imported routine never replaces one the user has, not even a file that fails to load
   * (the user may still mend it): it comes in as a copy.
   */
  const freeId = (id: string): string => {
    const unreadable = custom.list().problems.map((problem) => problem.file.replace(/\.json$/, ''));
    const taken = new Set([...all().map((routine) => routine.id), ...unreadable]);
    if (!taken.has(id)) return id;
    for (let n = 2; ; n++) {
      const candidate = `${id.slice(0, 60)}-${n}`;
      if (!taken.has(candidate)) return candidate;
    }
  };

  return {
    all,
    summaries: () => all().map(summary),
    get(id) {
      const routine = all().find((candidate) => candidate.id === id);
      if (!routine) throw new UserError('not-found', tm('errors:routines.notFound', { id }));
      return routine;
    },
    catalogue: () =>
      all().flatMap((routine) =>
        routine.steps.map((step) => ({ routineId: routine.id, routineTitle: routine.title, step })),
      ),
    save,
    remove(id) {
      if (builtInIds.has(id)) {
        throw new UserError('invalid-routine', tm('errors:routines.builtInDelete'));
      }
      return custom.remove(id);
    },
    setHidden(id, hidden) {
      if (!builtInIds.has(id)) {
        throw new UserError('invalid-routine', tm('errors:routines.onlyBuiltInHidden'));
      }
      const current = deps.settings.get().hiddenRoutineIds.filter((hiddenId) => hiddenId !== id);
      deps.settings.update({ hiddenRoutineIds: hidden ? [...current, id] : current });
      return hidden;
    },
    import(text) {
      const parsed = parseRoutineFile(text, deps.techniques);
      if (!parsed.ok) throw new UserError('invalid-routine', parsed.message);
      const id = freeId(parsed.routine.id);
      return { routine: save({ ...parsed.routine, id }), renamed: id !== parsed.routine.id };
    },
    problems: () => custom.list().problems,
  };
}
