import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  DATA_MARKER,
  locateDataFolder,
  markDataFolder,
  moveDataFolder,
  resolveDataFolder,
} from '../../../../electron/data/data-folder';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

function seed(dir: string, theme: string) {
  fs.mkdirSync(path.join(dir, 'history'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ theme }));
  fs.writeFileSync(path.join(dir, 'history', 'sessions-2026.desk.jsonl'), '{"type":"x"}\n');
}

describe('moving the data folder', () => {
  it('copies the data into a new folder and points there from then on', () => {
    const userData = tempDir();
    seed(userData, 'dark');
    const target = path.join(tempDir(), 'Sync', 'Unknot');
    const result = moveDataFolder({ userData, current: userData, target });
    expect(result).toMatchObject({ folder: target, adopted: false });
    expect(JSON.parse(fs.readFileSync(path.join(target, 'settings.json'), 'utf8')).theme).toBe(
      'dark',
    );
    expect(fs.existsSync(path.join(target, 'history', 'sessions-2026.desk.jsonl'))).toBe(true);
    expect(resolveDataFolder(userData)).toBe(target);
    // The old data stays, as a copy.
    expect(fs.existsSync(path.join(userData, 'settings.json'))).toBe(true);
  });

  it('adopts a synced folder that already holds data, never overwriting it', () => {
    const userData = tempDir();
    seed(userData, 'dark');
    const synced = tempDir();
    seed(synced, 'light');
    // Another computer's Unknot made it whole, so it carries the marker.
    markDataFolder(synced);
    const result = moveDataFolder({ userData, current: userData, target: synced });
    expect(result.adopted).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(synced, 'settings.json'), 'utf8')).theme).toBe(
      'light',
    );
  });

  it('stays where it is without a pointer, and says so when the chosen folder is gone', () => {
    const userData = tempDir();
    expect(locateDataFolder(userData)).toEqual({ folder: userData });
    fs.writeFileSync(
      path.join(userData, 'data-location.json'),
      JSON.stringify({ path: '/nowhere/at/all' }),
    );
    const located = locateDataFolder(userData);
    expect(located.folder).toBe(userData);
    expect(located.notice).toMatchObject({ level: 'error' });
    expect(located.notice!.message).toBe(
      `Your data folder /nowhere/at/all cannot be found (a drive not connected, or a sync ` +
        `folder moved). Unknot is using ${userData} until it is back: reconnect it and ` +
        `restart Unknot. Nothing was deleted.`,
    );
    // The pointer is kept, so the folder is used again once it is back.
    expect(JSON.parse(fs.readFileSync(path.join(userData, 'data-location.json'), 'utf8'))).toEqual({
      path: '/nowhere/at/all',
    });
  });

  it('never adopts a folder that merely holds a "history" or "routines"', () => {
    const userData = tempDir();
    seed(userData, 'dark');
    const stranger = tempDir();
    fs.mkdirSync(path.join(stranger, 'history'));
    fs.writeFileSync(path.join(stranger, 'history', 'notes.txt'), 'my own notes');
    expect(() => moveDataFolder({ userData, current: userData, target: stranger })).toThrow(
      /^That folder already holds history but is not an Unknot data folder/,
    );
    expect(fs.readdirSync(stranger)).toEqual(['history']);
    expect(resolveDataFolder(userData)).toBe(userData);
  });

  it('leaves the chosen folder as it was when the disk fills during the copy, and a retry works', () => {
    const userData = tempDir();
    seed(userData, 'dark');
    const target = tempDir();
    const realCopy = fs.cpSync;
    const spy = vi.spyOn(fs, 'cpSync').mockImplementation((from, to, options) => {
      if (String(from).endsWith('history')) {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }
      realCopy(from, to, options);
    });
    try {
      expect(() => moveDataFolder({ userData, current: userData, target })).toThrow(
        `Could not move your data: the disk is full. Your data stays where it is.`,
      );
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(target)).toEqual([]);
    expect(resolveDataFolder(userData)).toBe(userData);

    // With room again, the retry copies everything rather than adopting half.
    const result = moveDataFolder({ userData, current: userData, target });
    expect(result.adopted).toBe(false);
    expect(fs.readFileSync(path.join(target, 'history', 'sessions-2026.desk.jsonl'), 'utf8')).toBe(
      '{"type":"x"}\n',
    );
    expect(fs.existsSync(path.join(target, DATA_MARKER))).toBe(true);
  });

  it('refuses a copy that does not match the original, and leaves the folder empty', () => {
    const userData = tempDir();
    seed(userData, 'dark');
    const target = tempDir();
    const realCopy = fs.cpSync;
    const spy = vi.spyOn(fs, 'cpSync').mockImplementation((from, to, options) => {
      realCopy(from, to, options);
      // A copy that lost a byte on the way.
      if (String(from).endsWith('history')) {
        fs.writeFileSync(path.join(String(to), 'sessions-2026.desk.jsonl'), '{"type":"x"');
      }
    });
    try {
      expect(() => moveDataFolder({ userData, current: userData, target })).toThrow(
        /the copy of history.sessions-2026\.desk\.jsonl did not match the original/,
      );
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('refuses a folder inside the current one', () => {
    const userData = tempDir();
    expect(() =>
      moveDataFolder({ userData, current: userData, target: path.join(userData, 'inner') }),
    ).toThrow('outside the current data folder');
  });
});
