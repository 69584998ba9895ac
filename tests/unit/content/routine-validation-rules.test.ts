import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_ROUTINE_FILE_BYTES,
  parseRoutineFile,
  tooLargeMessage,
  validateRoutine,
  validateRoutineContent,
  type ImportResult,
} from '../../../content/routine-validation';
import { RoutineSchema, type Routine, type Step, type TechniqueId } from '../../../content/schema';
import { routine, step, techniques } from './routine-validation-fixtures';

/**
 * The limits a user's routine is held to, each from both sides, and the exact sentence that
 * comes back: a user only ever sees that one sentence, so its words are the behaviour.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

function failure(result: ImportResult): string {
  if (result.ok) throw new Error('expected the routine to be refused');
  return result.message;
}

function refused(text: string): string {
  return failure(parseRoutineFile(text, techniques));
}

/** A routine of the given steps, the rest as the fixture. */
function withSteps(...steps: Step[]): Routine {
  return { ...routine(), steps };
}

function seconds(min: number, max: number): Step['seconds'] {
  return { min, default: min, max };
}

const NOT_OURS = 'This is not an Unknot routine file: it has no "format": 1.';
const TOO_LARGE = 'This file is 1.1 MB. A routine file is at most 1 MB, so this is not one.';

describe('validateRoutineContent: lengths inside the technique bounds', () => {
  it('passes a routine whose steps and gentle variants all sit inside their bounds', () => {
    expect(validateRoutineContent(routine(), techniques)).toEqual([]);
  });

  it('accepts a step at exactly its technique’s least and greatest lengths', () => {
    // movement: 20–300 s, done on both sides at once.
    const atLimits = { ...step(0), seconds: seconds(20, 300) };
    expect(validateRoutineContent(withSteps(atLimits), techniques)).toEqual([]);
  });

  it('refuses a step one second shorter than its technique allows, naming the step and the bounds', () => {
    const short = { ...step(0), seconds: seconds(19, 300) };
    expect(validateRoutineContent(withSteps(short), techniques)).toEqual([
      'Step 1, “Neck turns”: a movement step needs between 20 and 300 seconds; this step allows 19 to 300.',
    ]);
  });

  it('refuses a step one second longer than its technique allows', () => {
    const long = { ...step(0), seconds: seconds(20, 301) };
    expect(validateRoutineContent(withSteps(long), techniques)).toEqual([
      'Step 1, “Neck turns”: a movement step needs between 20 and 300 seconds; this step allows 20 to 301.',
    ]);
  });

  it('gives one sentence for a step both too short and too long', () => {
    const both = { ...step(0), seconds: seconds(10, 400) };
    expect(validateRoutineContent(withSteps(both), techniques)).toEqual([
      'Step 1, “Neck turns”: a movement step needs between 20 and 300 seconds; this step allows 10 to 400.',
    ]);
  });

  it('doubles the bounds of a step done on each side, at both limits', () => {
    // trigger point: 30–90 s a side, so 60–180 s in all.
    const each = { ...step(1), seconds: seconds(60, 180) };
    expect(validateRoutineContent(withSteps(each), techniques)).toEqual([]);
    const short = { ...each, seconds: seconds(59, 180) };
    const long = { ...each, seconds: seconds(60, 181) };
    expect(validateRoutineContent(withSteps(short, long), techniques)).toEqual([
      'Step 1, “Shoulder hold”: a trigger point hold on each side needs between 60 and 180 seconds in all (30 to 90 a side); this step allows 59 to 180.',
      'Step 2, “Shoulder hold”: a trigger point hold on each side needs between 60 and 180 seconds in all (30 to 90 a side); this step allows 60 to 181.',
    ]);
  });

  it('holds a step done on one side only to the single-side bounds', () => {
    const left = { ...step(1), sides: 'left' as const, seconds: seconds(30, 90) };
    const right = { ...step(1), sides: 'right' as const, seconds: seconds(30, 91) };
    expect(validateRoutineContent(withSteps(left, right), techniques)).toEqual([
      'Step 2, “Shoulder hold”: a trigger point hold needs between 30 and 90 seconds; this step allows 30 to 91.',
    ]);
  });

  it('holds a gentle variant to its own technique’s bounds, at both limits', () => {
    // The variant is Swedish on each side: 20–180 s a side, so 40–360 s in all.
    const base = step(1);
    const variant = (min: number, max: number): Step => ({
      ...base,
      gentleVariant: { ...base.gentleVariant!, seconds: seconds(min, max) },
    });
    expect(validateRoutineContent(withSteps(variant(40, 360)), techniques)).toEqual([]);
    expect(
      validateRoutineContent(withSteps(variant(39, 360), variant(40, 361)), techniques),
    ).toEqual([
      'Step 1, “Shoulder hold” (gentle variant): a Swedish massage step on each side needs between 40 and 360 seconds in all (20 to 180 a side); the gentle variant allows 39 to 360.',
      'Step 2, “Shoulder hold” (gentle variant): a Swedish massage step on each side needs between 40 and 360 seconds in all (20 to 180 a side); the gentle variant allows 40 to 361.',
    ]);
  });

  it('names each technique’s unit of work in its bounds message', () => {
    const expected: Record<TechniqueId, string> = {
      swedish: 'a Swedish massage step needs between 20 and 180',
      'deep-tissue': 'a deep tissue step needs between 30 and 120',
      'trigger-point': 'a trigger point hold needs between 30 and 90',
      'myofascial-release': 'a myofascial release hold needs between 90 and 300',
      'self-myofascial-rolling': 'a ball or roller set needs between 30 and 120',
      heat: 'a heat step needs between 30 and 1200',
      stretching: 'a stretch needs between 15 and 120',
      movement: 'a movement step needs between 20 and 300',
      meditation: 'a meditation or breathing step needs between 30 and 1200',
    };
    for (const t of techniques) {
      const tooShort = { ...step(0), technique: t.id, seconds: seconds(5, t.maxSeconds) };
      expect(validateRoutineContent(withSteps(tooShort), techniques), t.id).toEqual([
        `Step 1, “Neck turns”: ${expected[t.id]} seconds; this step allows 5 to ${t.maxSeconds}.`,
      ]);
    }
  });

  it('reports every problem in step order, each step before its gentle variant', () => {
    const base = step(1);
    const steps: Step[] = [
      { ...step(0), seconds: seconds(10, 90) },
      {
        ...base,
        seconds: seconds(50, 170),
        gentleVariant: { ...base.gentleVariant!, seconds: seconds(30, 120) },
      },
      { ...step(2), seconds: seconds(60, 1300) },
    ];
    expect(validateRoutineContent(withSteps(...steps), techniques)).toEqual([
      'Step 1, “Neck turns”: a movement step needs between 20 and 300 seconds; this step allows 10 to 90.',
      'Step 2, “Shoulder hold”: a trigger point hold on each side needs between 60 and 180 seconds in all (30 to 90 a side); this step allows 50 to 170.',
      'Step 2, “Shoulder hold” (gentle variant): a Swedish massage step on each side needs between 40 and 360 seconds in all (20 to 180 a side); the gentle variant allows 30 to 120.',
      'Step 3, “Slow breathing”: a meditation or breathing step needs between 30 and 1200 seconds; this step allows 60 to 1300.',
    ]);
  });

  it('names a step or gentle variant whose technique it has no bounds for, and goes on checking', () => {
    const noSwedish = techniques.filter((t) => t.id !== 'swedish');
    const plainSwedish = { ...step(0), technique: 'swedish' as const };
    const short = { ...step(2), seconds: seconds(10, 120) };
    expect(validateRoutineContent(withSteps(step(1), plainSwedish, short), noSwedish)).toEqual([
      'Step 1, “Shoulder hold” (gentle variant): Unknot has no details for the technique “swedish”.',
      'Step 2, “Neck turns”: Unknot has no details for the technique “swedish”.',
      'Step 3, “Slow breathing”: a meditation or breathing step needs between 30 and 1200 seconds; this step allows 10 to 120.',
    ]);
  });

  it('shows a title of 60 characters whole and cuts a longer one to 59 and an ellipsis', () => {
    const sixty = 'A'.repeat(60);
    const sixtyOne = 'B'.repeat(61);
    const short = seconds(10, 90);
    const steps = [
      { ...step(0), title: sixty, seconds: short },
      { ...step(0), title: sixtyOne, seconds: short },
      { ...step(0), title: `  ${'C'.repeat(60)}  `, seconds: short },
    ];
    const tail = 'a movement step needs between 20 and 300 seconds; this step allows 10 to 90.';
    expect(validateRoutineContent(withSteps(...steps), techniques)).toEqual([
      `Step 1, “${sixty}”: ${tail}`,
      `Step 2, “${'B'.repeat(59)}…”: ${tail}`,
      // Padding is not part of the title, so it neither shows nor counts toward the 60.
      `Step 3, “${'C'.repeat(60)}”: ${tail}`,
    ]);
  });
});

