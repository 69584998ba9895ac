import type { EventName } from '../../electron/common/ipc/channels';
import type { MethodOutput } from '../../electron/common/ipc/contract';
import {
  parseStartupData,
  STARTUP_DATA_ID,
  type StartupData,
} from '../../electron/common/ipc/startup-data';
import { api } from './api';

/**
 * The first screen's data. Main writes most of it into the page (common/ipc/startup-data.ts),
 * so the library, the welcome and the theme draw in the first frame; what the page does not
 * carry is asked for as soon as the script runs, all at once and in parallel with React
 * starting up, instead of after the first render. Each value is handed out once; later mounts
 * ask main afresh, and so does a first mount after main announced a change to the data (the
 * library can mount long after start, behind the welcome).
 */
export interface StartupLoader<T> {
  (): Promise<T>;
  /** The value the page carried, once, while still fresh; then undefined. */
  takeEmbedded(): T | undefined;
}

const embedded: StartupData = parseStartupData(
  document.getElementById(STARTUP_DATA_ID)?.textContent,
);

function prefetch<T>(
  load: () => Promise<T>,
  staleAfter: readonly EventName[] = [],
  carried?: T,
): StartupLoader<T> {
  let now: T | undefined = carried;
  let first: Promise<T> | null = carried === undefined ? load() : null;
  // A failed prefetch is reported by the screen that takes it; never as an unhandled rejection.
  first?.catch(() => {});
  let offs: (() => void)[] = [];
  // Taken, or gone stale: from then on every call asks main.
  const letGo = () => {
    first = null;
    now = undefined;
    for (const off of offs) off();
  };
  offs = staleAfter.map((event) => api().on(event, letGo));
  const loader = () => {
    const taken = now !== undefined ? Promise.resolve(now) : first;
    letGo();
    return taken ?? load();
  };
  loader.takeEmbedded = () => {
    const taken = now;
    if (taken !== undefined) letGo();
    return taken;
  };
  return loader;
}

/** Asked for only when a screen mounts: for what the floating timer never shows. */
function onDemand<T>(load: () => Promise<T>): StartupLoader<T> {
  const loader = () => load();
  loader.takeEmbedded = () => undefined;
  return loader;
}

export const loadRoutines = prefetch<MethodOutput<'listRoutines'>>(
  () => api().listRoutines(),
  [],
  embedded.listRoutines,
);
/** The settings the page carried, read without taking them (the language, before React). */
export function embeddedSettings(): MethodOutput<'getSettings'> | undefined {
  return embedded.getSettings;
}

export const loadSettings = prefetch<MethodOutput<'getSettings'>>(
  () => api().getSettings(),
  [],
  embedded.getSettings,
);
// Not carried in the page (see startup-data.ts in common) and not asked for ahead either: no
// first screen needs it to be used, and its answer would land while that screen is drawn.
export const loadPlayback = onDemand<MethodOutput<'getPlayback'>>(() => api().getPlayback());

// The library's courtesies (broken routine files, the stats behind the For you row): taken
// from the page or asked for ahead only in the main window; the floating timer never shows
// the library.
/** False in the floating timer's window, which is opened at #/timer and stays there. */
export const inMainWindow = !window.location.hash.startsWith('#/timer');
export const loadRoutineProblems = inMainWindow
  ? prefetch<MethodOutput<'listRoutineProblems'>>(
      () => api().listRoutineProblems(),
      [],
      embedded.listRoutineProblems,
    )
  : onDemand(() => api().listRoutineProblems());
export const loadLibraryStats = inMainWindow
  ? prefetch<MethodOutput<'getHistoryStats'>>(
      () => api().getHistoryStats(),
      ['historyChanged'],
      embedded.getHistoryStats,
    )
  : onDemand(() => api().getHistoryStats());
