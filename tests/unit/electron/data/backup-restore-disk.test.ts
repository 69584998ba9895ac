import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../../electron/errors/user-error';
import { openApp, recordSession } from '../../support/open-app';
import { useTempDirs } from '../../support/temp-dir';

/** Sessions start mid-January 2026, so every one is in one year's journal file. */
const JAN_15 = Date.UTC(2026, 0, 15, 9);

/**
 * What a restore leaves in the data folder: when it succeeds, the backup's data in place and
 * what was there kept beside it; when it refuses or fails, the folder byte for byte as it was
 * (or, when even putting it back fails, the words that say where the data is).
 */

const tempDir = useTempDirs();
const services = (dataDir: string) => openApp(dataDir, 'test-desk', '0.1.0');
type App = ReturnType<typeof services>;

const NOW = new Date('2026-05-06T07:08:09.010Z');
const STAMP = '2026-05-06T07-08-09-010Z';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every file under the folder with its bytes. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        files[path.relative(dir, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** The files of one subfolder of a tree, by their names in it. */
const within = (files: Record<string, string>, folder: string) =>
  Object.fromEntries(
    Object.entries(files)
      .filter(([file]) => file.startsWith(`${folder}/`))
      .map(([file, bytes]) => [file.slice(folder.length + 1), bytes]),
  );

/** A data folder with settings, a routine of the user's own and two sessions. */
function lived(dir: string): App {
  const app = services(dir);
  app.settings.update({ theme: 'dark' });
  app.library.save({ ...app.library.get('jaw-release'), id: 'my-jaw', title: 'My jaw' });
  recordSession(app, 'kept-1', JAN_15);
  recordSession(app, 'kept-2', JAN_15);
  app.journal.close();
  return app;
}

/** Another computer's data folder and its backup: made once, restored by every test. */
let theirs: { dir: string; text: string; backup: { history: { file: string; text: string }[] } };
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-test-'));
  const other = services(dir);
  other.settings.update({ theme: 'light', weeklyGoalDays: 6 });
  other.library.save({ ...other.library.get('jaw-release'), id: 'their-jaw', title: 'Their jaw' });
  recordSession(other, 'theirs', JAN_15);
  other.journal.close();
  const text = other.backup.create(new Date('2026-04-01T12:00:00.000Z')).text;
  theirs = { dir, text, backup: JSON.parse(text) as typeof theirs.backup };
});
afterAll(() => {
  fs.rmSync(theirs.dir, { recursive: true, force: true });
});

/** The error apply throws, or a failure of the test when it throws none. */
function failureOf(apply: () => unknown): UserError {
  try {
    apply();
  } catch (error) {
    return error as UserError;
  }
  throw new Error('The restore did not fail');
}

const fault = (code: string, message = `${code}: simulated`) =>
  Object.assign(new Error(message), { code });

/** The renames of the switch, as the restore makes them (the durable writes' own pass). */
function watchSwitches(dir: string, onSwitch: (n: number, from: string, to: string) => void) {
  const realRename = fs.renameSync;
  let n = 0;
  const made: [string, string][] = [];
  vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    if (!String(from).includes('.tmp-')) {
      n += 1;
      const names: [string, string] = [
        path.relative(dir, String(from)),
        path.relative(dir, String(to)),
      ];
      made.push(names);
      onSwitch(n, ...names);
    }
    realRename(from, to);
  });
  return made;
}

