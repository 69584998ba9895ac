import { BODY_AREAS, type BodyArea } from '../../content/vocabulary';
/**
 * The journal's line format: the events one JSON line holds, the sessions they fold into, the
 * file names, and reading lines back without trusting them. No I/O here.
 */

// -------------------------------------------------------------------------------------------
// Events

interface EventBase {
  v: 1;
  id: string;
  /** Wall-clock ms since the epoch. */
  at: number;
  device: string;
}

export interface SessionStartedEvent extends EventBase {
  type: 'session-started';
  sessionId: string;
  routineId: string;
  title: string;
  plannedSeconds: number;
  /** The plan's choices (length, pace, intensity, areas, per-step), for an exact resume. */
  choices?: Record<string, unknown>;
}

/** The session goes on from a step: an end or interruption before this is no longer final. */
export interface SessionResumedEvent extends EventBase {
  type: 'session-resumed';
  sessionId: string;
  stepIndex: number;
}

/** The checkpoint written at every step change. */
export interface StepCompletedEvent extends EventBase {
  type: 'step-completed';
  sessionId: string;
  stepIndex: number;
  stepsDone: string[];
  completedSeconds: number;
}

export interface SessionEndedEvent extends EventBase {
  type: 'session-ended';
  sessionId: string;
  status: 'completed' | 'stopped';
  completedSeconds: number;
  stepsDone: string[];
  /** Beyond the documented format, so a line without it is as good. */
  stepIndex?: number;
}

export interface PainCheckinEvent extends EventBase {
  type: 'pain-checkin';
  sessionId: string;
  when: 'before' | 'after';
  score: number;
  /** Where it hurts, tapped on the body map (absent when none was tapped). */
  areas?: BodyArea[];
}

export interface NoteEvent extends EventBase {
  type: 'note';
  sessionId: string;
  text: string;
}

export interface SessionDeletedEvent extends EventBase {
  type: 'session-deleted';
  sessionId: string;
}

export interface SessionInterruptedEvent extends EventBase {
  type: 'session-interrupted';
  sessionId: string;
  completedSeconds: number;
  stepsDone: string[];
  stepIndex: number;
}

export type JournalEvent =
  | SessionStartedEvent
  | SessionResumedEvent
  | StepCompletedEvent
  | SessionEndedEvent
  | PainCheckinEvent
  | NoteEvent
  | SessionDeletedEvent
  | SessionInterruptedEvent;

/** A line this version does not understand (a newer app wrote it): kept, never dropped. */
export interface UnknownEvent {
  type: string;
  [key: string]: unknown;
}

// -------------------------------------------------------------------------------------------
// What load() returns

export type SessionRecordStatus = 'completed' | 'stopped' | 'interrupted' | 'in-progress';

export interface SessionRecord {
  sessionId: string;
  routineId: string;
  title: string;
  /** The device that played it. */
  device: string;
  startedAt: number;
  /** When it ended; for an interrupted session, its last checkpoint. */
  endedAt?: number;
  plannedSeconds: number;
  completedSeconds: number;
  stepsDone: string[];
  status: SessionRecordStatus;
  painBefore?: number;
  painAfter?: number;
  /** Where it hurt at each check-in, when the user tapped any areas. */
  areasBefore?: BodyArea[];
  areasAfter?: BodyArea[];
  note?: string;
  /** The step it was on at its last checkpoint (-1 while counting in): where to resume. */
  lastStepIndex: number;
  /** The choices its plan was made with (absent in sessions recorded before 0.2.0). */
  choices?: Record<string, unknown>;
}

export interface DamagedPart {
  /** The journal file the bytes came from. */
  file: string;
  bytes: number;
  /** 'end': a torn last line (a crash mid-write); 'middle': a corrupt line among good ones. */
  where: 'end' | 'middle';
  /**
   * Where the bytes were moved; undefined when they were left in place (another device's
   * file, which only that device rewrites, or a repair that failed).
   */
  movedTo?: string;
}

export interface LoadedHistory {
  /** Newest first; deleted sessions are left out. */
  sessions: SessionRecord[];
  unknownEvents: UnknownEvent[];
  damaged: DamagedPart[];
}

