import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openApp, recordSession } from '../../support/open-app';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
/** The app's services on a data folder, as 0.1.0 opened them. */
const services = (dataDir: string) => openApp(dataDir, 'test-desk', '0.1.0');

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

  it('names the backup by its day and says in the preview what each side holds', () => {
    const home = services(tempDir());
    recordSession(home, 'only');
    const made = home.backup.create(new Date('2026-03-04T10:20:30.456Z'));
    expect(made.fileName).toBe('unknot-backup-2026-03-04.json');
    expect(JSON.parse(made.text)).toMatchObject({ createdAt: '2026-03-04T10:20:30.456Z' });

    const other = services(tempDir());
    const jaw = other.library.get('jaw-release');
    other.library.save({ ...jaw, id: 'a', title: 'A' });
    other.library.save({ ...jaw, id: 'b', title: 'B' });
    expect(other.backup.preview(made.text)).toBe(
      'This backup from 2026-03-04 has 0 of your own routines, 1 session of history and your ' +
        'settings. Restoring replaces what Unknot has now (2 of your own routines, 0 sessions ' +
        'of history and your settings). Your current data is saved to a file in your data ' +
        'folder first, so nothing is lost.',
    );
  });

  it('keeps the data it replaces in a file named for the moment of the restore', () => {
    const dir = tempDir();
    const app = services(dir);
    const { text } = services(tempDir()).backup.create(new Date('2026-01-02T03:04:05.006Z'));
    const message = app.backup.apply(text, new Date('2026-05-06T07:08:09.010Z'));
    expect(message).toBe(
      'Restored 0 of your own routines, 0 sessions of history and your settings from the ' +
        'backup of 2026-01-02. What you had before is kept in ' +
        'backup-before-restore-2026-05-06T07-08-09-010Z.json.',
    );
    expect(
      fs.existsSync(path.join(dir, 'backup-before-restore-2026-05-06T07-08-09-010Z.json')),
    ).toBe(true);
  });

  it('backs up only the journal files, and restores only files named as journals', () => {
    const dir = tempDir();
    const app = services(dir);
    recordSession(app, 's-1');
    const history = path.join(dir, 'history');
    const journal = fs.readdirSync(history).find((f) => f.endsWith('.jsonl'))!;
    // Beside the journal: a temporary file, a copy and a note, none of them history.
    for (const stray of [`${journal}.tmp`, `old-${journal}`, 'notes.txt']) {
      fs.writeFileSync(path.join(history, stray), 'x');
    }
    const backup = JSON.parse(app.backup.create().text) as { history: { file: string }[] };
    expect(backup.history.map((f) => f.file)).toEqual([journal]);

    for (const file of [
      `${journal}.tmp`,
      `old-${journal}`,
      'sessions-2026..jsonl',
      'sessions-2026.desk/../../evil.jsonl',
      'sessions-2026.desk\\evil.jsonl',
      'sessions-26.desk.jsonl',
    ]) {
      const hostile = JSON.stringify({ ...backup, history: [{ file, text: '' }] });
      expect(() => app.backup.preview(hostile), file).toThrow(
        /^This backup is damaged: history file 1’s name is not as Unknot writes it\. Nothing was changed\.$/,
      );
    }
  });

  it('says which part of a damaged backup is wrong, or the whole file', () => {
    const app = services(tempDir());
    const good = JSON.parse(app.backup.create().text) as Record<string, unknown>;
    expect(() => app.backup.preview(JSON.stringify({ ...good, routines: 'none' }))).toThrow(
      /^This backup is damaged: its list of routines is not as Unknot writes it\. Nothing was changed\.$/,
    );
    expect(() => app.backup.preview(JSON.stringify({ ...good, extra: 1 }))).toThrow(
      /^This backup is damaged: the file is not as Unknot writes it\. Nothing was changed\.$/,
    );
    expect(() => app.backup.preview('null')).toThrow(
      /^This is not an Unknot backup file\. Nothing was changed\.$/,
    );
    expect(() => app.backup.preview('[1]')).toThrow(/^This is not an Unknot backup file/);
  });

  it('counts no sessions in a journal file that has none started', () => {
    const app = services(tempDir());
    const good = JSON.parse(app.backup.create().text) as Record<string, unknown>;
    const text = JSON.stringify({
      ...good,
      history: [{ file: 'sessions-2026.desk.jsonl', text: '' }],
    });
    expect(app.backup.preview(text)).toMatch(/has 0 of your own routines, 0 sessions of history/);
  });

  it('brings back a backup with no routines and no history as empty, not as it was', () => {
    const dir = tempDir();
    const app = services(dir);
    const jaw = app.library.get('jaw-release');
    app.library.save({ ...jaw, id: 'mine', title: 'Mine' });
    recordSession(app, 'old');
    const empty = services(tempDir()).backup.create().text;
    app.backup.apply(empty);
    expect(app.library.summaries().some((r) => r.id === 'mine')).toBe(false);
    expect(app.history.sessions()).toEqual([]);
  });

  /** Every file under the data folder with its bytes: what "nothing changed" is measured on. */
  function tree(dir: string): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (at: string) => {
      for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
        const full = path.join(at, entry.name);
        if (entry.isDirectory()) walk(full);
        else files[path.relative(dir, full)] = fs.readFileSync(full, 'base64');
      }
    };
    walk(dir);
    return files;
  }

  /** A data folder with settings, a routine of the user's own and two sessions. */
  function lived(dir: string) {
    const app = services(dir);
    app.settings.update({ theme: 'dark' });
    const jaw = app.library.get('jaw-release');
    app.library.save({ ...jaw, id: 'my-jaw', title: 'My jaw' });
    recordSession(app, 'kept-1');
    recordSession(app, 'kept-2');
    app.journal.close();
    return app;
  }

  function goodBackup() {
    const other = services(tempDir());
    other.settings.update({ theme: 'light', weeklyGoalDays: 6 });
    recordSession(other, 'theirs');
    return JSON.parse(other.backup.create().text) as {
      routines: Record<string, unknown>[];
      history: { file: string; text: string }[];
    } & Record<string, unknown>;
  }

  const refusals: [
    string,
    (backup: ReturnType<typeof goodBackup>, app: ReturnType<typeof services>) => void,
    RegExp,
  ][] = [
    [
      'a routine that passes the format but breaks a technique’s time bounds',
      (backup, app) => {
        const jaw = app.library.get('jaw-release');
        const steps = jaw.steps.map((step) => ({
          ...step,
          seconds: { ...step.seconds, default: 5, min: 5, max: 5 },
        }));
        backup.routines.push({ ...jaw, id: 'too-quick', title: 'Too quick', steps });
      },
      /^This backup cannot be restored: the routine “Too quick” is not valid \(.+\)\. Nothing was changed\.$/,
    ],
    [
      'a routine under a built-in routine’s id',
      (backup, app) => {
        backup.routines.push({ ...app.library.get('jaw-release'), title: 'Impostor' });
      },
      /^This backup cannot be restored: the routine “Impostor” has the id of a built-in routine \(jaw-release\)\. Nothing was changed\.$/,
    ],
    [
      'a history file name with a NUL byte',
      (backup) => {
        backup.history.push({ file: 'sessions-2026.desk\u0000x.jsonl', text: '' });
      },
      /^This backup cannot be restored: a history file has a name no folder can hold .+\. Nothing was changed\.$/,
    ],
    [
      'a history file name of 300 characters',
      (backup) => {
        backup.history.push({ file: `sessions-2026.${'d'.repeat(280)}.jsonl`, text: '' });
      },
      /^This backup cannot be restored: a history file has a name no folder can hold .+\. Nothing was changed\.$/,
    ],
  ];
  for (const [what, spoil, words] of refusals) {
    it(`refuses, in the preview and in the restore, a backup with ${what}, and changes nothing`, () => {
      const dir = tempDir();
      const app = lived(dir);
      const backup = goodBackup();
      spoil(backup, app);
      const text = JSON.stringify(backup);
      const before = tree(dir);
      expect(() => app.backup.preview(text)).toThrow(words);
      expect(() => app.backup.apply(text)).toThrow(words);
      expect(tree(dir)).toEqual(before);
    });
  }

  const WORDS = {
    ENOSPC: 'the disk is full',
    EROFS: 'the data folder is on a read-only disk',
    EBUSY: 'another program is using the file; try again in a moment',
  };
  for (const [fault, code] of [
    ['the disk is full', 'ENOSPC'],
    ['the folder is read-only', 'EROFS'],
    ['another program holds a file', 'EBUSY'],
  ] as const) {
    for (const failing of [1, 2, 3, 4]) {
      it(`leaves the data exactly as it was when ${fault} at rename ${failing} of the switch`, () => {
        const dir = tempDir();
        const app = lived(dir);
        const text = JSON.stringify(goodBackup());
        const before = tree(dir);
        const settingsBefore = app.settings.get();
        const realRename = fs.renameSync;
        let renames = 0;
        // Renames of the switch only: the durable writes' own temp-file renames pass.
        const spy = vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
          const switching = !String(from).includes('.tmp-');
          if (switching && ++renames === failing) {
            throw Object.assign(new Error(`${code}: simulated`), { code });
          }
          realRename(from, to);
        });
        let thrown: unknown;
        try {
          app.backup.apply(text);
        } catch (error) {
          thrown = error;
        } finally {
          spy.mockRestore();
        }
        expect((thrown as Error).message).toBe(
          `Could not restore the backup: ${WORDS[code]}. Your data is exactly as it was.`,
        );
        expect(tree(dir)).toEqual(before);
        expect(app.settings.get()).toEqual(settingsBefore);
        expect(
          app.history
            .sessions()
            .map((s) => s.sessionId)
            .sort(),
        ).toEqual(['kept-1', 'kept-2']);
      });
    }
  }

  it('puts everything back when the settings cannot be saved after the folders were switched', () => {
    const dir = tempDir();
    const app = lived(dir);
    const text = JSON.stringify(goodBackup());
    const before = tree(dir);
    const realUpdate = app.settings.update.bind(app.settings);
    let calls = 0;
    const spy = vi.spyOn(app.settings, 'update').mockImplementation((patch) => {
      calls += 1;
      if (calls === 1)
        throw new Error(
          'Could not save your settings: the disk is full. Your previous settings are unchanged.',
        );
      return realUpdate(patch);
    });
    expect(() => app.backup.apply(text)).toThrow(
      /^Could not restore the backup: .*the disk is full.*\. Your data is exactly as it was\.$/,
    );
    spy.mockRestore();
    expect(tree(dir)).toEqual(before);
    expect(app.library.summaries().some((r) => r.id === 'my-jaw')).toBe(true);
  });
});
