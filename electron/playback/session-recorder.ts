/**
 * What the routine clock tells history about a session: when it started, a checkpoint at
 * every step change (so a crash mid-session still leaves the progress made), and how it
 * ended. The history journal implements it; playback depends only on this port.
 */

export type SessionStatus = 'completed' | 'stopped';

export interface SessionStart {
  sessionId: string;
  routineId: string;
  title: string;
  plannedSeconds: number;
  /** Wall-clock ms since the epoch. */
  startedAt: number;
}

export interface SessionProgress {
  sessionId: string;
  /** -1 while counting in. */
  stepIndex: number;
  /** Keys of the planned steps that ran to their end, each once. */
  stepsDone: string[];
  /** Played time, pauses excluded. */
  completedSeconds: number;
  /** Wall-clock ms since the epoch. */
  at: number;
}

export interface SessionEnd extends SessionProgress {
  status: SessionStatus;
}

export interface SessionRecorder {
  started(start: SessionStart): void;
  checkpoint(progress: SessionProgress): void;
  ended(end: SessionEnd): void;
}
