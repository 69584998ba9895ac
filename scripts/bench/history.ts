import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeStats } from '../../electron/history/history-stats';
import { SessionJournal } from '../../electron/history/session-journal';
import { median, percentile, round } from './figures';

/**
 * History at scale: 20,000 sessions recorded through the journal, then the cost of recording
 * one more (started + ended, each fsynced) and of computing every statistic over all of them.
 */
export function measureHistory(): { record_ms_p95: number; stats_ms: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-bench-history-'));
  try {
    const journal = new SessionJournal({ dir, deviceId: 'bench' });
    const day = 24 * 3600 * 1000;
    const start = Date.now() - 400 * day;
    const record = (i: number, at: number) => {
      const sessionId = `s-${i}`;
      journal.started({
        sessionId,
        routineId: `r-${i % 16}`,
        title: `Routine ${i % 16}`,
        plannedSeconds: 600,
        startedAt: at,
      });
      journal.ended({
        sessionId,
        status: 'completed',
        stepIndex: 5,
        stepsDone: ['a', 'b'],
        completedSeconds: 600,
        at: at + 600_000,
      });
    };
    for (let i = 0; i < 20_000; i++) record(i, start + i * 1_700_000);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      record(20_000 + i, Date.now());
      times.push(performance.now() - t0);
    }
    const sessions = journal.load().sessions;
    const statTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      computeStats(sessions, { now: new Date(), weeklyGoalDays: 3 });
      statTimes.push(performance.now() - t0);
    }
    journal.close();
    return {
      record_ms_p95: round(percentile(times, 95), 2),
      stats_ms: round(median(statTimes), 1),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