describe('validateRoutine', () => {
  it('accepts a valid routine and gives it back as it was', () => {
    expect(validateRoutine(routine(), techniques)).toEqual({ ok: true, routine: routine() });
  });

  it('fills the defaults and trims the text of what it accepts', () => {
    const input = structuredClone(routine()) as unknown as Record<string, unknown>;
    const steps = input.steps as Record<string, unknown>[];
    input.title = '  Test routine  ';
    delete steps[0]!.firm;
    delete steps[0]!.repeatable;
    const expected = routine();
    expected.steps[0] = { ...expected.steps[0]!, firm: false, repeatable: false };
    expect(validateRoutine(input, techniques)).toEqual({ ok: true, routine: expected });
  });

  it('reports the schema problem before any bounds problem', () => {
    const both = { ...withSteps({ ...step(0), seconds: seconds(10, 90) }), title: '' };
    expect(validateRoutine(both, techniques)).toEqual({
      ok: false,
      message: 'The routine has no title.',
    });
  });

  it('reports only the first of several bounds problems', () => {
    const steps = [
      { ...step(0), seconds: seconds(10, 90) },
      { ...step(2), seconds: seconds(10, 90) },
    ];
    expect(validateRoutine(withSteps(...steps), techniques)).toEqual({
      ok: false,
      message:
        'Step 1, “Neck turns”: a movement step needs between 20 and 300 seconds; this step allows 10 to 90.',
    });
  });

  it('says the routine does not match the format when the schema gives no reason', () => {
    // zod always names an issue today; this is the promise of one sentence if it ever does not.
    vi.spyOn(RoutineSchema, 'safeParse').mockReturnValueOnce({
      success: false,
      error: { issues: [] },
    } as unknown as ReturnType<typeof RoutineSchema.safeParse>);
    expect(validateRoutine(routine(), techniques)).toEqual({
      ok: false,
      message: 'This routine does not match the format.',
    });
  });
});

