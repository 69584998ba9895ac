import { computeStats, sessionsToCsv } from '../../../../electron/history/history-stats';
import type { SessionRecord } from '../../../../electron/history/journal-format';

/**
 * Run in a child process with its time zone set (tests/unit/support/in-zone.ts): the CSV and
 * the statistics as they come out with no zone given, i.e. in the process's own zone.
 */
export function withProcessZone({ sessions, now }: { sessions: SessionRecord[]; now: number }) {
  return {
    csv: sessionsToCsv(sessions),
    stats: computeStats(sessions, { now: new Date(now), weeklyGoalDays: 2 }),
  };
}
