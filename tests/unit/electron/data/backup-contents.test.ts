import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openApp, recordSession } from '../../support/open-app';
import { useTempDirs } from '../../support/temp-dir';

/** Sessions start mid-January 2026, so every one is in one year's journal file. */
const JAN_15 = Date.UTC(2026, 0, 15, 9);

/**
 * What a backup file holds (the moment it was made, the settings, the user's routines, the
 * journal files byte for byte and no other file), the name it is saved under, and how a
 * preview and a restore count what it holds.
 */

const tempDir = useTempDirs();
const services = (dataDir: string) => openApp(dataDir, 'test-desk', '0.1.0');
type BackupJson = {
  routines: Record<string, unknown>[];
  history: { file: string; text: string }[];
} & Record<string, unknown>;

afterEach(() => {
  vi.restoreAllMocks();
});

const historyOf = (dir: string) => path.join(dir, 'history');
const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('a backup file', () => {
  it('holds its moment, the settings, the user’s routines and each journal file as it is', () => {
    const dir = tempDir();
    const app = services(dir);
    app.settings.update({ theme: 'dark', weeklyGoalDays: 4 });
    app.library.save({ ...app.library.get('jaw-release'), id: 'my-jaw', title: 'My jaw' });
    recordSession(app, 'this-year', JAN_15);
    recordSession(app, 'last-year', Date.UTC(2025, 11, 30, 9));
    app.journal.close();
    // A journal written by the laptop and brought over by a sync client.
    const laptop = 'sessions-2026.laptop.jsonl';
    fs.writeFileSync(path.join(historyOf(dir), laptop), 'from the laptop\n');

    const made = app.backup.create(new Date('2026-03-04T12:20:30.456Z'));

    expect(made.fileName).toBe('unknot-backup-2026-03-04.json');
    expect(made.text.endsWith('}\n')).toBe(true);
    expect(made.text.split('\n')).toHaveLength(2);
    expect(JSON.parse(made.text)).toEqual({
      kind: 'unknot-backup',
      version: 1,
      createdAt: '2026-03-04T12:20:30.456Z',
      settings: JSON.parse(JSON.stringify(app.settings.get())) as unknown,
      routines: [JSON.parse(read(path.join(dir, 'routines', 'my-jaw.json'))) as unknown],
      history: ['sessions-2025.test-desk.jsonl', laptop, 'sessions-2026.test-desk.jsonl'].map(
        (file) => ({ file, text: read(path.join(historyOf(dir), file)) }),
      ),
    });
  });

  it('of a folder with no history yet holds no history', () => {
    const app = services(tempDir());
    const made = JSON.parse(app.backup.create().text) as BackupJson;
    expect(made.history).toEqual([]);
    expect(made.routines).toEqual([]);
  });

  it('lists the journal files in name order, whatever order the folder gives them in', () => {
    const dir = tempDir();
    const app = services(dir);
    fs.mkdirSync(historyOf(dir));
    const names = ['sessions-2024.b.jsonl', 'sessions-2025.a.jsonl', 'sessions-2025.b.jsonl'];
    for (const name of names) fs.writeFileSync(path.join(historyOf(dir), name), name);
    const realReaddir = fs.readdirSync;
    vi.spyOn(fs, 'readdirSync').mockImplementation(((at: string, options?: unknown) => {
      const found = realReaddir(at, options as undefined) as unknown[];
      return at === historyOf(dir) ? [...found].reverse() : found;
    }) as typeof fs.readdirSync);

    const made = JSON.parse(app.backup.create().text) as BackupJson;

    expect(made.history).toEqual(names.map((file) => ({ file, text: file })));
  });

  it('holds the journal files of the history folder and none of the other files in it', () => {
    const dir = tempDir();
    const app = services(dir);
    fs.mkdirSync(historyOf(dir));
    const journals = [
      'sessions-2025.test-desk.jsonl',
      'sessions-2026.d.jsonl',
      'sessions-2026.desk (conflicted copy).jsonl',
      'sessions-2026.desk.old.jsonl',
    ];
    const others = [
      'old-sessions-2026.desk.jsonl',
      'sessions-2026.desk.jsonl.tmp-1234',
      'sessions-2026..jsonl',
      'sessions-2026.(2).jsonl',
      'sessions-26.desk.jsonl',
      'sessions-2026.desk.json',
      'notes.txt',
      // A backslash is a folder separator on Windows: a restore would refuse this name.
      ...(process.platform === 'win32' ? [] : ['sessions-2026.desk\\.jsonl']),
    ];
    for (const name of [...journals, ...others]) {
      fs.writeFileSync(path.join(historyOf(dir), name), `lines of ${name}`);
    }

    const text = app.backup.create().text;

    expect((JSON.parse(text) as BackupJson).history).toEqual(
      journals.map((file) => ({ file, text: `lines of ${file}` })),
    );
    // And the backup restores: every name it holds is one a restore accepts.
    expect(app.backup.preview(text)).toMatch(/^This backup from \d{4}-\d\d-\d\d has /);
  });

  it('holds any journal named for a year and a device, with any tail a folder on any system can hold', () => {
    const dir = tempDir();
    const app = services(dir);
    const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0'));
    const device = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    // Printable ASCII but for / \ : * ? " < > |, which Windows does not allow in a name.
    const tail = fc.stringMatching(/^[ !#-)+-.0-9;=@-[\]-{}~]{0,12}$/);
    const names = fc.uniqueArray(
      fc.tuple(year, device, tail).map(([y, d, t]) => `sessions-${y}.${d}${t}.jsonl`),
      { minLength: 1, maxLength: 6, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() },
    );
    fc.assert(
      fc.property(names, (files) => {
        fs.rmSync(historyOf(dir), { recursive: true, force: true });
        fs.mkdirSync(historyOf(dir));
        for (const file of files) fs.writeFileSync(path.join(historyOf(dir), file), file);
        const text = app.backup.create().text;
        const held = (JSON.parse(text) as BackupJson).history.map((entry) => entry.file);
        expect(held).toEqual([...files].sort());
        app.backup.preview(text);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a preview and a restore count what a backup holds', () => {
  /** A backup with this many routines of the user's own and sessions in its history. */
  function holding(routines: number, sessions: number): string {
    const app = services(tempDir());
    const jaw = app.library.get('jaw-release');
    for (let i = 1; i <= routines; i += 1) {
      app.library.save({ ...jaw, id: `mine-${i}`, title: `Mine ${i}` });
    }
    for (let i = 1; i <= sessions; i += 1) recordSession(app, `s-${i}`, JAN_15);
    return app.backup.create(new Date('2026-04-01T12:00:00.000Z')).text;
  }

  const counts: [number, number, string][] = [
    [0, 0, '0 of your own routines, 0 sessions of history and your settings'],
    [1, 1, '1 of your own routine, 1 session of history and your settings'],
    [2, 2, '2 of your own routines, 2 sessions of history and your settings'],
  ];
  for (const [routines, sessions, words] of counts) {
    it(`says “${words}”`, () => {
      const text = holding(routines, sessions);
      const dir = tempDir();
      const app = services(dir);
      expect(app.backup.preview(text)).toBe(
        `This backup from 2026-04-01 has ${words}. Restoring replaces what Unknot has now (0 ` +
          'of your own routines, 0 sessions of history and your settings). Your current data ' +
          'is saved to a file in your data folder first, so nothing is lost.',
      );
      expect(app.backup.apply(text, new Date('2026-05-06T07:08:09.010Z'))).toBe(
        `Restored ${words} from the backup of 2026-04-01. What you had before is kept in ` +
          'backup-before-restore-2026-05-06T07-08-09-010Z.json.',
      );
    });
  }

  it('counts a session that was started and never ended, across every journal file', () => {
    const app = services(tempDir());
    const good = JSON.parse(holding(0, 1)) as BackupJson;
    const [journal] = good.history;
    const started = journal!.text.split('\n').find((line) => line.includes('session-started'))!;
    const text = JSON.stringify({
      ...good,
      history: [
        journal,
        { file: 'sessions-2026.laptop.jsonl', text: `${started}\n${started}\n` },
        { file: 'sessions-2026.phone.jsonl', text: '' },
      ],
    });
    expect(app.backup.preview(text)).toMatch(
      /^This backup from 2026-04-01 has 0 of your own routines, 3 sessions of history and/,
    );
  });
});
