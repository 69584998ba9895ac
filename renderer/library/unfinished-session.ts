/** What the library needs of a recorded session to offer to continue it. */
export interface SessionFacts {
  sessionId: string;
  routineId: string;
  startedAt: number;
  status: 'completed' | 'stopped' | 'interrupted' | 'in-progress';
  lastStepIndex: number;
  plannedSeconds: number;
  completedSeconds: number;
}

export interface Unfinished {
  sessionId: string;
  routineId: string;
  /** 1-based: the step the routine goes on from. */
  step: number;
  /** Cut off by a crash or power cut, rather than stopped by the user. */
  interrupted: boolean;
  secondsLeft: number;
}

/** A routine left longer ago than this is started afresh, not continued: the body has moved on. */
export const CONTINUE_WITHIN_MS = 12 * 60 * 60 * 1000;

/**
 * The session the library offers to continue: the newest one, if it was stopped or cut off
 * by a crash partway, recently. One offer: a newer finished session, or none, means none.
 */
export function unfinishedSession(
  sessions: readonly SessionFacts[],
  now: number,
): Unfinished | null {
  const newest = sessions.reduce<SessionFacts | null>(
    (best, s) => (best === null || s.startedAt > best.startedAt ? s : best),
    null,
  );
  if (!newest) return null;
  if (newest.status !== 'stopped' && newest.status !== 'interrupted') return null;
  if (now - newest.startedAt > CONTINUE_WITHIN_MS) return null;
  const secondsLeft = Math.max(0, Math.round(newest.plannedSeconds - newest.completedSeconds));
  if (secondsLeft < 5) return null;
  return {
    sessionId: newest.sessionId,
    routineId: newest.routineId,
    step: Math.max(1, newest.lastStepIndex + 1),
    interrupted: newest.status === 'interrupted',
    secondsLeft,
  };
}
