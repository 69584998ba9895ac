import type { EventName } from '../../electron/common/ipc/channels';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import { api } from './api';

/**
 * The first screen's data is asked for as soon as the script runs, all at once and in
 * parallel with React starting up, instead of after the first render (one wait for main, not
 * two in a row). Each promise is handed out once; later mounts ask main afresh, and so does a
 * first mount after main announced a change to the data (the library can mount long after
 * start, behind the welcome).
 */
type Loader<T> = () => Promise<T>;

function prefetch<T>(load: Loader<T>, staleAfter: readonly EventName[] = []): Loader<T> {
  let first: Promise<T> | null = load();
  // A failed prefetch is reported by the screen that takes it; never as an unhandled rejection.
  first.catch(() => {});
  const offs = staleAfter.map((event) =>
    api().on(event, () => {
      first = null;
      for (const off of offs) off();
    }),
  );
  return () => {
    const taken = first;
    first = null;
    for (const off of offs) off();
    return taken ?? load();
  };
}

export const loadRoutines = prefetch<MethodOutput<'listRoutines'>>(() => api().listRoutines());
export const loadSettings = prefetch<MethodOutput<'getSettings'>>(() => api().getSettings());
export const loadPlayback = prefetch<MethodOutput<'getPlayback'>>(
  () => api().getPlayback(),
  ['playbackChanged'],
);

// The library's courtesies (broken routine files, the stats behind the For you row): asked
// for ahead only in the main window, since the floating timer never shows the library.
const inMainWindow = !window.location.hash.startsWith('#/timer');
const later =
  <T>(load: Loader<T>): Loader<T> =>
  () =>
    load();
export const loadRoutineProblems = (inMainWindow ? prefetch : later)<
  MethodOutput<'listRoutineProblems'>
>(() => api().listRoutineProblems());
export const loadLibraryStats = (inMainWindow ? prefetch : later)<MethodOutput<'getHistoryStats'>>(
  () => api().getHistoryStats(),
  ['historyChanged'],
);