describe('tooLargeMessage', () => {
  it('gives the size in megabytes to one decimal, rounded up', () => {
    const mb = 1024 * 1024;
    expect(tooLargeMessage(mb + 1)).toBe(TOO_LARGE);
    expect(tooLargeMessage(1.5 * mb)).toBe(
      'This file is 1.5 MB. A routine file is at most 1 MB, so this is not one.',
    );
    expect(tooLargeMessage(1_500_000)).toBe(
      'This file is 1.5 MB. A routine file is at most 1 MB, so this is not one.',
    );
    expect(tooLargeMessage(2 * mb)).toBe(
      'This file is 2.0 MB. A routine file is at most 1 MB, so this is not one.',
    );
    expect(tooLargeMessage(10 * mb + 1)).toBe(
      'This file is 10.1 MB. A routine file is at most 1 MB, so this is not one.',
    );
  });
});

describe('parseRoutineFile: size', () => {
  const json = JSON.stringify(routine());

  it('is 1 MiB', () => {
    expect(MAX_ROUTINE_FILE_BYTES).toBe(1024 * 1024);
  });

  it('accepts a routine file of exactly 1 MiB and refuses one byte more', () => {
    const padding = MAX_ROUTINE_FILE_BYTES - json.length;
    expect(parseRoutineFile(json + ' '.repeat(padding), techniques)).toEqual({
      ok: true,
      routine: routine(),
    });
    expect(refused(json + ' '.repeat(padding + 1))).toBe(TOO_LARGE);
  });

  it('counts a byte order mark as its three bytes', () => {
    const padding = MAX_ROUTINE_FILE_BYTES - 3 - json.length;
    expect(parseRoutineFile(`\uFEFF${json}${' '.repeat(padding)}`, techniques)).toEqual({
      ok: true,
      routine: routine(),
    });
    expect(refused(`\uFEFF${json}${' '.repeat(padding + 1)}`)).toBe(TOO_LARGE);
  });

  // Each entry: some characters and their length in UTF-8. The file is a JSON string (two
  // quote bytes) padded with ASCII to the limit, then to one byte past it.
  const utf8: [string, string, number][] = [
    ['the last one-byte character', '\u007f', 1],
    ['the first two-byte character', '\u0080', 2],
    ['the last two-byte character', '\u07ff', 2],
    ['the first three-byte character', '\u0800', 3],
    ['the last character before the surrogates', '\ud7ff', 3],
    ['the first surrogate pair', '\ud800\udc00', 4],
    ['the last surrogate pair', '\udbff\udfff', 4],
    ['a high surrogate followed by another high one', '\ud800\udbff', 6],
    ['a high surrogate followed by a character past the low ones', '\ud800\ue000', 6],
    ['a low surrogate on its own', '\udc00', 3],
    ['a low surrogate after a character below the surrogates', '\u0800\udc00', 6],
    ['a low surrogate after a character above the surrogates', '\ue000\udc00', 6],
    ['the last UTF-16 character', '\uffff', 3],
  ];
  for (const [what, chars, bytes] of utf8) {
    it(`measures ${what} as ${bytes} bytes`, () => {
      const fill = MAX_ROUTINE_FILE_BYTES - 2 - bytes;
      expect(refused(`"${chars}${'x'.repeat(fill)}"`)).toBe(NOT_OURS);
      expect(refused(`"${chars}${'x'.repeat(fill + 1)}"`)).toBe(TOO_LARGE);
    });
  }
});

