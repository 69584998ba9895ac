import type { PlaybackSnapshot } from '../../electron/common/playback-schema';

/**
 * Where the clock is now, worked out from its last snapshot and this window's clock: main
 * sends a snapshot only on changes, so every window counts down on its own.
 */
export interface PlaybackTime {
  /** Milliseconds left in the current step (or the count-in). */
  stepRemainingMs: number;
  /** 0..1 through the current step. */
  stepProgress: number;
  /** 0..1 through the whole routine. */
  routineProgress: number;
  /** Seconds left of the count-in, when counting in. */
  countIn: number;
}

const isRunning = (snapshot: PlaybackSnapshot) =>
  snapshot.status === 'playing' || snapshot.status === 'counting-in';

export function playbackTimeAt(snapshot: PlaybackSnapshot, wallNow: number): PlaybackTime {
  const drift = isRunning(snapshot) ? Math.max(0, wallNow - snapshot.at) : 0;
  if (snapshot.status === 'counting-in') {
    const left = Math.max(0, snapshot.countInSeconds * 1000 - drift);
    return {
      stepRemainingMs: left,
      stepProgress: 0,
      routineProgress: 0,
      countIn: Math.ceil(left / 1000),
    };
  }
  const stepMs = snapshot.stepSeconds * 1000;
  const stepElapsed = Math.min(stepMs, snapshot.stepElapsedMs + drift);
  const routineElapsed = Math.min(snapshot.routineTotalMs, snapshot.routineElapsedMs + drift);
  const finished = snapshot.status === 'finished';
  return {
    stepRemainingMs: finished ? 0 : Math.max(0, stepMs - stepElapsed),
    stepProgress: finished ? 1 : stepMs > 0 ? stepElapsed / stepMs : 0,
    routineProgress: finished
      ? 1
      : snapshot.routineTotalMs > 0
        ? routineElapsed / snapshot.routineTotalMs
        : 0,
    countIn: 0,
  };
}

/**
 * Milliseconds until the displayed whole second changes: the countdown wakes once a second,
 * on the second, instead of running an animation loop.
 */
export function msUntilNextSecond(remainingMs: number): number {
  const intoSecond = remainingMs % 1000;
  return intoSecond === 0 ? 1000 : intoSecond;
}

/** "4:05", "0:09", "12:00": minutes and seconds, counting down. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}
