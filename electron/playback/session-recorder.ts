/**
 * What the routine clock tells history about a session: when it started, a checkpoint at
 * every step change (so a crash mid-session still leaves the progress made), and how it
 * ended. The history journal implements it; playback depends only on this port.
 */

import type { PlanChoices } from '../common/settings-schema';

export type SessionStatus = 'completed' | 'stopped';

export interface SessionStart {
  sessionId: string;
  routineId: string;
  title: string;
  plannedSeconds: number;
  /** Wall-clock ms since the epoch. */
  startedAt: number;
  /** The choices the plan was made with, so a resume plays exactly this plan again. */
  choices?: PlanChoices;
}

/** The same session going on from a step after a stop or a crash: one practice, one record. */
export interface SessionResume {
  sessionId: string;
  stepIndex: number;
  at: number;
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
  resumed(resume: SessionResume): void;
  checkpoint(progress: SessionProgress): void;
  ended(end: SessionEnd): void;
}