/**
 * `sessions-<year>.<device>.jsonl`; anything between the device and `.jsonl` marks a sync
 * tool's conflict copy, which is read (its events count once) but never written.
 */
export const FILE_NAME = /^sessions-(\d{4})\.([A-Za-z0-9_-]+)([^/\\]*)\.jsonl$/;
export const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const NEWLINE = 0x0a;

// -------------------------------------------------------------------------------------------
// Reading lines back

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isSeconds = (value: unknown): value is number => isNumber(value) && value >= 0;
const isIndex = (value: unknown): value is number => Number.isInteger(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(isString);
export const isScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;

const KNOWN_AREAS: ReadonlySet<string> = new Set(BODY_AREAS);

/**
 * A check-in keeps its score whatever its areas hold: an area a newer app knows, or a damaged
 * list, costs only that area, never the score the user gave.
 */
function withKnownAreas(event: PainCheckinEvent): PainCheckinEvent {
  const { areas, ...rest } = event;
  if (!Array.isArray(areas)) return rest;
  const known = [...new Set(areas.filter((area) => KNOWN_AREAS.has(area as string)))];
  return known.length > 0 ? { ...rest, areas: known } : rest;
}

function isProgress(line: Record<string, unknown>): boolean {
  return (
    isSeconds(line.completedSeconds) && isStringList(line.stepsDone) && isIndex(line.stepIndex)
  );
}

/**
 * The event a line holds, or undefined when this version cannot use it (an unknown type, or
 * a known type with fields it does not recognise, as a newer version might write).
 */
function asEvent(line: Record<string, unknown>): JournalEvent | undefined {
  if (line.v !== 1 || !isString(line.id) || !isNumber(line.at) || !isString(line.device)) {
    return undefined;
  }
  if (!isString(line.sessionId)) return undefined;
  switch (line.type) {
    case 'session-started':
      return isString(line.routineId) &&
        isString(line.title) &&
        isSeconds(line.plannedSeconds) &&
        (line.choices === undefined || isRecord(line.choices))
        ? (line as unknown as SessionStartedEvent)
        : undefined;
    case 'session-resumed':
      return isIndex(line.stepIndex) && (line.stepIndex as number) >= 0
        ? (line as unknown as SessionResumedEvent)
        : undefined;
    case 'step-completed':
    case 'session-interrupted':
      return isProgress(line) ? (line as unknown as JournalEvent) : undefined;
    case 'session-ended': {
      const statusOk = line.status === 'completed' || line.status === 'stopped';
      const progressOk =
        isSeconds(line.completedSeconds) &&
        isStringList(line.stepsDone) &&
        (line.stepIndex === undefined || isIndex(line.stepIndex));
      return statusOk && progressOk ? (line as unknown as SessionEndedEvent) : undefined;
    }
    case 'pain-checkin':
      return (line.when === 'before' || line.when === 'after') && isScore(line.score)
        ? withKnownAreas(line as unknown as PainCheckinEvent)
        : undefined;
    case 'note':
      return isString(line.text) ? (line as unknown as NoteEvent) : undefined;
    case 'session-deleted':
      return line as unknown as SessionDeletedEvent;
    default:
      return undefined;
  }
}

export interface ParsedLines {
  events: JournalEvent[];
  unknown: UnknownEvent[];
  /** Lines that are not JSON objects with a type: corrupt. */
  bad: { start: number; end: number }[];
  /** Bytes up to the end of the last complete line. */
  consumed: number;
}

export function parseLines(content: Buffer): ParsedLines {
  const events: JournalEvent[] = [];
  const unknown: UnknownEvent[] = [];
  const bad: { start: number; end: number }[] = [];
  let start = 0;
  while (start < content.length) {
    const newline = content.indexOf(NEWLINE, start);
    if (newline === -1) break;
    const text = content.toString('utf8', start, newline);
    if (text.trim() !== '') {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        value = undefined;
      }
      if (isRecord(value) && isString(value.type)) {
        const event = asEvent(value);
        if (event) events.push(event);
        else unknown.push(value as UnknownEvent);
      } else {
        bad.push({ start, end: newline + 1 });
      }
    }
    start = newline + 1;
  }
  return { events, unknown, bad, consumed: start };
}
