import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../support/open-app';

/**
 * The words a person is shown when a backup cannot be restored: which part is damaged, in
 * words, or what stands in the way of a restore, and how many other problems there are.
 * Previews change nothing, so one data folder serves every case here.
 */

type App = ReturnType<typeof openApp>;
type BackupJson = {
  kind: unknown;
  version: unknown;
  createdAt: unknown;
  settings: Record<string, unknown>;
  routines: Record<string, unknown>[];
  history: Record<string, unknown>[];
} & Record<string, unknown>;

let shared: string;
let app: App;
let good: BackupJson;
let jaw: Record<string, unknown>;

beforeAll(() => {
  shared = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-test-'));
  app = openApp(shared, 'test-desk', '0.1.0');
  good = JSON.parse(app.backup.create(new Date('2026-02-03T04:05:06.007Z')).text) as BackupJson;
  jaw = app.library.get('jaw-release') as unknown as Record<string, unknown>;
});
afterAll(() => {
  fs.rmSync(shared, { recursive: true, force: true });
});

/** A backup like a good one, with some parts replaced. */
const backupWith = (parts: Partial<BackupJson>) => JSON.stringify({ ...good, ...parts });
const routine = (id: string, title: string) => ({ ...jaw, id, title });
const journal = (file: string, text = '') => ({ file, text });

/** What the preview throws for this text: its message and its code. */
function refusalOf(text: string): { message: string; code: unknown } {
  try {
    app.backup.preview(text);
  } catch (error) {
    return { message: (error as Error).message, code: (error as { code?: unknown }).code };
  }
  throw new Error('The preview accepted the backup');
}

const damaged = (part: string) =>
  `This backup is damaged: ${part} is not as Unknot writes it. Nothing was changed.`;
const cannot = (problem: string) =>
  `This backup cannot be restored: ${problem}. Nothing was changed.`;
const NOT_A_BACKUP = 'This is not an Unknot backup file. Nothing was changed.';

describe('a file that is not an Unknot backup', () => {
  it('is called not valid JSON when it is not JSON at all', () => {
    expect(refusalOf('{"kind": "unknot-backup",')).toEqual({
      message: 'This is not an Unknot backup: it is not valid JSON.',
      code: 'invalid-routine',
    });
  });

  for (const [what, text] of [
    ['null', 'null'],
    ['a number', '5'],
    ['a string', '"unknot-backup"'],
    ['a list', '[{"kind":"unknot-backup"}]'],
    ['an object without a kind', '{"version":1}'],
    ['another program’s file', '{"kind":"other-backup","version":1}'],
  ]) {
    it(`is called not an Unknot backup file when it is ${what}`, () => {
      expect(refusalOf(text!)).toEqual({ message: NOT_A_BACKUP, code: 'invalid-routine' });
    });
  }

  it('is called not an Unknot backup file even when, besides the kind, it looks like one', () => {
    expect(refusalOf(backupWith({ kind: 'unknot-backups' }))).toEqual({
      message: NOT_A_BACKUP,
      code: 'invalid-routine',
    });
  });
});

describe('a damaged backup names the damaged part in words', () => {
  const cases: [string, () => Partial<BackupJson>, string][] = [
    ['a backup of another version', () => ({ version: 2 }), 'its “version”'],
    ['a backup with no version', () => ({ version: undefined }), 'its “version”'],
    ['a backup whose date is not a text', () => ({ createdAt: 20260203 }), 'its “createdAt”'],
    ['a backup with a part Unknot does not write', () => ({ extra: true }), 'the file'],
    ['settings that are null', () => ({ settings: null as never }), 'its settings'],
    ['settings that are a number', () => ({ settings: 5 as never }), 'its settings'],
    ['settings that are a list', () => ({ settings: [] as never }), 'its settings'],
    [
      'a setting with a value out of range',
      () => ({ settings: { ...good.settings, voiceVolume: 7 } }),
      'the setting “voiceVolume”',
    ],
    [
      'a setting of the wrong type',
      () => ({ settings: { ...good.settings, weeklyGoalDays: 'five' } }),
      'the setting “weeklyGoalDays”',
    ],
    [
      'a setting wrong deep inside (the start of the working hours)',
      () => ({
        settings: {
          ...good.settings,
          workingHours: { enabled: true, start: 'nine', end: '17:00' },
        },
      }),
      'its settings',
    ],
    [
      'a list of routines that is not a list',
      () => ({ routines: 'none' as never }),
      'its list of routines',
    ],
    ['a routine that is not an object', () => ({ routines: [5 as never] }), 'routine 1'],
    [
      'the third routine without a title',
      () => ({
        routines: [routine('a', 'A'), routine('b', 'B'), routine('c', 5 as never)],
      }),
      'routine 3',
    ],
    ['a history that is not a list', () => ({ history: 'none' as never }), 'its history'],
    [
      'a second history file that is not an object',
      () => ({ history: [journal('sessions-2026.a.jsonl'), 5 as never] }),
      'history file 2',
    ],
    [
      'a second history file whose text is not a text',
      () => ({
        history: [journal('sessions-2026.a.jsonl'), journal('sessions-2026.b.jsonl', 5 as never)],
      }),
      'history file 2',
    ],
    [
      'a history file with a part Unknot does not write',
      () => ({ history: [{ ...journal('sessions-2026.a.jsonl'), size: 0 }] }),
      'history file 1',
    ],
    [
      'a second history file whose name is not a journal’s',
      () => ({ history: [journal('sessions-2026.a.jsonl'), journal('notes.txt')] }),
      'history file 2’s name',
    ],
    [
      'a third history file whose name has a slash',
      () => ({
        history: [
          journal('sessions-2026.a.jsonl'),
          journal('sessions-2026.b.jsonl'),
          journal('sessions-2026.desk/../../evil.jsonl'),
        ],
      }),
      'history file 3’s name',
    ],
  ];
  for (const [what, parts, words] of cases) {
    it(`${what}: “${words}”`, () => {
      expect(refusalOf(backupWith(parts()))).toEqual({
        message: damaged(words),
        code: 'invalid-routine',
      });
    });
  }
});

