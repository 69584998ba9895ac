import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { loadBuiltInContent } from '../../../../electron/routines/content-files';
import { createServices } from '../../../../electron/app/services';
import type { SettingsBackend } from '../../../../electron/settings/settings-store';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const content = loadBuiltInContent('content');

function services(dataDir: string) {
  return createServices({
    dataDir,
    appVersion: '0.1.0',
    SettingsBackend: Conf as unknown as SettingsBackend,
    routines: content.routines,
    techniques: content.techniques,
    broadcast: () => {},
    timerWindow: { open: () => {}, close: () => {}, isOpen: () => false },
    deviceId: 'test-desk',
  });
}

function recordSession(app: ReturnType<typeof services>, sessionId: string) {
  const at = Date.now();
  app.journal.started({
    sessionId,
    routineId: 'jaw-release',
    title: 'Jaw release',
    plannedSeconds: 300,
    startedAt: at,
  });
  app.journal.ended({
    sessionId,
    status: 'completed',
    stepIndex: 3,
    stepsDone: [],
    completedSeconds: 300,
    at: at + 1000,
  });
}

describe('backup and restore', () => {
  it('a backup restored on another computer brings back settings, routines, presets and history', () => {
    const home = services(tempDir());
    home.settings.update({ theme: 'dark', weeklyGoalDays: 5 });
    const jaw = home.library.get('jaw-release');
    home.library.save({ ...jaw, id: 'my-jaw', title: 'My jaw' });
    recordSession(home, 's-1');
    recordSession(home, 's-2');
    const { text } = home.backup.create();

    const laptop = services(tempDir());
    recordSession(laptop, 'laptop-only');
    expect(laptop.backup.preview(text)).toMatch(
      /has 1 of your own routine, 2 sessions of history and your settings/,
    );
    const message = laptop.backup.apply(text);
    expect(message).toMatch(/^Restored 1 of your own routine, 2 sessions/);

    expect(laptop.settings.get()).toMatchObject({ theme: 'dark', weeklyGoalDays: 5 });
    expect(laptop.library.summaries().some((r) => r.id === 'my-jaw')).toBe(true);
    expect(
      laptop.history
        .sessions()
        .map((s) => s.sessionId)
        .sort(),
    ).toEqual(['s-1', 's-2']);
  });

  it('keeps what was there before a restore in a file, and history goes on recording', () => {
    const dir = tempDir();
    const app = services(dir);
    recordSession(app, 'before');
    const { text } = services(tempDir()).backup.create();
    app.backup.apply(text);
    const kept = fs.readdirSync(dir).filter((f) => f.startsWith('backup-before-restore-'));
    expect(kept).toHaveLength(1);
    const saved = JSON.parse(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')) as {
      history: { text: string }[];
    };
    expect(saved.history.map((file) => file.text).join('')).toContain('"sessionId":"before"');
    recordSession(app, 'after');
    expect(app.history.sessions().map((s) => s.sessionId)).toEqual(['after']);
  });

  it('a backup made by 0.1.0, when working hours were stored as quietHours, restores them', () => {
    const old = services(tempDir());
    old.settings.update({ workingHours: { enabled: true, start: '08:30', end: '16:00' } });
    const backup = JSON.parse(old.backup.create().text) as { settings: Record<string, unknown> };
    const { workingHours, ...rest } = backup.settings;
    const written01 = JSON.stringify({
      ...backup,
      settings: { ...rest, quietHours: workingHours },
    });

    const app = services(tempDir());
    expect(app.backup.preview(written01)).toMatch(/your settings/);
    app.backup.apply(written01);
    expect(app.settings.get().workingHours).toEqual({
      enabled: true,
      start: '08:30',
      end: '16:00',
    });
    expect(app.settings.get()).not.toHaveProperty('quietHours');
  });

  it('a bad file gets a clear message and changes nothing', () => {
    const app = services(tempDir());
    app.settings.update({ theme: 'light' });
    const before = JSON.stringify(app.settings.get());
    expect(() => app.backup.apply('not json')).toThrow('not valid JSON');
    expect(() => app.backup.apply('{"hello": 1}')).toThrow('not an Unknot backup file');
    expect(() =>
      app.backup.apply(
        JSON.stringify({
          kind: 'unknot-backup',
          version: 1,
          createdAt: 'x',
          settings: {},
          routines: [],
          history: [],
        }),
      ),
    ).toThrow(/backup is damaged.*Nothing was changed/);
    expect(JSON.stringify(app.settings.get())).toBe(before);
  });
});
