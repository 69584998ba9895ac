import type { SessionRecord } from '../../../electron/history/journal-format';

let nextId = 0;

/**
 * A completed ten-minute session of the neck routine (three steps done), started at the
 * moment, with each call's own id; `fields` overrides any part of it.
 */
export function sessionAt(
  startedAt: number,
  fields: Partial<Omit<SessionRecord, 'startedAt'>> = {},
): SessionRecord {
  nextId += 1;
  return {
    sessionId: `s${nextId}`,
    routineId: 'neck',
    title: 'Neck and shoulders',
    device: 'desk',
    startedAt,
    endedAt: startedAt + 600_000,
    plannedSeconds: 600,
    completedSeconds: 600,
    stepsDone: ['a', 'b', 'c'],
    status: 'completed',
    lastStepIndex: 2,
    ...fields,
  };
}

/**
 * The same session started at 09:00 UTC on the date (YYYY-MM-DD), as a journal without an
 * end time records it (one step done); `fields` overrides any part of it.
 */
export function sessionOn(date: string, fields: Partial<SessionRecord> = {}): SessionRecord {
  const record = sessionAt(Date.parse(`${date}T09:00:00Z`), { stepsDone: ['a'], lastStepIndex: 0 });
  delete record.endedAt;
  return { ...record, ...fields };
}
