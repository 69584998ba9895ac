import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_MARKER, locateDataFolder } from '../../../../electron/data/data-folder';
import { runAndKill } from '../../support/kill-child';
import { openApp } from '../../support/open-app';
import { REPO_ROOT } from '../../support/repo-paths';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const child = path.join(REPO_ROOT, 'tests/unit/support/data-fault-child.ts');
// DATA_KILLS lowers the count for mutation runs, which rerun this file per mutant.
const KILLS = Number(process.env.DATA_KILLS ?? 40);

/** Runs the child until it is ready, lets it work a random while, then SIGKILLs it. */
const killDuring = (args: string[]) => runAndKill(child, args, { min: 5, max: 305 });

/** Every JSON file under a folder parses: none is half written. */
function everyJsonWhole(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const file = path.join(entry.parentPath, entry.name);
    expect(() => JSON.parse(fs.readFileSync(file, 'utf8')), file).not.toThrow();
  }
}

/** A backup of a data folder holding one routine of its own, a theme and some sessions. */
function backupOf(tag: 'A' | 'B', theme: 'dark' | 'light', sessions: number): string {
  const app = openApp(tempDir(), `maker-${tag}`);
  app.settings.update({ theme });
  const jaw = app.library.get('jaw-release');
  app.library.save({ ...jaw, id: `routine-${tag.toLowerCase()}`, title: `Routine ${tag}` });
  for (let i = 0; i < sessions; i++) {
    const at = Date.now() - (i + 1) * 3_600_000;
    app.journal.started({
      sessionId: `${tag}-${i}`,
      routineId: 'jaw-release',
      title: 'Jaw release',
      plannedSeconds: 300,
      startedAt: at,
    });
    app.journal.ended({
      sessionId: `${tag}-${i}`,
      status: 'completed',
      stepIndex: 3,
      stepsDone: [],
      completedSeconds: 300,
      at: at + 300_000,
    });
  }
  const file = path.join(tempDir(), `backup-${tag}.json`);
  fs.writeFileSync(file, app.backup.create().text);
  app.journal.close();
  return file;
}

describe('restore and folder moves under SIGKILL', () => {
  it(`a restore killed at ${KILLS} random moments leaves one whole backup's data, never a mix`, async () => {
    const a = backupOf('A', 'dark', 2);
    const b = backupOf('B', 'light', 3);
    const dir = tempDir();
    const wholes = {
      A: { theme: 'dark', sessions: ['A-0', 'A-1'], routine: 'routine-a' },
      B: { theme: 'light', sessions: ['B-0', 'B-1', 'B-2'], routine: 'routine-b' },
    };
    let acknowledged = 0;
    let undone = 0;
    for (let run = 0; run < KILLS; run += 1) {
      const result = await killDuring(['restore', dir, a, b]);
      expect(result.stderr).toBe('');
      expect(result.killed).toBe(true);
      acknowledged += result.acks.length;

      // The app starting again: an interrupted restore is undone before anything reads.
      const app = openApp(dir);
      const told = app.handlers.takeNotices(undefined, { senderUrl: 'app://unknot' }) as {
        id: string;
      }[];
      if (told.some((notice) => notice.id === 'restore-undone')) undone += 1;
      const theme = app.settings.get().theme;
      const sessions = app.history
        .sessions()
        .map((s) => s.sessionId)
        .sort();
      const own = app.library
        .summaries()
        .filter((r) => r.id.startsWith('routine-'))
        .map((r) => r.id);
      const state = { theme, sessions, routine: own[0] };
      expect(own.length).toBeLessThanOrEqual(1);
      // Nothing restored yet, or one backup whole: the same backup's settings, history and routine.
      if (own.length === 0) expect(sessions).toEqual([]);
      else expect([wholes.A, wholes.B]).toContainEqual(state);
      // The last acknowledged restore, or the one after it that completed before the kill.
      const last = result.acks.at(-1) as 'A' | 'B' | undefined;
      if (last) expect([wholes.A, wholes.B]).toContainEqual(state);
      everyJsonWhole(dir);
      expect(fs.existsSync(path.join(dir, 'restore-in-progress.json'))).toBe(false);
      app.journal.close();
    }
    console.info(
      `restore kill test: ${KILLS} SIGKILLs, ${acknowledged} restores acknowledged, ` +
        `${undone} cut off mid-switch and undone at the next start, never a mix`,
    );
  }, 180_000);

  it(`a folder move killed at ${KILLS} random moments never loses or half-copies the data`, async () => {
    const userData = tempDir();
    const source = openApp(userData);
    source.settings.update({ theme: 'dark' });
    for (let i = 0; i < 3; i++) {
      source.journal.started({
        sessionId: `s-${i}`,
        routineId: 'jaw-release',
        title: 'Jaw release',
        plannedSeconds: 300,
        startedAt: Date.now() - (i + 1) * 3_600_000,
      });
    }
    source.journal.close();
    const targets = tempDir();
    let moves = 0;
    for (let run = 0; run < KILLS; run += 1) {
      const result = await killDuring(['move', userData, path.join(targets, `run-${run}`)]);
      expect(result.stderr).toBe('');
      expect(result.killed).toBe(true);
      moves += result.acks.length;

      // Wherever the pointer says, the data is whole and marked as Unknot's.
      const { folder, notice } = locateDataFolder(userData);
      expect(notice).toBeUndefined();
      if (folder !== userData) expect(fs.existsSync(path.join(folder, DATA_MARKER))).toBe(true);
      const app = openApp(folder);
      expect(app.settings.get().theme).toBe('dark');
      expect(
        app.history
          .sessions()
          .map((s) => s.sessionId)
          .sort(),
      ).toEqual(['s-0', 's-1', 's-2']);
      everyJsonWhole(folder);
      app.journal.close();
    }
    console.info(
      `folder move kill test: ${KILLS} SIGKILLs, ${moves} moves acknowledged, nothing lost`,
    );
  }, 180_000);
});