describe('a restore that succeeds', () => {
  it('puts the backup’s history and routines in place and keeps what was there beside them', () => {
    const dir = tempDir();
    const app = lived(dir);
    const before = tree(dir);
    const snapshotNow = app.backup.create(NOW).text;

    app.backup.apply(theirs.text, NOW);

    const after = tree(dir);
    expect(Object.keys(after).sort()).toEqual(
      [
        `backup-before-restore-${STAMP}.json`,
        ...Object.keys(within(before, 'history')).map(
          (f) => `history.before-restore-${STAMP}/${f}`,
        ),
        ...theirs.backup.history.map(({ file }) => `history/${file}`),
        `routines.before-restore-${STAMP}/my-jaw.json`,
        'routines/their-jaw.json',
        ...Object.keys(before).filter((f) => !f.includes('/')),
      ].sort(),
    );
    // The backup's journal files, byte for byte, and its routine as the other computer has it.
    expect(within(after, 'history')).toEqual(
      Object.fromEntries(theirs.backup.history.map(({ file, text }) => [file, text])),
    );
    expect(within(after, 'routines')).toEqual(within(tree(theirs.dir), 'routines'));
    // What was there, kept: the folders as they were and everything in one file.
    expect(within(after, `history.before-restore-${STAMP}`)).toEqual(within(before, 'history'));
    expect(within(after, `routines.before-restore-${STAMP}`)).toEqual(within(before, 'routines'));
    expect(`${after[`backup-before-restore-${STAMP}.json`]}\n`).toBe(snapshotNow);
  });

  it('before the first switch, records what it moves where, so a crash can be undone', () => {
    const dir = tempDir();
    const app = lived(dir);
    const previous = JSON.parse(JSON.stringify(app.settings.get())) as unknown;
    let record: unknown;
    const switches = watchSwitches(dir, (n) => {
      if (n === 1) {
        record = JSON.parse(fs.readFileSync(path.join(dir, 'restore-in-progress.json'), 'utf8'));
      }
    });
    app.backup.apply(theirs.text, NOW);

    expect(record).toEqual({
      parts: [
        {
          live: 'history',
          kept: `history.before-restore-${STAMP}`,
          staged: `history.restoring-${STAMP}`,
          hadLive: true,
        },
        {
          live: 'routines',
          kept: `routines.before-restore-${STAMP}`,
          staged: `routines.restoring-${STAMP}`,
          hadLive: true,
        },
      ],
      settings: previous,
      safety: `backup-before-restore-${STAMP}.json`,
    });
    expect(switches).toEqual([
      ['history', `history.before-restore-${STAMP}`],
      [`history.restoring-${STAMP}`, 'history'],
      ['routines', `routines.before-restore-${STAMP}`],
      [`routines.restoring-${STAMP}`, 'routines'],
    ]);
    expect(fs.existsSync(path.join(dir, 'restore-in-progress.json'))).toBe(false);
  });

  it('into a folder with no history or routines yet, records that there were none', () => {
    const dir = tempDir();
    const app = services(dir);
    let parts: unknown;
    const switches = watchSwitches(dir, (n) => {
      if (n === 1) {
        const record = fs.readFileSync(path.join(dir, 'restore-in-progress.json'), 'utf8');
        parts = (JSON.parse(record) as { parts: unknown }).parts;
      }
    });
    app.backup.apply(theirs.text, NOW);

    expect(parts).toEqual([
      {
        live: 'history',
        kept: `history.before-restore-${STAMP}`,
        staged: `history.restoring-${STAMP}`,
        hadLive: false,
      },
      {
        live: 'routines',
        kept: `routines.before-restore-${STAMP}`,
        staged: `routines.restoring-${STAMP}`,
        hadLive: false,
      },
    ]);
    expect(switches).toEqual([
      [`history.restoring-${STAMP}`, 'history'],
      [`routines.restoring-${STAMP}`, 'routines'],
    ]);
  });
});

describe('a restore that refuses the backup changes nothing on disk', () => {
  it('for a file that is not JSON, not a backup, damaged, or not restorable', () => {
    const dir = tempDir();
    const app = lived(dir);
    const good = JSON.parse(theirs.text) as Record<string, unknown>;
    const jaw = app.library.get('jaw-release');
    const before = tree(dir);
    const settingsBefore = app.settings.get();
    for (const [text, message] of [
      ['{', 'This is not an Unknot backup: it is not valid JSON.'],
      ['{"kind":"notes"}', 'This is not an Unknot backup file. Nothing was changed.'],
      [
        JSON.stringify({ ...good, settings: { ...(good.settings as object), voiceVolume: -1 } }),
        'This backup is damaged: the setting “voiceVolume” is not as Unknot writes it. Nothing was changed.',
      ],
      [
        JSON.stringify({ ...good, routines: [{ ...jaw, title: 'Mine' }] }),
        'This backup cannot be restored: the routine “Mine” has the id of a built-in routine ' +
          '(jaw-release). Nothing was changed.',
      ],
    ]) {
      const error = failureOf(() => app.backup.apply(text!, NOW));
      expect({ message: error.message, code: error.code }).toEqual({
        message,
        code: 'invalid-routine',
      });
      expect(tree(dir)).toEqual(before);
      expect(app.settings.get()).toEqual(settingsBefore);
    }
  });
});

