import type { z } from 'zod';
import {
  RoutineSchema,
  sideFactor,
  type GentleVariant,
  type Routine,
  type Step,
  type Technique,
  type TechniqueId,
} from './schema';

/**
 * Checks a user's routine (from the builder, an import or the routines folder) and says in
 * plain words what is wrong with it. Pure: the caller reads the file, so the same checks run
 * in main when saving and in the renderer before an import is offered.
 *
 * Just over 400 lines: most of it is the table of plain-words messages, one per field.
 */

/** Far above any real routine (the largest built-in is ~20 KB); a bigger file is not one. */
export const MAX_ROUTINE_FILE_BYTES = 1024 * 1024;

/** Rounded up, so a file just over the limit never reads as "1.0 MB". */
export function tooLargeMessage(bytes: number): string {
  const mb = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `This file is ${mb.toFixed(1)} MB. A routine file is at most 1 MB, so this is not one.`;
}

export type ImportResult = { ok: true; routine: Routine } | { ok: false; message: string };

/**
 * How each technique's unit of work is named in a bounds message. Said as a hold, a set or
 * a stretch because the bounds are clinical (a trigger point eases after 30–90 s), and the
 * user should see why the app will not let a step be shorter.
 */
const TECHNIQUE_WORK: Record<TechniqueId, string> = {
  swedish: 'a Swedish massage step',
  'deep-tissue': 'a deep tissue step',
  'trigger-point': 'a trigger point hold',
  'myofascial-release': 'a myofascial release hold',
  'self-myofascial-rolling': 'a ball or roller set',
  heat: 'a heat step',
  stretching: 'a stretch',
  movement: 'a movement step',
  meditation: 'a meditation or breathing step',
};

function stepSubject(index: number, title: unknown): string {
  if (typeof title !== 'string' || title.trim() === '') return `Step ${index + 1}`;
  const trimmed = title.trim();
  // A title can be any length in a broken file; the message must stay readable.
  const shown = trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
  return `Step ${index + 1}, “${shown}”`;
}

/**
 * Checks what the schema cannot see: that every step's lengths sit inside its technique's
 * clinical bounds (per side, so doubled for a step done on each side). Switch-sides cues
 * are not required here, unlike in the built-in library: the planner speaks one for a
 * user's step that has none.
 */
export function validateRoutineContent(
  routine: Routine,
  techniques: readonly Technique[],
): string[] {
  const byId = new Map(techniques.map((t) => [t.id, t]));
  const messages: string[] = [];
  routine.steps.forEach((step, index) => {
    const subject = stepSubject(index, step.title);
    const bodies: { where: string; what: string; body: Step | GentleVariant }[] = [
      { where: subject, what: 'this step', body: step },
    ];
    if (step.gentleVariant) {
      bodies.push({
        where: `${subject} (gentle variant)`,
        what: 'the gentle variant',
        body: step.gentleVariant,
      });
    }
    for (const { where, what, body } of bodies) {
      const technique = byId.get(body.technique);
      if (!technique) {
        messages.push(`${where}: Unknot has no details for the technique “${body.technique}”.`);
        continue;
      }
      const factor = sideFactor(body.sides);
      const lowest = technique.minSeconds * factor;
      const highest = technique.maxSeconds * factor;
      const { min, max } = body.seconds;
      if (min >= lowest && max <= highest) continue;
      const work = TECHNIQUE_WORK[technique.id];
      const needs =
        factor === 1
          ? `${work} needs between ${lowest} and ${highest} seconds`
          : `${work} on each side needs between ${lowest} and ${highest} seconds in all ` +
            `(${technique.minSeconds} to ${technique.maxSeconds} a side)`;
      messages.push(`${where}: ${needs}; ${what} allows ${min} to ${max}.`);
    }
  });
  return messages;
}

/** Schema check, then bounds check; the first problem found is the one reported. */
export function validateRoutine(value: unknown, techniques: readonly Technique[]): ImportResult {
  const parsed = RoutineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: issue ? describeIssue(issue, value) : 'This routine does not match the format.',
    };
  }
  const [problem] = validateRoutineContent(parsed.data, techniques);
  if (problem !== undefined) return { ok: false, message: problem };
  return { ok: true, routine: parsed.data };
}

