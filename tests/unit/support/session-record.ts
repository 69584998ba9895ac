import type { SessionRecord } from '../../../electron/history/journal-format';

let nextId = 0;

/**
 * A completed ten-minute session of the neck routine, started at 09:00 UTC on the date
 * (YYYY-MM-DD), with each call's own id; `fields` overrides any part of it.
 */
export function sessionOn(date: string, fields: Partial<SessionRecord> = {}): SessionRecord {
  nextId += 1;
  return {
    sessionId: `s${nextId}`,
    routineId: 'neck',
    title: 'Neck and shoulders',
    device: 'desk',
    startedAt: Date.parse(`${date}T09:00:00Z`),
    plannedSeconds: 600,
    completedSeconds: 600,
    stepsDone: ['a'],
    status: 'completed',
    lastStepIndex: 0,
    ...fields,
  };
}
