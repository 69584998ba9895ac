import type { MethodOutput } from '../../electron/common/ipc/contract';
import { api } from './api';

/**
 * The first screen's data is asked for as soon as the script runs, in parallel with React
 * starting up, instead of after the first render. Each promise is handed out once; later
 * mounts ask main afresh.
 */
type Loader<T> = () => Promise<T>;

function prefetch<T>(load: Loader<T>): Loader<T> {
  let first: Promise<T> | null = load();
  // A failed prefetch is reported by the screen that takes it; never as an unhandled rejection.
  first.catch(() => {});
  return () => {
    const taken = first;
    first = null;
    return taken ?? load();
  };
}

export const loadRoutines = prefetch<MethodOutput<'listRoutines'>>(() => api().listRoutines());
export const loadSettings = prefetch<MethodOutput<'getSettings'>>(() => api().getSettings());
