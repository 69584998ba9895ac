/** The clock's source of time: real timers in the app, simulated time in tests. */
export interface ClockScheduler {
  /** Monotonic milliseconds. */
  now(): number;
  /** Date.now(): only stamps snapshots, never drives the timeline. */
  wallNow(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Resolves the globals on every call rather than once, so Vitest's fake timers (installed
 * after this module loads) drive it too.
 */
export const realScheduler: ClockScheduler = {
  now: () => performance.now(),
  wallNow: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};
