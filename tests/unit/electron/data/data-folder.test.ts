import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveDataFolder, resolveDataFolder } from '../../../../electron/data/data-folder';
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
    const result = moveDataFolder({ userData, current: userData, target: synced });
    expect(result.adopted).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(synced, 'settings.json'), 'utf8')).theme).toBe(
      'light',
    );
  });

  it('stays where it is without a pointer, or when the pointed folder is gone', () => {
    const userData = tempDir();
    expect(resolveDataFolder(userData)).toBe(userData);
    fs.writeFileSync(
      path.join(userData, 'data-location.json'),
      JSON.stringify({ path: '/nowhere/at/all' }),
    );
    expect(resolveDataFolder(userData)).toBe(userData);
  });

  it('refuses a folder inside the current one', () => {
    const userData = tempDir();
    expect(() =>
      moveDataFolder({ userData, current: userData, target: path.join(userData, 'inner') }),
    ).toThrow('outside the current data folder');
  });
});