/**
 * Reads a routine file a user picked (or one found in the routines folder). Never throws:
 * every failure becomes one sentence naming what is wrong, and only a wholly valid routine
 * is returned.
 */
export function parseRoutineFile(text: string, techniques: readonly Technique[]): ImportResult {
  try {
    return parseRoutineText(text, techniques);
  } catch (error) {
    // Only something unforeseen lands here (a pathological input); the promise of one
    // message and no exception still holds.
    return { ok: false, message: `This routine file could not be read (${errorText(error)}).` };
  }
}

function parseRoutineText(text: string, techniques: readonly Technique[]): ImportResult {
  const bytes = utf8Length(text);
  if (bytes > MAX_ROUTINE_FILE_BYTES) return { ok: false, message: tooLargeMessage(bytes) };
  // Windows editors save UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, message: 'This is not a routine file: it is empty.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return {
      ok: false,
      message: `This is not a routine file: it is not valid JSON (${jsonErrorText(error, body)}).`,
    };
  }
  if (!isRecord(json) || json.format !== 1) {
    const format = isRecord(json) ? json.format : undefined;
    if (typeof format === 'number' && Number.isInteger(format) && format > 1) {
      return {
        ok: false,
        message:
          `This routine file has "format": ${format}, which a newer version of Unknot ` +
          'wrote. Update Unknot to open it.',
      };
    }
    return { ok: false, message: 'This is not an Unknot routine file: it has no "format": 1.' };
  }
  return validateRoutine(json, techniques);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The parser's own words, with a line and column a person can find in an editor. */
function jsonErrorText(error: unknown, text: string): string {
  let message = errorText(error).replace(/\.$/, '');
  const position = /at position (\d+)/.exec(message);
  if (position?.[1] !== undefined && !/line \d+/.test(message)) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    message = `${message} (line ${line}, column ${column})`;
  }
  // V8 quotes the text around the error, line breaks included; the message is one line.
  message = message.replace(/\s+/g, ' ');
  return message.length > 200 ? `${message.slice(0, 199)}…` : message;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Key = PropertyKey;

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}

/** Where in the routine an issue sits: the routine, a step, its gentle variant or a cue. */
interface Place {
  root: boolean;
  /** "The routine", "Step 2, “Neck roll”", "Step 2, “Neck roll”, cue 1", … */
  subject: string;
  /** The path inside that subject, e.g. ["seconds", "min"]. */
  rest: Key[];
}

function placeOf(path: readonly Key[], input: unknown): Place {
  const [first, index, ...rest] = path;
  if (first !== 'steps' || typeof index !== 'number') {
    return { root: true, subject: 'The routine', rest: [...path] };
  }
  let subject = stepSubject(index, valueAt(input, ['steps', index, 'title']));
  let inner = rest;
  if (inner[0] === 'gentleVariant' && inner.length > 1) {
    subject = `${subject} (gentle variant)`;
    inner = inner.slice(1);
  }
  if (inner[0] === 'narration' && inner[1] === 'cues' && typeof inner[2] === 'number') {
    subject = `${subject}, cue ${inner[2] + 1}`;
    inner = inner.slice(3);
  }
  return { root: false, subject, rest: inner };
}

const FIELD_NOUNS: Record<string, string> = {
  format: 'format',
  title: 'title',
  summary: 'summary',
  conditions: 'conditions',
  intensity: 'intensity',
  cautions: 'cautions',
  steps: 'steps',
  technique: 'technique',
  bodyAreas: 'body areas',
  narration: 'narration',
  'narration.intro': 'narration intro',
  'narration.outro': 'narration outro',
  'narration.cues': 'cues',
  caption: 'caption',
  seconds: 'seconds',
  'seconds.min': 'minimum seconds',
  'seconds.default': 'default seconds',
  'seconds.max': 'maximum seconds',
  sides: 'sides',
  illustration: 'illustration key',
  optional: '“optional” setting',
  priority: 'priority',
  firm: '“firm” setting',
  repeatable: '“repeatable” setting',
  gentleVariant: 'gentle variant',
  kind: 'kind',
  text: 'text',
  at: 'position (“at”)',
  every: 'repeat interval (“every”)',
};

const LIST_ITEM_NOUNS: Record<string, string> = {
  conditions: 'condition',
  cautions: 'caution',
  bodyAreas: 'body area',
  steps: 'step',
};

