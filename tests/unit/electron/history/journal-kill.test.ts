import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DamagedPart } from '../../../../electron/history/journal-format';
import { SessionJournal } from '../../../../electron/history/session-journal';
import { runAndKill } from '../../support/kill-child';
import { useTempDirs } from '../../support/temp-dir';
import { REPO_ROOT } from '../../support/repo-paths';

const tempDir = useTempDirs();
const root = REPO_ROOT;
const writer = path.join(root, 'tests/unit/support/journal-writer.ts');

// JOURNAL_KILLS lowers the count for mutation runs, which rerun this file per mutant.
const KILLS = Number(process.env.JOURNAL_KILLS ?? 120);
/** How long the child writes, once ready, before it is killed. */
const MIN_RUN_MS = 20;
const MAX_RUN_MS = 250;

/** Starts the writer, lets it record for a random while, then kills it outright. */
const runAndKillWriter = (dir: string, tag: string) =>
  runAndKill(writer, [dir, 'kill-device', tag], { min: MIN_RUN_MS, max: MAX_RUN_MS });

describe('session journal under SIGKILL', () => {
  it(`keeps every acknowledged session through ${KILLS} kills at random moments`, async () => {
    const dir = tempDir();
    const acknowledged = new Set<string>();
    const damaged: DamagedPart[] = [];
    const started = performance.now();

    for (let run = 0; run < KILLS; run += 1) {
      const result = await runAndKillWriter(dir, `run${run}`);
      expect(result.stderr).toBe('');
      expect(result.killed).toBe(true);
      for (const id of result.acks) acknowledged.add(id);

      // The app starting again after the crash, on the same device.
      const journal = new SessionJournal({ dir, deviceId: 'kill-device' });
      const loaded = journal.load();
      journal.close();
      damaged.push(...loaded.damaged);
      // A kill can tear the last line, never one before it.
      expect(loaded.damaged.every((part) => part.where === 'end')).toBe(true);
      const status = new Map(loaded.sessions.map((session) => [session.sessionId, session.status]));
      const lost = [...acknowledged].filter((id) => status.get(id) !== 'completed');
      expect(lost).toEqual([]);
      // Sessions that earlier runs left unfinished were marked interrupted by the next run.
      for (const session of loaded.sessions) {
        if (!session.sessionId.startsWith(`run${run}-`)) {
          expect(['completed', 'interrupted']).toContain(session.status);
        }
      }
    }

    const elapsed = performance.now() - started;
    console.info(
      `journal kill test: ${KILLS} SIGKILLs, ${acknowledged.size} acknowledged sessions all ` +
        `kept, ${damaged.length} torn last lines set aside, ${(elapsed / 1000).toFixed(1)} s`,
    );
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  }, 300_000);
});
