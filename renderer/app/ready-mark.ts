/**
 * The moment the first screen can be used: the library marks it once its routines show
 * (`npm run bench` reads it as time to interactive), and the other screens' code is
 * fetched only after it, so nothing competes with the first screen.
 */
export const READY_MARK = 'unknot:library-ready';

/** Once, when the first screen is ready, or after `latest` ms if it never says so. */
export function afterFirstScreen(run: () => void, latest = 3000): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    window.clearTimeout(fallback);
    run();
  };
  if (performance.getEntriesByName(READY_MARK).length > 0) {
    queueMicrotask(once);
    return () => {
      done = true;
    };
  }
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName(READY_MARK).length > 0) once();
        })
      : null;
  observer?.observe({ type: 'mark' });
  // The first screen may not be the library (the welcome, the player after a crash).
  const fallback = window.setTimeout(once, latest);
  return () => {
    done = true;
    observer?.disconnect();
    window.clearTimeout(fallback);
  };
}