describe('a restore that fails on the way puts everything back', () => {
  for (const staging of ['history', 'routines']) {
    it(`when the ${staging} cannot be staged (the disk is full), leaves no trace`, () => {
      const dir = tempDir();
      const app = lived(dir);
      const text = theirs.text;
      const before = tree(dir);
      const realMkdir = fs.mkdirSync;
      const full = fault('ENOSPC');
      vi.spyOn(fs, 'mkdirSync').mockImplementation((at, options) => {
        if (path.basename(String(at)) === `${staging}.restoring-${STAMP}`) throw full;
        return realMkdir(at, options);
      });

      const error = failureOf(() => app.backup.apply(text, NOW));

      expect(error).toBeInstanceOf(UserError);
      expect(error.message).toBe(
        'Could not restore the backup: the disk is full. Your data is exactly as it was.',
      );
      expect(error.code).toBe('storage-failed');
      expect(error.errno).toBe('ENOSPC');
      expect(error.cause).toBe(full);
      vi.restoreAllMocks();
      expect(tree(dir)).toEqual(before);
    });
  }

  it('when the settings cannot be saved, says so in the settings’ own words', () => {
    const dir = tempDir();
    const app = lived(dir);
    const text = theirs.text;
    const before = tree(dir);
    const refused = new UserError(
      'storage-failed',
      'Could not save your settings: the disk is full. Your previous settings are unchanged.',
    );
    vi.spyOn(app.settings, 'update').mockImplementationOnce(() => {
      throw refused;
    });

    const error = failureOf(() => app.backup.apply(text, NOW));

    expect(error.message).toBe(
      'Could not restore the backup: Could not save your settings: the disk is full. Your ' +
        'previous settings are unchanged. Your data is exactly as it was.',
    );
    expect(error.cause).toBe(refused);
    vi.restoreAllMocks();
    expect(tree(dir)).toEqual(before);
  });

  it('when the end of the restore cannot be recorded, the settings go back too', () => {
    const dir = tempDir();
    const app = lived(dir);
    const text = theirs.text;
    const before = tree(dir);
    const settingsBefore = app.settings.get();
    const realRm = fs.rmSync;
    let tries = 0;
    vi.spyOn(fs, 'rmSync').mockImplementation((at, options) => {
      if (path.basename(String(at)) === 'restore-in-progress.json' && ++tries === 1) {
        throw fault('EBUSY');
      }
      realRm(at, options);
    });

    const error = failureOf(() => app.backup.apply(text, NOW));

    expect(error.message).toBe(
      'Could not restore the backup: another program is using the file; try again in a ' +
        'moment. Your data is exactly as it was.',
    );
    vi.restoreAllMocks();
    expect(app.settings.get()).toEqual(settingsBefore);
    expect(tree(dir)).toEqual(before);
  });

  for (const [what, cause, why] of [
    ['the disk is full', (): Error => fault('ENOSPC'), () => 'the disk is full'],
    [
      'the system gives its own words, file names and all',
      (): Error =>
        fault(
          'EXDEV',
          "EXDEV: cross-device link not permitted, rename 'history.restoring' -> 'history'.",
        ),
      () => "EXDEV: cross-device link not permitted, rename 'history.restoring' -> 'history'",
    ],
  ] as const) {
    it(`when putting the data back fails too (${what}), says where the data is and deletes nothing`, () => {
      const dir = tempDir();
      const app = lived(dir);
      const text = theirs.text;
      const before = tree(dir);
      const failure = cause();
      // The new history cannot be moved in, and the old one cannot be moved back.
      watchSwitches(dir, (n) => {
        if (n === 2) throw failure;
        if (n === 3) throw fault('EIO');
      });

      const error = failureOf(() => app.backup.apply(text, NOW));

      expect(error.message).toBe(
        `Could not restore the backup: ${why()}, and putting your data back failed too. ` +
          `Nothing is deleted: your data is in ${dir}, with what you had kept in the files ` +
          `named before-restore-${STAMP}.`,
      );
      expect(error.code).toBe('storage-failed');
      expect(error.cause).toBe(failure);
      vi.restoreAllMocks();
      const after = tree(dir);
      expect(within(after, `history.before-restore-${STAMP}`)).toEqual(within(before, 'history'));
      expect(within(after, 'routines')).toEqual(within(before, 'routines'));
      expect(Object.keys(after).filter((file) => file.includes('restoring'))).toEqual([]);
    });
  }
});
