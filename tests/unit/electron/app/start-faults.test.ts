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

  it('explains a damaged settings file in the system’s language, before any setting is read', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ this is not json');
    const app = openApp(dir, 'kill-desk', '0.2.0', ['de-AT', 'en-US']);
    const notices = app.handlers.takeNotices(undefined, CALL) as { message: string }[];
    expect(notices.map((n) => n.message)).toContainEqual(
      expect.stringMatching(/^Deine Einstellungsdatei war beschädigt \(/),
    );
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

  it("tells once, with its true size, of damage in another computer's history file", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'history'));
    const line = JSON.stringify({
      v: 1,
      id: 'laptop-1',
      at: Date.now() - 3_600_000,
      device: 'laptop',
      type: 'session-started',
      sessionId: 'laptop-session',
      routineId: 'jaw-release',
      title: 'Jaw release',
      plannedSeconds: 300,
    });
    const year = new Date().getFullYear();
    const theirs = path.join(dir, 'history', `sessions-${year}.laptop.jsonl`);
    // A whole line, then 17 bytes of a line the laptop never finished writing.
    fs.writeFileSync(theirs, `${line}\n{"v":1,"id":"lapt`);

    const first = openApp(dir);
    const told = first.handlers.takeNotices(undefined, CALL) as { message: string }[];
    expect(told.map((n) => n.message)).toEqual([
      `Another computer's history file, sessions-${year}.laptop.jsonl, has a damaged part (17 bytes). Unknot reads everything else in it and leaves the file for that computer to repair.`,
    ]);
    expect(first.history.sessions().map((s) => s.sessionId)).toEqual(['laptop-session']);
    first.journal.close();

    const second = openApp(dir);
    expect(second.handlers.takeNotices(undefined, CALL)).toEqual([]);
    // Their file is theirs to repair: left exactly as it was.
    expect(fs.readFileSync(theirs, 'utf8')).toBe(`${line}\n{"v":1,"id":"lapt`);
    second.journal.close();
  });
});
