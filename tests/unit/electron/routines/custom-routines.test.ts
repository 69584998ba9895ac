import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Routine } from '../../../../content/schema';
import { loadBuiltInContent } from '../../../../electron/routines/content-files';
import {
  openCustomRoutines,
  serializeRoutine,
  type RoutineFs,
} from '../../../../electron/routines/custom-routines';
import { UserError } from '../../../../electron/errors/user-error';
import { useTempDirs } from '../../support/temp-dir';
import { CONTENT_DIR } from '../../support/repo-paths';

/**
 * The user's routines are files in their data folder. They must survive restarts, crashes
 * mid-write and a full disk, and one bad file (hand-edited, half-synced) must never hide
 * the others or be "repaired" away.
 */

const { routines, techniques } = loadBuiltInContent(CONTENT_DIR);
const tempDir = useTempDirs();

function builtIn(id: string): Routine {
  const found = routines.find((routine) => routine.id === id);
  if (!found) throw new Error(`no built-in routine ${id}`);
  return found;
}

const mine: Routine = { ...builtIn('neck-and-shoulders'), id: 'my-neck', title: 'My neck' };
const other: Routine = { ...builtIn('jaw-release'), id: 'jaw-at-lunch', title: 'Jaw at lunch' };

/** Every file in a folder with its bytes, to prove a refused save touched nothing. */
function snapshot(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]),
  );
}