/** The words for a field, or null when the issue is about the subject itself. */
function nounOf(place: Place): string | null {
  const { rest } = place;
  if (rest.length === 0) return null;
  const last = rest[rest.length - 1];
  if (typeof last === 'number') {
    const list = rest.slice(0, -1).map(String).join('.');
    const item = LIST_ITEM_NOUNS[list];
    return item ? `${item} ${last + 1}` : `${list} entry ${last + 1}`;
  }
  const key = rest.map(String).join('.');
  if (key === 'id') return place.root ? 'id' : 'step id';
  return FIELD_NOUNS[key] ?? `“${key}”`;
}

/** "The routine's title" or "Step 2, “Neck roll”: the caption". */
function refOf(place: Place, noun: string | null): string {
  if (noun === null) return place.subject;
  return place.root ? `The routine's ${noun}` : `${place.subject}: the ${noun}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text “${value.slice(0, 39)}…”` : `the text “${value}”`;
    case 'number':
      return String(value);
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function quoteChoice(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : String(value);
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const place = placeOf(issue.path, input);
  const noun = nounOf(place);
  const ref = refOf(place, noun);
  const value = valueAt(input, issue.path);
  const lastKey = issue.path[issue.path.length - 1];

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined && noun !== null) return `${place.subject} has no ${noun}.`;
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return `${ref} should be ${expected}, not ${describeValue(value)}.`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (min <= 1) {
          return typeof lastKey === 'string' && noun !== null
            ? `${place.subject} has no ${noun}.`
            : `${ref} is empty.`;
        }
        return `${ref} is too short: it needs at least ${min} characters.`;
      }
      if (issue.origin === 'array' && noun !== null) {
        const needs = min === 1 ? 'one' : String(min);
        return `${place.subject} has no ${noun}; it needs at least ${needs}.`;
      }
      return `${ref} is ${describeValue(value)}, but must be at least ${min}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && typeof value === 'string') {
        // The schema trims before it counts, so the message counts the trimmed text too.
        return `${ref} is too long: ${value.trim().length} characters, at most ${max}.`;
      }
      if (issue.origin === 'array' && Array.isArray(value) && noun !== null) {
        return `${place.subject} has ${value.length} ${noun}; at most ${max} are allowed.`;
      }
      return `${ref} is ${describeValue(value)}, but must be at most ${max}.`;
    }
    case 'invalid_value': {
      const known = issue.values.map(String).join(', ');
      if (lastKey === 'technique' || place.rest[0] === 'bodyAreas') {
        // "the body area “elbow”" reads better than "the body area 2 “elbow”".
        const what = lastKey === 'technique' ? ref : refOf(place, 'body area');
        return `${what} ${quoteChoice(value)} is not one Unknot knows (known: ${known}).`;
      }
      if (issue.values.length === 1) {
        return `${ref} must be ${quoteChoice(issue.values[0])}, not ${describeValue(value)}.`;
      }
      return `${ref} must be one of ${known}, not ${describeValue(value)}.`;
    }
    case 'invalid_format':
      return `${ref} ${quoteChoice(value)} is not valid: ${issue.message}.`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) =>
        place.rest.length > 0 ? `“${[...place.rest, key].join('.')}”` : `“${key}”`,
      );
      const what = keys.length === 1 ? 'a field' : 'fields';
      return `${place.subject} has ${what} Unknot does not know: ${keys.join(', ')}.`;
    }
    case 'custom': {
      if (lastKey === 'id' && typeof value === 'string' && !place.root) {
        const steps = valueAt(input, ['steps']);
        const first = Array.isArray(steps)
          ? steps.findIndex((step) => isRecord(step) && step.id === value)
          : -1;
        const earlier = first >= 0 ? ` already used by step ${first + 1}` : ' used twice';
        return `${place.subject}: the step id “${value}” is${earlier}; each step needs its own id.`;
      }
      if (lastKey === 'seconds' && isRecord(value)) {
        return (
          `${place.subject}: seconds must satisfy min <= default <= max ` +
          `(here min ${describeValue(value.min)}, default ${describeValue(value.default)}, ` +
          `max ${describeValue(value.max)}).`
        );
      }
      return `${place.subject}: ${issue.message}.`;
    }
    default:
      return `${place.subject}: ${issue.message}.`;
  }
}
