/**
 * The moment the first screen can be used: the library marks it once its routines show
 * (`npm run bench` reads it as time to interactive), and the other screens' code is
 * fetched only after it, so nothing competes with the first screen.
 */
export const READY_MARK = 'unknot:library-ready';

/** Once, when the first screen is ready, or after `latest` ms if it never says so. */
export function afterFirstScreen(run: () => void, latest = 3000): () => void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  let fallback = 0;
  const stop = () => {
    done = true;
    observer?.disconnect();
    window.clearTimeout(fallback);
  };
  const once = () => {
    if (done) return;
    stop();
    run();
  };
  if (performance.getEntriesByName(READY_MARK).length > 0) {
    // Already ready (the library drew in the same commit): still after this task, as below.
    queueMicrotask(once);
    return stop;
  }
  if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(READY_MARK).length > 0) once();
    });
    observer.observe({ type: 'mark' });
  }
  // The first screen may not be the library (the welcome, the player after a crash).
  fallback = window.setTimeout(once, latest);
  return stop;
}
