import { describe, expect, it } from 'vitest';
import {
  CONTINUE_WITHIN_MS,
  unfinishedSession,
  type SessionFacts,
} from '../../../../renderer/library/unfinished-session';

const NOW = Date.UTC(2026, 10, 30, 12);
const session = (over: Partial<SessionFacts>): SessionFacts => ({
  sessionId: 's1',
  routineId: 'neck-and-shoulders',
  startedAt: NOW - 60_000 * 10,
  status: 'stopped',
  lastStepIndex: 2,
  plannedSeconds: 600,
  completedSeconds: 240,
  ...over,
});

describe('the session the library offers to continue', () => {
  it('is the newest session when it was stopped or interrupted partway, with where and how long', () => {
    expect(unfinishedSession([session({})], NOW)).toEqual({
      sessionId: 's1',
      routineId: 'neck-and-shoulders',
      step: 3,
      interrupted: false,
      secondsLeft: 360,
    });
    expect(unfinishedSession([session({ status: 'interrupted' })], NOW)).toMatchObject({
      step: 3,
      interrupted: true,
    });
  });

  it('is nothing when the newest session finished, even if an older one stopped', () => {
    const older = session({ sessionId: 'old', startedAt: NOW - 3_600_000 });
    const finished = session({ sessionId: 'new', status: 'completed' });
    expect(unfinishedSession([older, finished], NOW)).toBeNull();
  });

  it('is nothing when the session is old, or all but done, or there is none', () => {
    expect(
      unfinishedSession([session({ startedAt: NOW - CONTINUE_WITHIN_MS - 1 })], NOW),
    ).toBeNull();
    expect(unfinishedSession([session({ completedSeconds: 597 })], NOW)).toBeNull();
    expect(unfinishedSession([], NOW)).toBeNull();
  });
});
