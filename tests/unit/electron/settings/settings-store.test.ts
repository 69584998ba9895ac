import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/common/settings-schema';
import {
  openSettingsStore,
  SETTINGS_BACKUP_FILE,
  SETTINGS_FILE,
  type SettingsBackend,
} from '../../../../electron/settings/settings-store';
import { useTempDirs } from '../../support/temp-dir';

const Backend = Conf as unknown as SettingsBackend;
const open = (dir: string, appVersion = '0.1.0') => openSettingsStore({ dir, Backend, appVersion });
const tempDir = useTempDirs();

describe('settings storage', () => {
  it('starts with the defaults and no notices on a fresh data folder', () => {
    const { store, notices } = open(tempDir());
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(notices).toEqual([]);
  });

  it('keeps a change on disk across a restart', () => {
    const dir = tempDir();
    open(dir).store.update({ theme: 'dark', voiceVolume: 0.4 });
    expect(open(dir).store.get()).toMatchObject({ theme: 'dark', voiceVolume: 0.4 });
  });

  it('refreshes the backup on every successful start', () => {
    const dir = tempDir();
    open(dir).store.update({ theme: 'light' });
    open(dir);
    const backup = JSON.parse(fs.readFileSync(path.join(dir, SETTINGS_BACKUP_FILE), 'utf8'));
    expect(backup.theme).toBe('light');
  });

  it('moves a file that does not parse aside and restores the last good backup', () => {
    const dir = tempDir();
    open(dir).store.update({ theme: 'dark' });
    open(dir);
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), '{"theme": "da');

    const { store, notices } = open(dir);
    expect(store.get().theme).toBe('dark');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/restored your last good settings/);
    const aside = fs.readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!), 'utf8')).toBe('{"theme": "da');
  });

  it('treats a file that breaks the schema as damaged too', () => {
    const dir = tempDir();
    open(dir).store.update({ voiceVolume: 0.3 });
    open(dir);
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify({ voiceVolume: 'loud' }));
    const { store, notices } = open(dir);
    expect(store.get().voiceVolume).toBe(0.3);
    expect(notices[0]?.level).toBe('warning');
  });

  it('falls back to defaults, keeping the damaged file, when there is no good backup', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), 'not json at all');
    const { store, notices } = open(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(notices[0]?.message).toMatch(/back to their defaults.*settings\.corrupt-/);
    expect(fs.readdirSync(dir).some((name) => name.startsWith('settings.corrupt-'))).toBe(true);
  });

  for (const [content, words] of [
    ['null', 'it holds null instead of your settings'],
    ['42', 'it holds a number instead of your settings'],
    ['true', 'it holds a boolean instead of your settings'],
    ['[]', 'it holds a list instead of your settings'],
    ['', 'it is empty'],
    ['{"theme": "dark",', 'it is not valid JSON'],
  ] as const) {
    it(`sets aside a settings file that holds ${JSON.stringify(content)} byte for byte, restores the backup, and says why`, () => {
      const dir = tempDir();
      open(dir).store.update({ theme: 'dark', voiceVolume: 0.4 });
      open(dir); // a good start: the backup now holds these settings
      fs.writeFileSync(path.join(dir, SETTINGS_FILE), content);

      const { store, notices } = open(dir, '0.2.0');
      expect(store.get()).toMatchObject({ theme: 'dark', voiceVolume: 0.4 });
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toMatch(
        new RegExp(
          `^Your settings file was damaged \\(${words}\\)\\. Unknot set it aside as settings\\.corrupt-.+\\.json and restored your last good settings\\.$`,
        ),
      );
      const aside = fs.readdirSync(dir).find((name) => name.startsWith('settings.corrupt-'))!;
      expect(fs.readFileSync(path.join(dir, aside), 'utf8')).toBe(content);
      // The backup held the good settings and still does; defaults never overwrote it.
      expect(
        JSON.parse(fs.readFileSync(path.join(dir, SETTINGS_BACKUP_FILE), 'utf8')),
      ).toMatchObject({ theme: 'dark', voiceVolume: 0.4 });
    });
  }

  it('names the setting it could not use, and never repeats a parser’s raw words', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify({ voiceVolume: 'loud' }));
    const { notices } = open(dir);
    expect(notices[0]!.message).toMatch(
      /\(a setting has a value Unknot cannot use \(voiceVolume\)\)/,
    );
    const broken = tempDir();
    fs.writeFileSync(path.join(broken, SETTINGS_FILE), 'hello');
    expect(open(broken).notices[0]!.message).not.toMatch(/Unexpected token|SyntaxError/);
  });

  it('retries a settings file another program holds for a moment, and does not call it damaged', () => {
    const dir = tempDir();
    open(dir).store.update({ theme: 'dark' });
    const realRead = fs.readFileSync;
    let busy = 2;
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(((
      ...args: Parameters<typeof fs.readFileSync>
    ) => {
      if (String(args[0]).endsWith(SETTINGS_FILE) && busy-- > 0) {
        throw Object.assign(new Error('resource busy or locked'), { code: 'EBUSY' });
      }
      return realRead(...args);
    }) as typeof fs.readFileSync);
    try {
      const { store, notices } = open(dir);
      expect(notices).toEqual([]);
      expect(store.get().theme).toBe('dark');
    } finally {
      spy.mockRestore();
    }
  });

  it('opens with the defaults when the settings file stays unreadable, says so, and changes nothing', () => {
    const dir = tempDir();
    open(dir).store.update({ theme: 'dark' });
    const before = fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8');
    const realRead = fs.readFileSync;
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(((
      ...args: Parameters<typeof fs.readFileSync>
    ) => {
      if (String(args[0]) === path.join(dir, SETTINGS_FILE)) {
        throw Object.assign(new Error('operation not permitted'), { code: 'EPERM' });
      }
      return realRead(...args);
    }) as typeof fs.readFileSync);
    let opened: ReturnType<typeof open>;
    try {
      opened = open(dir);
    } finally {
      spy.mockRestore();
    }
    expect(opened.notices.map((n) => n.message)).toEqual([
      'Your settings cannot be read just now (Unknot is not allowed to read this file). Unknot opened with the default settings; changes last until you close it. Nothing in your data folder was changed. Free some space, or make the data folder readable and writable, then restart Unknot.',
    ]);
    // The app works on: a change is kept for this run, elsewhere.
    opened.store.update({ theme: 'light' });
    expect(opened.store.get().theme).toBe('light');
    expect(fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8')).toBe(before);
    expect(fs.readdirSync(dir).some((name) => name.startsWith('settings.corrupt-'))).toBe(false);
  });

  it('opens with the settings as they are when the folder cannot be written (a full disk on first use)', () => {
    const dir = tempDir();
    open(dir).store.update({ theme: 'dark', voiceVolume: 0.5 });
    const before = fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8');
    // conf writes the file as it opens it; in the data folder that write fails.
    type Writable = { _write(value: unknown): void; path: string };
    class FullDisk extends Conf<Record<string, unknown>> {}
    const realWrite = (Conf.prototype as unknown as Writable)._write;
    (FullDisk.prototype as unknown as Writable)._write = function (this: Writable, value) {
      if (this.path.startsWith(dir)) {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }
      realWrite.call(this, value);
    };
    const { store, notices } = openSettingsStore({
      dir,
      Backend: FullDisk as unknown as SettingsBackend,
      appVersion: '0.2.0',
    });
    expect(notices.map((n) => n.id)).toEqual(['settings-read-only']);
    expect(notices[0]!.message).toMatch(
      /^Your settings cannot be saved just now \(the disk is full\)\. Unknot opened with them as they are;/,
    );
    expect(store.get()).toMatchObject({ theme: 'dark', voiceVolume: 0.5 });
    expect(fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8')).toBe(before);
  });

  it('runs migrations keyed by app version when the app is updated', () => {
    const dir = tempDir();
    openSettingsStore({ dir, Backend, appVersion: '0.1.0' }).store.update({ voiceVolume: 1 });
    const { store } = openSettingsStore({
      dir,
      Backend,
      appVersion: '0.2.0',
      migrations: {
        '0.1.0': () => {},
        // A future release that finds full volume too loud by default for existing users.
        '0.2.0': (conf) => {
          if (conf.get('voiceVolume') === 1) conf.set('voiceVolume', 0.8);
        },
      },
    });
    expect(store.get().voiceVolume).toBe(0.8);
  });

  it('renames working hours stored by 0.1.0 as quietHours when the app is updated to 0.2.0', () => {
    const dir = tempDir();
    // A settings file as 0.1.0 wrote it: the hours under their old name.
    const old = open(dir, '0.1.0').store;
    old.update({ theme: 'dark' });
    const file = path.join(dir, SETTINGS_FILE);
    const { workingHours, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<
      string,
      unknown
    >;
    void workingHours;
    const hours = { enabled: true, start: '07:45', end: '15:15' };
    fs.writeFileSync(file, JSON.stringify({ ...rest, quietHours: hours }));

    const { store } = open(dir, '0.2.0');
    expect(store.get().workingHours).toEqual(hours);
    expect(store.get().theme).toBe('dark');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(stored).not.toHaveProperty('quietHours');
    expect(stored.workingHours).toEqual(hours);
  });

  it('keeps the working hours of a 0.1.0 file that has no quietHours when updated to 0.2.0', () => {
    const dir = tempDir();
    const hours = { enabled: true, start: '08:30', end: '17:00' };
    open(dir, '0.1.0').store.update({ workingHours: hours });

    const { store } = open(dir, '0.2.0');
    expect(store.get().workingHours).toEqual(hours);
    const stored = JSON.parse(fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(stored.workingHours).toEqual(hours);
  });

  it('reports a full disk clearly and leaves the stored settings as they were', () => {
    const dir = tempDir();
    let diskFull = false;
    // conf writes through its (private) _write; failing it there is what a full disk does.
    type Writable = { _write(value: unknown): void };
    class FullDisk extends Conf<Record<string, unknown>> {}
    const realWrite = (Conf.prototype as unknown as Writable)._write;
    (FullDisk.prototype as unknown as Writable)._write = function (this: Writable, value) {
      if (diskFull) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      realWrite.call(this, value);
    };
    const { store } = openSettingsStore({
      dir,
      Backend: FullDisk as unknown as SettingsBackend,
      appVersion: '0.1.0',
    });
    const told: string[] = [];
    store.onChange((settings) => told.push(settings.theme));
    store.update({ theme: 'dark' });
    const before = fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8');
    diskFull = true;
    expect(() => store.update({ theme: 'light' })).toThrow(/disk is full.*unchanged/);
    expect(fs.readFileSync(path.join(dir, SETTINGS_FILE), 'utf8')).toBe(before);
    expect(store.get().theme).toBe('dark');
    // Listeners hear of the saved change only, never of the one the disk refused.
    expect(told).toEqual(['dark']);
  });

  it('announces every saved change to its listeners until they unsubscribe', () => {
    const { store } = open(tempDir());
    const heard: Array<[string, number]> = [];
    const stop = store.onChange((settings) => heard.push([settings.theme, settings.voiceVolume]));
    store.update({ theme: 'dark' });
    store.update({ voiceVolume: 0.5 });
    stop();
    store.update({ theme: 'light' });
    expect(heard).toEqual([
      ['dark', DEFAULT_SETTINGS.voiceVolume],
      ['dark', 0.5],
    ]);
  });
});