describe('a backup that is whole but cannot be restored says what stands in the way', () => {
  it('a routine the import would refuse, with the import’s reason', () => {
    const steps = (jaw.steps as Record<string, unknown>[]).map((step) => ({
      ...step,
      seconds: { ...(step.seconds as object), default: 5, min: 5, max: 5 },
    }));
    expect(
      refusalOf(backupWith({ routines: [{ ...routine('too-quick', 'Too quick'), steps }] })),
    ).toEqual({
      message: cannot(
        'the routine “Too quick” is not valid (Step 1, “Jaw rest position”: a movement step ' +
          'needs between 20 and 300 seconds; this step allows 5 to 5)',
      ),
      code: 'invalid-routine',
    });
  });

  it('a routine under the id of a built-in routine', () => {
    expect(refusalOf(backupWith({ routines: [routine('jaw-release', 'Impostor')] }))).toEqual({
      message: cannot('the routine “Impostor” has the id of a built-in routine (jaw-release)'),
      code: 'invalid-routine',
    });
  });

  it('two routines under one id', () => {
    expect(
      refusalOf(backupWith({ routines: [routine('mine', 'Mine'), routine('mine', 'Also mine')] })),
    ).toEqual({
      message: cannot('two routines have the id mine'),
      code: 'invalid-routine',
    });
  });

  it('one history file twice', () => {
    const file = 'sessions-2026.desk.jsonl';
    expect(refusalOf(backupWith({ history: [journal(file), journal(file, 'x')] }))).toEqual({
      message: cannot(`the history file ${file} appears twice`),
      code: 'invalid-routine',
    });
  });

  const unholdable = (shown: string) =>
    cannot(`a history file has a name no folder can hold (${shown})`);

  it('a history file name with a NUL byte, shown whole when it has 40 characters', () => {
    const file = `sessions-2026.d\u0000${'x'.repeat(18)}.jsonl`;
    expect(file).toHaveLength(40);
    expect(refusalOf(backupWith({ history: [journal(file)] })).message).toBe(
      unholdable(`"sessions-2026.d\\u0000${'x'.repeat(18)}.jsonl"`),
    );
  });

  it('a history file name with a NUL byte, cut after 40 characters when it has 41', () => {
    const file = `sessions-2026.d\u0000${'x'.repeat(19)}.jsonl`;
    expect(refusalOf(backupWith({ history: [journal(file)] })).message).toBe(
      unholdable(`"sessions-2026.d\\u0000${'x'.repeat(19)}.json"…`),
    );
  });

  it('a history file name of 121 characters is refused, cut to its first 40', () => {
    const file = `sessions-2026.${'d'.repeat(101)}.jsonl`;
    expect(file).toHaveLength(121);
    expect(refusalOf(backupWith({ history: [journal(file)] })).message).toBe(
      unholdable(`"sessions-2026.${'d'.repeat(26)}"…`),
    );
  });

  it('a history file name of 120 characters is restorable', () => {
    const file = `sessions-2026.${'d'.repeat(100)}.jsonl`;
    expect(file).toHaveLength(120);
    expect(app.backup.preview(backupWith({ history: [journal(file)] }))).toMatch(
      /^This backup from 2026-02-03 has 0 of your own routines, 0 sessions of history/,
    );
  });

  it('a sync conflict copy named for a person, with letters beyond ASCII, is restorable', () => {
    const file = "sessions-2026.desk (Zoé's conflicted copy 2026-02-01).jsonl";
    expect(app.backup.preview(backupWith({ history: [journal(file)] }))).toMatch(
      /^This backup from 2026-02-03 has 0 of your own routines, 0 sessions of history/,
    );
  });

  it('a history file name with a control character other than NUL is refused', () => {
    expect(
      refusalOf(backupWith({ history: [journal('sessions-2026.desk\u0007.jsonl')] })).message,
    ).toBe(unholdable('"sessions-2026.desk\\u0007.jsonl"'));
  });

  it('with one more problem, says the first and “and 1 more problem”', () => {
    const file = `sessions-2026.d\u0000.jsonl`;
    expect(
      refusalOf(
        backupWith({
          routines: [routine('mine', 'Mine'), routine('mine', 'Mine again')],
          history: [journal(file)],
        }),
      ),
    ).toEqual({
      message:
        'This backup cannot be restored: two routines have the id mine (and 1 more problem). ' +
        'Nothing was changed.',
      code: 'invalid-routine',
    });
  });

  it('with two more problems, says the first and “and 2 more problems”', () => {
    const file = 'sessions-2026.desk.jsonl';
    expect(
      refusalOf(
        backupWith({
          routines: [routine('jaw-release', 'Impostor')],
          history: [journal(file), journal(file), journal('sessions-2026.d\u0000.jsonl')],
        }),
      ),
    ).toEqual({
      message:
        'This backup cannot be restored: the routine “Impostor” has the id of a built-in ' +
        'routine (jaw-release) (and 2 more problems). Nothing was changed.',
      code: 'invalid-routine',
    });
  });
});

