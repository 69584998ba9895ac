import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openApp } from '../../support/open-app';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const CALL = { senderUrl: 'app://unknot' };

/** A data folder a crash left with a session open. */
function crashedMidSession(dir: string): void {
  const app = openApp(dir);
  app.journal.started({
    sessionId: 'open-one',
    routineId: 'jaw-release',
    title: 'Jaw release',
    plannedSeconds: 300,
    startedAt: Date.now() - 60_000,
  });
  app.journal.close();
}

/** Every append to a history file fails as on a full disk; reads still work. */
function diskFullForHistory() {
  const real = fs.openSync;
  return vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode) => {
    if (String(file).includes(`${path.sep}history${path.sep}`) && flags === 'a+') {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    }
    return real(file, flags ?? 'r');
  }) as typeof fs.openSync);
}

describe('the app starting under faults', () => {
  it('starts on a full disk after a crash left a session open, shows history and says what to do', () => {
    const dir = tempDir();
    crashedMidSession(dir);
    const spy = diskFullForHistory();
    try {
      const app = openApp(dir);
      const notices = app.handlers.takeNotices(undefined, CALL) as {
        id: string;
        message: string;
      }[];
      expect(notices.map((n) => n.id)).toContain('history-read-only');
      expect(notices.find((n) => n.id === 'history-read-only')!.message).toBe(
        'Your history cannot be written to just now (the disk is full). It is shown as it is, ' +
          'and sessions you play now may not be recorded. Free some space, or make the data ' +
          'folder writable, then restart Unknot.',
      );
      expect(app.history.sessions().map((s) => s.sessionId)).toEqual(['open-one']);
    } finally {
      spy.mockRestore();
    }
  });

  it('starts a routine even when the last routine cannot be saved (a full disk)', () => {
    const app = openApp(tempDir());
    const spy = vi.spyOn(app.settings, 'update').mockImplementation(() => {
      throw new Error('Could not save your settings: the disk is full.');
    });
    try {
      const snapshot = app.playback.start({ routineId: 'jaw-release' });
      expect(snapshot.status === 'playing' || snapshot.status === 'counting-in').toBe(true);
    } finally {
      spy.mockRestore();
      app.playback.dispose();
    }
  });
});
