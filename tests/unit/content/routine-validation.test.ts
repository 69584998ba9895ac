import { describe, expect, it } from 'vitest';
import {
  MAX_ROUTINE_FILE_BYTES,
  parseRoutineFile,
  validateRoutineContent,
  type ImportResult,
} from '../../../content/routine-validation';
import { RoutineSchema, type Routine } from '../../../content/schema';
import { loadBuiltInContent } from '../../../electron/routines/content-files';
import { CONTENT_DIR } from '../support/repo-paths';

/**
 * A user's routine arrives from a file they picked, a synced folder or the builder. Every
 * way it can be wrong must come back as one sentence that names the problem and the step,
 * and nothing partly valid may get through.
 */

const { routines, techniques } = loadBuiltInContent(CONTENT_DIR);

function builtIn(id: string): Routine {
  const found = routines.find((routine) => routine.id === id);
  if (!found) throw new Error(`no built-in routine ${id}`);
  return found;
}

/** neck-and-shoulders: step 2 "Shoulder kneading" (swedish, each), step 3 a trigger point. */
const base = builtIn('neck-and-shoulders');

/** The base routine as a file, with one value replaced (or left out, with undefined). */
function fileWith(path: (string | number)[], value: unknown): string {
  const json: unknown = structuredClone(base);
  let parent: unknown = json;
  for (const key of path.slice(0, -1)) {
    parent = (parent as Record<string | number, unknown>)[key];
  }
  const target = parent as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  // JSON.stringify leaves out an undefined value, which is how a field goes missing.
  target[last] = value;
  return JSON.stringify(json, null, 2);
}