function ioError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('custom routines folder', () => {
  it('saves, lists, gets and removes a routine, and keeps it across a restart', () => {
    const dataDir = tempDir();
    const store = openCustomRoutines(dataDir, techniques);
    expect(store.dir).toBe(path.join(dataDir, 'routines'));
    expect(store.list()).toEqual({ routines: [], problems: [] });

    expect(store.save(mine)).toEqual(mine);
    expect(fs.readdirSync(store.dir)).toEqual(['my-neck.json']);
    expect(store.get('my-neck')).toEqual(mine);

    const restarted = openCustomRoutines(dataDir, techniques);
    expect(restarted.list()).toEqual({ routines: [mine], problems: [] });
    expect(restarted.get('my-neck')).toEqual(mine);

    expect(restarted.remove('my-neck')).toBe(true);
    expect(restarted.remove('my-neck')).toBe(false);
    expect(restarted.get('my-neck')).toBeUndefined();
    expect(openCustomRoutines(dataDir, techniques).list().routines).toEqual([]);
  });

  it('replaces a routine saved again under the same id', () => {
    const store = openCustomRoutines(tempDir(), techniques);
    store.save(mine);
    const renamed = { ...mine, title: 'My neck, after lunch' };
    store.save(renamed);
    expect(store.list().routines).toEqual([renamed]);
    expect(fs.readdirSync(store.dir)).toEqual(['my-neck.json']);
  });

  it('lists routines sorted by title', () => {
    const store = openCustomRoutines(tempDir(), techniques);
    store.save({ ...mine, id: 'a-first-by-id', title: 'Zen shoulders' });
    store.save(other);
    store.save(mine);
    expect(store.list().routines.map((routine) => routine.title)).toEqual([
      'Jaw at lunch',
      'My neck',
      'Zen shoulders',
    ]);
  });

  it('writes the same format as the built-in files, so an export is a plain copy', () => {
    const store = openCustomRoutines(tempDir(), techniques);
    const shipped = builtIn('neck-and-shoulders');
    store.save(shipped);
    const saved = fs.readFileSync(path.join(store.dir, 'neck-and-shoulders.json'), 'utf8');
    const original = fs.readFileSync(
      path.join(CONTENT_DIR, 'routines', 'neck-and-shoulders.json'),
      'utf8',
    );
    // Same keys in the same order and the same values; only line breaks inside short arrays differ.
    expect(JSON.stringify(JSON.parse(saved))).toBe(JSON.stringify(JSON.parse(original)));
    expect(saved).toBe(serializeRoutine(shipped));
    expect(saved).toMatch(/^\{\n {2}"format": 1,\n {2}"id": "neck-and-shoulders",\n/);
    expect(saved.endsWith('}\n')).toBe(true);
  });

  it('picks up a routine file copied into the folder by hand', () => {
    const store = openCustomRoutines(tempDir(), techniques);
    store.save(mine);
    fs.writeFileSync(path.join(store.dir, 'jaw-at-lunch.json'), JSON.stringify(other));
    expect(store.list().routines).toEqual([other, mine]);
  });

  it('lists a corrupt file and a file with a mismatched id as problems, and still loads the good ones', () => {
    const store = openCustomRoutines(tempDir(), techniques);
    store.save(mine);
    fs.writeFileSync(path.join(store.dir, 'broken.json'), '{ "format": 1, "title": ');
    fs.writeFileSync(
      path.join(store.dir, 'other-name.json'),
      JSON.stringify({ ...other, id: 'jaw-at-lunch' }),
    );
    fs.writeFileSync(
      path.join(store.dir, 'too-short.json'),
      JSON.stringify({ ...mine, id: 'too-short', steps: [] }),
    );
    const before = snapshot(store.dir);

    const { routines: found, problems } = store.list();
    expect(found).toEqual([mine]);
    expect(problems).toEqual([
      {
        file: 'broken.json',
        message: expect.stringMatching(/^This is not a routine file: it is not valid JSON \(/),
      },
      {
        file: 'other-name.json',
        message: expect.stringContaining('routine id “jaw-at-lunch” does not match its file name'),
      },
      { file: 'too-short.json', message: 'The routine has no steps; it needs at least one.' },
    ]);
    expect(store.get('broken')).toBeUndefined();
    expect(store.get('other-name')).toBeUndefined();
    // Bad files are reported, never deleted or rewritten.
    expect(snapshot(store.dir)).toEqual(before);
  });

  it('ignores a torn temp file left by a crash mid-save, and other files that are not routines', () => {
    const store = openCustomRoutines(tempDir(), techniques);
    store.save(mine);
    const text = serializeRoutine({ ...mine, title: 'My neck, new' });
    fs.writeFileSync(
      path.join(store.dir, 'my-neck.json.tmp-4242-deadbeef'),
      text.slice(0, text.length / 2),
    );
    fs.writeFileSync(path.join(store.dir, 'notes.txt'), 'my routines');
    fs.writeFileSync(path.join(store.dir, 'Copy of my-neck.json'), serializeRoutine(mine));
    fs.mkdirSync(path.join(store.dir, 'folder.json'));

    expect(store.list()).toEqual({ routines: [mine], problems: [] });
    expect(store.get('my-neck')).toEqual(mine);
    expect(store.get('folder')).toBeUndefined();
  });

  it('reports a file it may not read, and leaves it where it is', () => {
    const dataDir = tempDir();
    openCustomRoutines(dataDir, techniques).save(mine);
    const locked = (file: string) => {
      if (file.endsWith('my-neck.json')) throw ioError('EACCES');
      return fs.readFileSync(file, 'utf8');
    };
    const store = openCustomRoutines(dataDir, techniques, {
      ...fs,
      readFileSync: locked as typeof fs.readFileSync,
    });
    expect(store.list()).toEqual({
      routines: [],
      problems: [
        {
          file: 'my-neck.json',
          message: 'This routine file is unusable: Unknot is not allowed to read this file.',
        },
      ],
    });
    expect(fs.existsSync(path.join(store.dir, 'my-neck.json'))).toBe(true);
  });

  it('reports an oversized file by its size without reading it', () => {
    const store = openCustomRoutines(tempDir(), techniques);
    fs.mkdirSync(store.dir, { recursive: true });
    fs.writeFileSync(path.join(store.dir, 'huge.json'), Buffer.alloc(3 * 1024 * 1024, 0x20));
    expect(store.list().problems).toEqual([
      {
        file: 'huge.json',
        message: 'This file is 3.0 MB. A routine file is at most 1 MB, so this is not one.',
      },
    ]);
  });

  it('refuses an invalid routine with a clear message and leaves the folder unchanged', () => {
    const dataDir = tempDir();
    const store = openCustomRoutines(dataDir, techniques);

    // Nothing saved yet: a refused save must not even create the folder.
    const tooShort = {
      ...mine,
      steps: mine.steps.map((step, index) =>
        index === 2 ? { ...step, seconds: { min: 10, default: 30, max: 60 } } : step,
      ),
    };
    expect(() => store.save(tooShort)).toThrow(UserError);
    expect(fs.existsSync(store.dir)).toBe(false);

    store.save(mine);
    const before = snapshot(store.dir);
    expect(() => store.save({ ...tooShort, title: 'My neck, quicker' })).toThrow(
      'Step 3, “Shoulder trigger point hold”: a trigger point hold on each side needs between ' +
        '60 and 180 seconds in all (30 to 90 a side); this step allows 10 to 60.',
    );
    expect(() => store.save({ ...mine, title: ' ' })).toThrow('The routine has no title.');
    expect(() => store.save({ ...mine, intensity: 'brutal' } as unknown as Routine)).toThrow(
      /^The routine's intensity must be one of gentle, moderate, firm/,
    );
    expect(snapshot(store.dir)).toEqual(before);
  });

  it('keeps the old file and says the disk is full when a save runs out of space', () => {
    const dataDir = tempDir();
    openCustomRoutines(dataDir, techniques).save(mine);
    const dir = path.join(dataDir, 'routines');
    const before = snapshot(dir);

    // The first write lands a few bytes, the next finds the disk full: a torn temp file.
    let calls = 0;
    const fillsUp = (fd: number, data: Uint8Array) => {
      calls += 1;
      if (calls === 1) return fs.writeSync(fd, data, 0, 20);
      throw ioError('ENOSPC');
    };
    const fullDisk: RoutineFs = { ...fs, writeSync: fillsUp as typeof fs.writeSync };
    const store = openCustomRoutines(dataDir, techniques, fullDisk);

    expect(() => store.save({ ...mine, title: 'My neck, longer' })).toThrow(
      new UserError(
        'storage-failed',
        'Could not save “My neck, longer”: the disk is full. Nothing was changed.',
        { errno: 'ENOSPC' },
      ),
    );
    expect(calls).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(store.get('my-neck')).toEqual(mine);

    calls = 0;
    expect(() => store.save(other)).toThrow(/^Could not save “Jaw at lunch”: the disk is full\./);
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps the old file when the final rename is not allowed, and cleans up its temp file', () => {
    const dataDir = tempDir();
    openCustomRoutines(dataDir, techniques).save(mine);
    const dir = path.join(dataDir, 'routines');
    const before = snapshot(dir);
    const store = openCustomRoutines(dataDir, techniques, {
      ...fs,
      renameSync: () => {
        throw ioError('EACCES');
      },
    });
    expect(() => store.save({ ...mine, title: 'My neck, renamed' })).toThrow(
      `Could not save “My neck, renamed”: Unknot is not allowed to write to ${dir}. Nothing was changed.`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses ids that are not kebab-case and never touches a path outside the folder', () => {
    const dataDir = tempDir();
    const store = openCustomRoutines(dataDir, techniques);
    store.save(mine);
    const outside = path.join(dataDir, 'outside.json');
    fs.writeFileSync(outside, JSON.stringify({ ...mine, id: 'outside' }));
    const secret = path.join(dataDir, 'settings.json');
    fs.writeFileSync(secret, '{}');

    const hostile = [
      '../outside',
      '..',
      '../settings',
      'my-neck/../../outside',
      `${dataDir}/outside`,
      'C:\\Windows\\win',
      'My-Neck',
      'my-neck.json',
      '',
      'a'.repeat(65),
    ];
    for (const id of hostile) {
      expect(store.get(id), id).toBeUndefined();
      expect(store.remove(id), id).toBe(false);
    }
    expect(() => store.save({ ...mine, id: '../outside' })).toThrow(UserError);
    expect(fs.readFileSync(outside, 'utf8')).toBe(JSON.stringify({ ...mine, id: 'outside' }));
    expect(fs.readFileSync(secret, 'utf8')).toBe('{}');
    expect(store.list().routines).toEqual([mine]);
  });
});