describe('a restore accepts as history only files named as Unknot names its journals', () => {
  const DEVICE = /^[A-Za-z0-9_-]+$/;
  const device = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
  const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0'));
  /** Printable ASCII, no slash or backslash: what may follow the device id in a name. */
  const tail = fc.stringMatching(/^[\x20-\x2e\x30-\x5b\x5d-\x7e]{0,20}$/);
  const nameIsRefused = (file: string) =>
    refusalOf(backupWith({ history: [journal(file)] })).message ===
    damaged('history file 1’s name');
  const nameIsAccepted = (file: string) => {
    app.backup.preview(backupWith({ history: [journal(file)] }));
    return true;
  };

  for (const file of [
    'sessions-2026.desk.jsonl',
    'sessions-2026.d.jsonl',
    'sessions-0000.test-desk_2.jsonl',
    'sessions-2026.desk.old.jsonl',
    'sessions-2026.desk (conflicted copy).jsonl',
    'sessions-2026.desk..jsonl',
  ]) {
    it(`accepts ${file}`, () => {
      expect(nameIsAccepted(file)).toBe(true);
    });
  }

  for (const [why, file] of [
    ['a prefix before “sessions-”', 'old-sessions-2026.desk.jsonl'],
    ['a space before “sessions-”', ' sessions-2026.desk.jsonl'],
    ['text after “.jsonl”', 'sessions-2026.desk.jsonl.tmp'],
    ['a newline after “.jsonl”', 'sessions-2026.desk.jsonl\n'],
    ['an empty device part', 'sessions-2026..jsonl'],
    ['a device part that starts with a bracket', 'sessions-2026.(desk).jsonl'],
    ['a year of two digits', 'sessions-26.desk.jsonl'],
    ['a year of five digits', 'sessions-20266.desk.jsonl'],
    ['no dot after the year', 'sessions-2026desk.jsonl'],
    ['another extension', 'sessions-2026.desk.json'],
    ['a slash right before “.jsonl”', 'sessions-2026.desk/.jsonl'],
    ['a backslash right before “.jsonl”', 'sessions-2026.desk\\.jsonl'],
    ['a slash inside', 'sessions-2026.desk/x.jsonl'],
    ['a backslash inside', 'sessions-2026.desk\\x.jsonl'],
    ['a way up the folders', 'sessions-2026.desk/../../../evil.jsonl'],
  ]) {
    it(`refuses a name with ${why}: ${JSON.stringify(file)}`, () => {
      expect(nameIsRefused(file!)).toBe(true);
    });
  }

  it('accepts every year, device id and printable tail without a slash', () => {
    fc.assert(
      fc.property(year, device, tail, (y, d, rest) =>
        nameIsAccepted(`sessions-${y}.${d}${rest}.jsonl`),
      ),
      { numRuns: 60 },
    );
  });

  it('refuses any such name with a slash or a backslash after the device id', () => {
    fc.assert(
      fc.property(
        year,
        device,
        fc.constantFrom('/', '\\'),
        tail,
        tail,
        (y, d, slash, before, after) =>
          nameIsRefused(`sessions-${y}.${d}${before}${slash}${after}.jsonl`),
      ),
      { numRuns: 60 },
    );
  });

  it('refuses any such name with something before “sessions-” or after “.jsonl”', () => {
    const extra = fc.string({ minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(year, device, extra, fc.boolean(), (y, d, more, before) => {
        const name = `sessions-${y}.${d}.jsonl`;
        fc.pre(before ? !more.startsWith('s') : !more.endsWith('l'));
        return nameIsRefused(before ? `${more}${name}` : `${name}${more}`);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses any such name whose device part does not start with a letter, digit, - or _', () => {
    fc.assert(
      fc.property(
        year,
        fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !DEVICE.test(c)),
        device,
        (y, odd, d) => nameIsRefused(`sessions-${y}.${odd}${d}.jsonl`),
      ),
      { numRuns: 60 },
    );
  });
});