function failure(result: ImportResult): string {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

function refused(text: string): string {
  return failure(parseRoutineFile(text, techniques));
}

describe('parseRoutineFile', () => {
  it('accepts an exported routine and gives back exactly what was exported', () => {
    for (const routine of routines) {
      const result = parseRoutineFile(JSON.stringify(routine, null, 2), techniques);
      expect(result, routine.id).toEqual({ ok: true, routine });
    }
  });

  it('accepts a file saved with a byte order mark, as Windows editors write them', () => {
    const result = parseRoutineFile(`\uFEFF${JSON.stringify(base)}`, techniques);
    expect(result).toEqual({ ok: true, routine: base });
  });

  it('refuses a file that is not JSON, quoting the parser', () => {
    const message = refused('{ "format": 1, "title": "Neck", }');
    expect(message).toMatch(/^This is not a routine file: it is not valid JSON \(.+\)\.$/);
    expect(message).toContain('line 1');
    const multiline = refused('{\n  "format": 1,\n  "title": tru\n}');
    expect(multiline).toMatch(/^This is not a routine file: it is not valid JSON \(.+\)\.$/);
    expect(multiline).not.toContain('\n');
  });

  it('refuses an empty file as empty', () => {
    expect(refused('  \n')).toBe('This is not a routine file: it is empty.');
  });

  it('refuses 10 MB of junk by its size, before trying to parse it', () => {
    const junk = 'x'.repeat(10 * 1024 * 1024);
    expect(refused(junk)).toBe(
      'This file is 10.0 MB. A routine file is at most 1 MB, so this is not one.',
    );
  });

  it('measures the size in UTF-8 bytes, not characters', () => {
    // 600,000 characters, but 1.2 million bytes.
    const text = `"${'é'.repeat(600_000)}"`;
    expect(text.length).toBeLessThan(MAX_ROUTINE_FILE_BYTES);
    expect(refused(text)).toBe(
      'This file is 1.2 MB. A routine file is at most 1 MB, so this is not one.',
    );
  });

  it('refuses JSON that is not an Unknot routine: no "format": 1', () => {
    const notOurs = 'This is not an Unknot routine file: it has no "format": 1.';
    expect(refused(fileWith(['format'], undefined))).toBe(notOurs);
    expect(refused(fileWith(['format'], '1'))).toBe(notOurs);
    for (const text of ['[]', 'null', '42', '"routine"', '{"name": "Neck"}']) {
      expect(refused(text), text).toBe(notOurs);
    }
  });

  it('says a file from a newer Unknot needs an update', () => {
    expect(refused(fileWith(['format'], 2))).toBe(
      'This routine file has "format": 2, which a newer version of Unknot wrote. Update Unknot to open it.',
    );
  });

  it('names an unknown technique and lists the known ones', () => {
    expect(refused(fileWith(['steps', 1, 'technique'], 'massage-gun'))).toBe(
      'Step 2, “Shoulder kneading”: the technique “massage-gun” is not one Unknot knows ' +
        '(known: swedish, deep-tissue, trigger-point, myofascial-release, ' +
        'self-myofascial-rolling, heat, stretching, movement, meditation).',
    );
  });

  it('names an unknown body area', () => {
    const message = refused(fileWith(['steps', 0, 'bodyAreas'], ['neck', 'elbow']));
    expect(message).toMatch(
      /^Step 1, “Neck turns and nods”: the body area “elbow” is not one Unknot knows \(known: neck, shoulders, .*whole-body\)\.$/,
    );
  });

  it('names a missing required field', () => {
    expect(refused(fileWith(['title'], undefined))).toBe('The routine has no title.');
    expect(refused(fileWith(['title'], '   '))).toBe('The routine has no title.');
    expect(refused(fileWith(['steps', 2, 'caption'], undefined))).toBe(
      'Step 3, “Shoulder trigger point hold” has no caption.',
    );
    expect(refused(fileWith(['steps', 0, 'narration', 'cues', 1, 'text'], undefined))).toBe(
      'Step 1, “Neck turns and nods”, cue 2 has no text.',
    );
    expect(refused(fileWith(['steps'], []))).toBe(
      'The routine has no steps; it needs at least one.',
    );
  });

  it('names a value of the wrong type', () => {
    expect(refused(fileWith(['steps', 0, 'priority'], 'high'))).toBe(
      'Step 1, “Neck turns and nods”: the priority should be a number, not the text “high”.',
    );
    expect(refused(fileWith(['steps'], { first: 'neck' }))).toBe(
      "The routine's steps should be a list, not an object.",
    );
    expect(refused(fileWith(['steps', 0, 'seconds', 'min'], 40.5))).toBe(
      'Step 1, “Neck turns and nods”: the minimum seconds should be a whole number, not 40.5.',
    );
  });

  it('names a field the format does not have', () => {
    expect(refused(fileWith(['steps', 1, 'colour'], 'red'))).toBe(
      'Step 2, “Shoulder kneading” has a field Unknot does not know: “colour”.',
    );
    expect(refused(fileWith(['author'], 'me'))).toBe(
      'The routine has a field Unknot does not know: “author”.',
    );
  });

  it('names a step id used twice and where it was first used', () => {
    expect(refused(fileWith(['steps', 3, 'id'], 'shoulder-kneading'))).toBe(
      'Step 4, “Upper trapezius stretch”: the step id “shoulder-kneading” is already used by step 2; each step needs its own id.',
    );
  });

  it('names seconds out of order', () => {
    expect(refused(fileWith(['steps', 0, 'seconds'], { min: 60, default: 30, max: 90 }))).toBe(
      'Step 1, “Neck turns and nods”: seconds must satisfy min <= default <= max (here min 60, default 30, max 90).',
    );
  });

  it('names an id that is not kebab-case', () => {
    expect(refused(fileWith(['id'], 'My Neck'))).toBe(
      'The routine\'s id “My Neck” is not valid: use lowercase words joined by hyphens, like "neck-release".',
    );
  });

  it('names durations outside the technique bounds', () => {
    const text = fileWith(['steps', 2, 'seconds'], { min: 10, default: 30, max: 60 });
    expect(refused(text)).toBe(
      'Step 3, “Shoulder trigger point hold”: a trigger point hold on each side needs between ' +
        '60 and 180 seconds in all (30 to 90 a side); this step allows 10 to 60.',
    );
  });

  it('reports only the first problem, as one sentence', () => {
    const json = JSON.parse(fileWith(['title'], undefined)) as Record<string, unknown>;
    json.intensity = 'extreme';
    const message = refused(JSON.stringify(json));
    expect(message).toBe('The routine has no title.');
  });

  it('never throws, whatever the file holds', () => {
    const odd = [
      '['.repeat(200_000),
      '{"format": 1}',
      '{"format": 1, "steps": [1, "two", null]}',
      '{"format": 1, "__proto__": {"polluted": true}}',
      '{"format": 1, "constructor": {"prototype": {}}}',
      fileWith(['steps', 0], 'a step'),
      fileWith(['steps', 0, 'title'], 'x'.repeat(5000)),
      fileWith(['cautions'], [{}]),
      '\uD800',
      '{"format": 1e400}',
    ];
    for (const text of odd) {
      const result = parseRoutineFile(text, techniques);
      expect(result.ok, text.slice(0, 40)).toBe(false);
      const message = failure(result);
      expect(message.length, text.slice(0, 40)).toBeGreaterThan(0);
      expect(message.length, text.slice(0, 40)).toBeLessThan(600);
      expect(message, text.slice(0, 40)).not.toContain('\n');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a long title short in messages', () => {
    const long = 'Very long title '.repeat(10).trim();
    expect(refused(fileWith(['steps', 0, 'title'], long))).toBe(
      `Step 1, “${long.slice(0, 59)}…”: the title is too long: ${long.length} characters, at most 80.`,
    );
  });
});

describe('validateRoutineContent', () => {
  it('passes every built-in routine', () => {
    for (const routine of routines) {
      expect(validateRoutineContent(routine, techniques), routine.id).toEqual([]);
    }
  });

  it('names each step, and each gentle variant, whose lengths leave its technique bounds', () => {
    const routine = RoutineSchema.parse({
      ...base,
      steps: base.steps.map((step, index) => {
        if (index === 0) return { ...step, seconds: { min: 40, default: 60, max: 400 } };
        if (index === 2 && step.gentleVariant) {
          return {
            ...step,
            gentleVariant: {
              ...step.gentleVariant,
              sides: 'both',
              seconds: { min: 10, default: 20, max: 30 },
            },
          };
        }
        return step;
      }),
    });
    expect(validateRoutineContent(routine, techniques)).toEqual([
      'Step 1, “Neck turns and nods”: a movement step needs between 20 and 300 seconds; this step allows 40 to 400.',
      'Step 3, “Shoulder trigger point hold” (gentle variant): a Swedish massage step needs between 20 and 180 seconds; the gentle variant allows 10 to 30.',
    ]);
  });

  it('gives a step done on each side twice the room', () => {
    const step = base.steps[1]!; // swedish: 20–180 s a side
    const each = { ...step, sides: 'each' as const, seconds: { min: 40, default: 200, max: 360 } };
    const both = { ...each, sides: 'both' as const };
    expect(validateRoutineContent({ ...base, steps: [each] }, techniques)).toEqual([]);
    expect(validateRoutineContent({ ...base, steps: [both] }, techniques)).toEqual([
      'Step 1, “Shoulder kneading”: a Swedish massage step needs between 20 and 180 seconds; this step allows 40 to 360.',
    ]);
  });

  it('does not ask a user step done on each side for a switch-sides cue', () => {
    const step = base.steps[1]!;
    const quiet = {
      ...step,
      narration: { ...step.narration, cues: [] },
    };
    expect(step.sides).toBe('each');
    expect(validateRoutineContent({ ...base, steps: [quiet] }, techniques)).toEqual([]);
  });

  it('names a technique it has no bounds for', () => {
    const without = techniques.filter((t) => t.id !== 'movement');
    expect(validateRoutineContent(base, without)).toEqual([
      'Step 1, “Neck turns and nods”: Unknot has no details for the technique “movement”.',
    ]);
  });
});
