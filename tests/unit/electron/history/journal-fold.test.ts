import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldEvents } from '../../../../electron/history/journal-fold';
import type { JournalEvent } from '../../../../electron/history/journal-format';

/**
 * Folding a journal's events into sessions, events as another device's file or a copied file
 * may hand them over: out of order, repeated, a resume between an end and a later one.
 */

const base = (at: number, id: string) => ({ v: 1 as const, id, at, device: 'desk' });
const started = (at: number, choices?: Record<string, unknown>): JournalEvent => ({
  ...base(at, `start-${at}`),
  type: 'session-started',
  sessionId: 's',
  routineId: 'neck',
  title: 'Neck and shoulders',
  plannedSeconds: 600,
  ...(choices ? { choices } : {}),
});
const checkpoint = (at: number, seconds: number, steps: string[]): JournalEvent => ({
  ...base(at, `step-${at}`),
  type: 'step-completed',
  sessionId: 's',
  completedSeconds: seconds,
  stepsDone: steps,
  stepIndex: steps.length,
});
const ended = (at: number, seconds: number): JournalEvent => ({
  ...base(at, `end-${at}`),
  type: 'session-ended',
  sessionId: 's',
  status: 'completed',
  completedSeconds: seconds,
  stepsDone: ['a', 'b'],
  stepIndex: 1,
});
/** The app cut off at `at`, having played two minutes (step 'a'). */
const interrupted = (at: number): JournalEvent => ({
  ...base(at, 'cut'),
  type: 'session-interrupted',
  sessionId: 's',
  completedSeconds: 120,
  stepsDone: ['a'],
  stepIndex: 1,
});
const resumed = (at: number): JournalEvent => ({
  ...base(at, `resume-${at}`),
  type: 'session-resumed',
  sessionId: 's',
  stepIndex: 1,
});

const only = (events: JournalEvent[]) => {
  const [session] = foldEvents(events).sessions;
  if (!session) throw new Error('no session folded');
  return session;
};

describe('folding the journal', () => {
  it('keeps the furthest checkpoint, even when an earlier one arrives after it', () => {
    const session = only([started(0), checkpoint(20, 240, ['a', 'b']), checkpoint(10, 120, ['a'])]);
    expect(session.completedSeconds).toBe(240);
    expect(session.stepsDone).toEqual(['a', 'b']);
  });

  it('an end later than a resume stands; an end before it (or at its moment) is undone', () => {
    expect(only([started(0), ended(30, 600), resumed(20)]).status).toBe('completed');
    expect(only([started(0), ended(20, 300), resumed(30)]).status).toBe('in-progress');
    expect(only([started(0), ended(20, 300), resumed(20)]).status).toBe('in-progress');
  });

  it('an interruption later than a resume stands; one before it is undone', () => {
    const interrupted = (at: number): JournalEvent => ({
      ...base(at, `cut-${at}`),
      type: 'session-interrupted',
      sessionId: 's',
      completedSeconds: 120,
      stepsDone: ['a'],
      stepIndex: 1,
    });
    expect(only([started(0), interrupted(30), resumed(20)]).status).toBe('interrupted');
    expect(only([started(0), interrupted(20), resumed(20)]).status).toBe('in-progress');
  });

  it('a session with nothing done yet has no steps and no fields that do not apply', () => {
    const session = only([started(0)]);
    expect(session.stepsDone).toEqual([]);
    expect(session.lastStepIndex).toBe(-1);
    for (const field of ['choices', 'endedAt', 'painBefore', 'painAfter', 'note', 'areasBefore']) {
      expect(field in session, field).toBe(false);
    }
    expect(only([started(0, { pace: 'slower' })]).choices).toEqual({ pace: 'slower' });
  });

  it('lists sessions newest first, and those started at the same moment by id, highest first', () => {
    const start = (sessionId: string, at: number): JournalEvent => ({
      ...(started(at) as Extract<JournalEvent, { type: 'session-started' }>),
      id: `start-${sessionId}`,
      sessionId,
    });
    const order = foldEvents([
      start('b', 10),
      start('c', 5),
      start('a', 10),
      start('d', 20),
    ]).sessions.map((session) => session.sessionId);
    expect(order).toEqual(['d', 'b', 'a', 'c']);
  });

  it('lists sessions in the same order whatever order their files hand them over', () => {
    const start = (sessionId: string, at: number): JournalEvent => ({
      ...(started(at) as Extract<JournalEvent, { type: 'session-started' }>),
      id: `start-${sessionId}`,
      sessionId,
    });
    // Three started at the same moment, one before and one after them.
    const events = [start('a', 10), start('b', 10), start('c', 10), start('d', 5), start('e', 20)];
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length }), (shuffled) => {
        const order = foldEvents(shuffled).sessions.map((session) => session.sessionId);
        expect(order).toEqual(['e', 'c', 'b', 'a', 'd']);
      }),
    );
  });

  it('of two checkpoints with the same played time, the later one says when it was last seen', () => {
    const session = only([
      started(0),
      checkpoint(40, 120, ['a']),
      // Paused and saved again without playing further.
      checkpoint(60, 120, ['a']),
      interrupted(90),
    ]);
    expect(session.endedAt).toBe(60);
  });

  it('an interrupted session ends at its last checkpoint', () => {
    const session = only([started(0), checkpoint(40, 120, ['a']), interrupted(90)]);
    expect(session.status).toBe('interrupted');
    expect(session.endedAt).toBe(40);
  });
});