describe('parseRoutineFile: reading the text', () => {
  it('refuses a file with no text at all, or only a byte order mark, as empty', () => {
    expect(refused('')).toBe('This is not a routine file: it is empty.');
    expect(refused('\uFEFF \n')).toBe('This is not a routine file: it is empty.');
  });

  it('strips only a leading byte order mark', () => {
    const json = JSON.stringify(routine());
    expect(parseRoutineFile(`\uFEFF${json}`, techniques)).toEqual({
      ok: true,
      routine: routine(),
    });
    // A mark anywhere else is a stray character, left for the parser to refuse.
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseRoutineFile(`${json}\uFEFF`, techniques).ok).toBe(false);
    expect(parse).toHaveBeenCalledWith(`${json}\uFEFF`);
  });

  /** The parser's message, stubbed so the text around it is checked exactly. */
  function jsonError(thrown: unknown, text: string): string {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw thrown;
    });
    return refused(text);
  }

  const multiline = '{\n  "name": tru,\n  "b": 2\n}';

  it('adds the line and column of a position the parser gives, counting from 1', () => {
    // Offset 12 is the "t" of tru: line 2, column 11.
    expect(jsonError(new SyntaxError('Unexpected token t at position 12'), multiline)).toBe(
      'This is not a routine file: it is not valid JSON (Unexpected token t at position 12 (line 2, column 11)).',
    );
    expect(jsonError(new SyntaxError('Unexpected token t at position 6'), '{"a": tru}')).toBe(
      'This is not a routine file: it is not valid JSON (Unexpected token t at position 6 (line 1, column 7)).',
    );
  });

  it('keeps the parser’s line when it already gives one', () => {
    const message = 'Unexpected token t at position 12 (line 2 column 11)';
    expect(jsonError(new SyntaxError(message), multiline)).toBe(
      `This is not a routine file: it is not valid JSON (${message}).`,
    );
  });

  it('keeps a message with no position as it is', () => {
    expect(jsonError(new SyntaxError('Unexpected end of JSON input'), multiline)).toBe(
      'This is not a routine file: it is not valid JSON (Unexpected end of JSON input).',
    );
  });

  it('drops only the parser’s closing full stop', () => {
    expect(jsonError(new SyntaxError('Bad number 1.5 at position 12.'), multiline)).toBe(
      'This is not a routine file: it is not valid JSON (Bad number 1.5 at position 12 (line 2, column 11)).',
    );
  });

  it('puts a quoted stretch of the file on one line', () => {
    expect(jsonError(new SyntaxError('Unexpected token in "{\n  \tx"'), multiline)).toBe(
      'This is not a routine file: it is not valid JSON (Unexpected token in "{ x").',
    );
  });

  it('keeps a parser message of 200 characters and cuts a longer one to 199 and an ellipsis', () => {
    const at200 = 'a'.repeat(200);
    expect(jsonError(new SyntaxError(at200), multiline)).toBe(
      `This is not a routine file: it is not valid JSON (${at200}).`,
    );
    expect(jsonError(new SyntaxError('b'.repeat(201)), multiline)).toBe(
      `This is not a routine file: it is not valid JSON (${'b'.repeat(199)}…).`,
    );
  });

  it('quotes a thrown value that is not an Error as text', () => {
    expect(jsonError('nonsense', multiline)).toBe(
      'This is not a routine file: it is not valid JSON (nonsense).',
    );
  });
});

describe('parseRoutineFile: the format number', () => {
  const withFormat = (format: string): string => `{"format": ${format}, "id": "x"}`;

  it('takes any whole number above 1 for a newer Unknot’s file', () => {
    expect(refused(withFormat('3'))).toBe(
      'This routine file has "format": 3, which a newer version of Unknot wrote. Update Unknot to open it.',
    );
  });

  it('refuses a format of 0, below 0, a fraction, infinity or text as not an Unknot file', () => {
    for (const format of ['0', '-2', '1.5', '2.5', '1e400', '"2"', 'null', 'true']) {
      expect(refused(withFormat(format)), format).toBe(NOT_OURS);
    }
  });

  it('checks a file with "format": 1 against the schema', () => {
    expect(refused('{"format": 1}')).toBe('The routine has no id.');
  });
});

describe('parseRoutineFile: the unforeseen', () => {
  /** JSON.parse stubbed to give a value that throws when it is read. */
  function readingThrows(thrown: unknown): string {
    const trap = {
      get format(): never {
        throw thrown;
      },
    };
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => trap);
    return refused('{}');
  }

  it('turns an error it did not foresee into one sentence', () => {
    expect(readingThrows(new Error('boom'))).toBe('This routine file could not be read (boom).');
  });

  it('quotes a thrown value that is not an Error as text', () => {
    expect(readingThrows('odd value')).toBe('This routine file could not be read (odd value).');
  });
});
