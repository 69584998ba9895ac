import { describe, expect, it } from 'vitest';
import { DEVICE_ID, FILE_NAME, parseLines } from '../../../../electron/history/journal-format';

/**
 * The journal reads back only what it can trust: a line is an event when every field it
 * needs is there and of the right kind; otherwise it is kept aside as unknown (a newer
 * version's line, or a damaged one), never folded into a session with a wrong value.
 */

const base = { v: 1, id: 'e1', at: 1_700_000_000_000, device: 'desk', sessionId: 's1' };
const VALID: Record<string, Record<string, unknown>> = {
  'session-started': { routineId: 'neck', title: 'Neck', plannedSeconds: 600 },
  'step-completed': { stepIndex: 1, stepsDone: ['a'], completedSeconds: 60 },
  'session-interrupted': { stepIndex: 1, stepsDone: ['a'], completedSeconds: 60 },
  'session-ended': { status: 'completed', completedSeconds: 600, stepsDone: ['a', 'b'] },
  'pain-checkin': { when: 'before', score: 6 },
  note: { text: 'Shoulders softer' },
  'session-resumed': { stepIndex: 2 },
  'session-deleted': {},
};

/** Values at the very edge of what each kind of line accepts. */
const EDGES: [string, Record<string, unknown>][] = [
  ['pain-checkin', { when: 'after', score: 0 }],
  ['pain-checkin', { when: 'before', score: 10 }],
  ['session-resumed', { stepIndex: 0 }],
  ['session-started', { routineId: 'neck', title: 'Neck', plannedSeconds: 0, choices: {} }],
  ['step-completed', { stepIndex: 0, stepsDone: [], completedSeconds: 0 }],
];

/** For each kind of line, fields set to something it must not accept. */
const BROKEN: Record<string, [string, unknown][]> = {
  'session-started': [
    ['routineId', 7],
    ['title', null],
    ['plannedSeconds', -1],
    ['plannedSeconds', 'ten'],
    ['choices', ['slower']],
    ['choices', null],
    ['choices', 'slower'],
  ],
  'step-completed': [
    ['stepIndex', 1.5],
    ['stepsDone', ['a', 2]],
    ['completedSeconds', -5],
  ],
  'session-interrupted': [
    ['stepsDone', 'a'],
    ['completedSeconds', Number.NaN],
  ],
  'session-resumed': [
    ['stepIndex', -1],
    ['stepIndex', 0.5],
    ['stepIndex', '2'],
  ],
  'session-ended': [
    ['status', 'paused'],
    ['completedSeconds', -1],
    ['stepsDone', null],
    ['stepIndex', 0.5],
  ],
  'pain-checkin': [
    ['when', 'during'],
    ['score', 11],
    ['score', -1],
    ['score', 4.5],
  ],
  note: [['text', 12]],
};
const COMMON: [string, unknown][] = [
  ['v', 2],
  ['id', 3],
  ['at', 'yesterday'],
  ['device', null],
  ['sessionId', 42],
];

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;
const parse = (text: string) => parseLines(Buffer.from(text, 'utf8'));

describe('journal line format', () => {
  it('reads every kind of valid line as an event', () => {
    for (const [type, fields] of Object.entries(VALID)) {
      const parsed = parse(line({ ...base, type, ...fields }));
      expect(parsed.events, type).toHaveLength(1);
      expect(parsed.events[0], type).toMatchObject({ type, ...fields });
      expect(parsed.unknown, type).toEqual([]);
    }
  });

  it('keeps aside, never reads as an event, a line with any field of the wrong kind', () => {
    for (const [type, fields] of Object.entries(VALID)) {
      for (const [field, wrong] of [...(BROKEN[type] ?? []), ...COMMON]) {
        const parsed = parse(line({ ...base, type, ...fields, [field]: wrong }));
        expect(parsed.events, `${type}.${field} = ${JSON.stringify(wrong)}`).toEqual([]);
        expect(parsed.unknown, `${type}.${field}`).toHaveLength(1);
      }
    }
  });

  it('accepts the edges of each range: scores 0 and 10, the first step, nothing played yet', () => {
    for (const [type, fields] of EDGES) {
      const parsed = parse(line({ ...base, type, ...fields }));
      expect(parsed.events, JSON.stringify(fields)).toEqual([{ ...base, type, ...fields }]);
    }
  });

  it('keeps aside a time too large to be a number (JSON reads 1e400 as infinity)', () => {
    const text = line({ ...base, type: 'note', text: 'a' }).replace('1700000000000', '1e400');
    const parsed = parse(text);
    expect(parsed.events).toEqual([]);
    expect(parsed.unknown).toHaveLength(1);
  });

  it('passes over blank lines without calling them damaged', () => {
    const whole = line({ ...base, type: 'note', text: 'a' });
    const parsed = parse(`\n   \n${whole}\n`);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.bad).toEqual([]);
  });

  it('knows its own files, a sync tool’s conflict copies included, and nothing else', () => {
    for (const name of [
      'sessions-2025.desk.jsonl',
      'sessions-2025.desk (conflict 2025-03-01).jsonl',
      'sessions-2025.a_B-9.jsonl',
    ]) {
      expect(FILE_NAME.test(name), name).toBe(true);
    }
    for (const name of [
      'old-sessions-2025.desk.jsonl',
      'sessions-25.desk.jsonl',
      'sessions-2025.desk/x.jsonl',
      'sessions-2025.desk.jsonl.tmp',
    ]) {
      expect(FILE_NAME.test(name), name).toBe(false);
    }
    expect(DEVICE_ID.test('laptop_2-b')).toBe(true);
    for (const id of ['', 'desk!', 'desk/../x', 'a'.repeat(65)]) {
      expect(DEVICE_ID.test(id), id).toBe(false);
    }
  });

  it('reads a line of an unknown type as unknown, and a line that is not JSON as damaged', () => {
    const text = line({ ...base, type: 'from-the-future' }) + '{"type": "note", "te\n';
    const parsed = parse(text);
    expect(parsed.events).toEqual([]);
    expect(parsed.unknown).toHaveLength(1);
    expect(parsed.bad).toEqual([
      { start: line({ ...base, type: 'from-the-future' }).length, end: text.length },
    ]);
  });

  it('leaves a last line without its newline unread, for the writer to finish', () => {
    const whole = line({ ...base, type: 'note', text: 'a' });
    const parsed = parse(`${whole}{"v":1`);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.consumed).toBe(Buffer.byteLength(whole));
  });
});
