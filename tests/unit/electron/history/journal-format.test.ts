import { describe, expect, it } from 'vitest';
import { parseLines } from '../../../../electron/history/journal-format';

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
  'session-deleted': {},
};

/** For each kind of line, fields set to something it must not accept. */
const BROKEN: Record<string, [string, unknown][]> = {
  'session-started': [
    ['routineId', 7],
    ['title', null],
    ['plannedSeconds', -1],
    ['plannedSeconds', 'ten'],
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
