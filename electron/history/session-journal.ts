import { randomUUID } from 'node:crypto';
import nodeFs from 'node:fs';
import path from 'node:path';
import type {
  SessionEnd,
  SessionProgress,
  SessionRecorder,
  SessionStart,
} from '../playback/session-recorder';

/**
 * Session history as an append-only journal (DESIGN.md section 3): one JSON line per event,
 * one file per year and device, `<dir>/history/sessions-<year>.<deviceId>.jsonl`.
 *
 * Recording appends one line to an fd kept open and fsyncs it, so its cost does not depend on
 * how much history there is, and an acknowledged event survives a crash or a power cut. A
 * device writes only its own files, so a folder synced between computers never has two
 * writers on one file; load() merges every device's files by time.
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
  note?: string;
  /** The step it was on at its last checkpoint (-1 while counting in): where to resume. */
  lastStepIndex: number;
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

// -------------------------------------------------------------------------------------------
// Errors and file system

/** A write that did not reach the disk; the message is fit to show as it is. */
export class JournalError extends Error {
  override readonly name = 'JournalError';
  /** The system error code (ENOSPC, EROFS...), when there is one. */
  readonly code: string | undefined;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = options.code;
  }
}

/** The calls the journal makes; tests pass a failing one to play a full disk. */
export type JournalFs = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'fstatSync'
  | 'fsyncSync'
  | 'ftruncateSync'
  | 'mkdirSync'
  | 'openSync'
  | 'readFileSync'
  | 'readSync'
  | 'readdirSync'
  | 'renameSync'
  | 'statSync'
  | 'truncateSync'
  | 'unlinkSync'
  | 'writeSync'
>;

export interface SessionJournalOptions {
  /** The app's data folder; the journal lives in its `history` subfolder. */
  dir: string;
  /** Stable per computer; letters, digits, '-' and '_' only, as it names files. */
  deviceId: string;
  /** Wall clock for check-ins, notes, deletions and recovery. Default Date.now. */
  now?: () => number;
  /** Event ids. Default crypto.randomUUID. */
  newId?: () => string;
  fs?: JournalFs;
}

/**
 * `sessions-<year>.<device>.jsonl`; anything between the device and `.jsonl` marks a sync
 * tool's conflict copy, which is read (its events count once) but never written.
 */
const FILE_NAME = /^sessions-(\d{4})\.([A-Za-z0-9_-]+)([^/\\]*)\.jsonl$/;
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const NEWLINE = 0x0a;

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function reasonFor(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full.';
    case 'EROFS':
      return 'the data folder is on a read-only disk.';
    case 'EACCES':
    case 'EPERM':
      return 'the data folder may not be written to.';
    case 'EIO':
      return 'the disk reported an error.';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return message.endsWith('.') ? message : `${message}.`;
    }
  }
}

function journalError(action: string, error: unknown): JournalError {
  return new JournalError(`Could not ${action}: ${reasonFor(error)}`, {
    code: errorCode(error),
    cause: error,
  });
}

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
const isScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10;

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
      return isString(line.routineId) && isString(line.title) && isSeconds(line.plannedSeconds)
        ? (line as unknown as SessionStartedEvent)
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
        ? (line as unknown as PainCheckinEvent)
        : undefined;
    case 'note':
      return isString(line.text) ? (line as unknown as NoteEvent) : undefined;
    case 'session-deleted':
      return line as unknown as SessionDeletedEvent;
    default:
      return undefined;
  }
}

interface ParsedLines {
  events: JournalEvent[];
  unknown: UnknownEvent[];
  /** Lines that are not JSON objects with a type: corrupt. */
  bad: { start: number; end: number }[];
  /** Bytes up to the end of the last complete line. */
  consumed: number;
}

function parseLines(content: Buffer): ParsedLines {
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

/** A checkpoint, or the interruption that repeats the last one. */
type Progress = StepCompletedEvent | SessionInterruptedEvent;

interface Fold {
  start?: SessionStartedEvent;
  /** The furthest checkpoint: played time only grows, so the most is the latest. */
  progress?: Progress;
  end?: SessionEndedEvent;
  interrupted?: SessionInterruptedEvent;
  painBefore?: number;
  painAfter?: number;
  note?: string;
  deleted: boolean;
}

function furthest(current: Progress | undefined, next: Progress): Progress {
  // Ties go to the later event (events arrive in time order).
  return current && current.completedSeconds > next.completedSeconds ? current : next;
}

interface Folded {
  sessions: SessionRecord[];
  /** Per session, the time of its last start or checkpoint: when an interruption struck. */
  lastSeen: Map<string, number>;
}

function foldEvents(events: readonly JournalEvent[]): Folded {
  const folds = new Map<string, Fold>();
  for (const event of events) {
    let fold = folds.get(event.sessionId);
    if (!fold) {
      fold = { deleted: false };
      folds.set(event.sessionId, fold);
    }
    switch (event.type) {
      case 'session-started':
        // A start seen twice (a copied file) keeps the first.
        fold.start ??= event;
        break;
      case 'step-completed':
        fold.progress = furthest(fold.progress, event);
        break;
      case 'session-interrupted':
        fold.interrupted ??= event;
        break;
      case 'session-ended':
        // Its figures are final, even if a checkpoint with the same timestamp sorts after it.
        fold.end ??= event;
        break;
      case 'pain-checkin':
        if (event.when === 'before') fold.painBefore = event.score;
        else fold.painAfter = event.score;
        break;
      case 'note':
        fold.note = event.text.length > 0 ? event.text : undefined;
        break;
      case 'session-deleted':
        fold.deleted = true;
        break;
    }
  }

  const sessions: SessionRecord[] = [];
  const lastSeen = new Map<string, number>();
  for (const [sessionId, fold] of folds) {
    // Events whose start is not here (not synced yet) wait on disk until it arrives.
    const start = fold.start;
    if (!start || fold.deleted) continue;
    const { end, interrupted } = fold;
    const progress = interrupted ? furthest(fold.progress, interrupted) : fold.progress;
    const record: SessionRecord = {
      sessionId,
      routineId: start.routineId,
      title: start.title,
      device: start.device,
      startedAt: start.at,
      plannedSeconds: start.plannedSeconds,
      completedSeconds: end?.completedSeconds ?? progress?.completedSeconds ?? 0,
      stepsDone: [...(end?.stepsDone ?? progress?.stepsDone ?? [])],
      status: end ? end.status : interrupted ? 'interrupted' : 'in-progress',
      lastStepIndex: end?.stepIndex ?? progress?.stepIndex ?? -1,
    };
    const seen = fold.progress?.at ?? start.at;
    lastSeen.set(sessionId, seen);
    if (end) record.endedAt = end.at;
    else if (interrupted) record.endedAt = seen;
    if (fold.painBefore !== undefined) record.painBefore = fold.painBefore;
    if (fold.painAfter !== undefined) record.painAfter = fold.painAfter;
    if (fold.note !== undefined) record.note = fold.note;
    sessions.push(record);
  }
  sessions.sort((a, b) =>
    a.startedAt !== b.startedAt
      ? b.startedAt - a.startedAt
      : a.sessionId < b.sessionId
        ? 1
        : a.sessionId > b.sessionId
          ? -1
          : 0,
  );
  return { sessions, lastSeen };
}

// -------------------------------------------------------------------------------------------
// The journal

interface ParsedFile {
  ino: number;
  mtimeMs: number;
  /** Bytes parsed: up to the end of the last complete line. */
  size: number;
  events: JournalEvent[];
  unknown: UnknownEvent[];
}

interface ScannedFile {
  events: JournalEvent[];
  unknown: UnknownEvent[];
  damaged: DamagedPart[];
}

export class SessionJournal implements SessionRecorder {
  readonly historyDir: string;
  private readonly deviceId: string;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly fs: JournalFs;
  /** One open fd per file written to, so an append is one write and one fsync. */
  private readonly fds = new Map<string, number>();
  /** Sessions started through this instance: still running, so never "interrupted". */
  private readonly startedHere = new Set<string>();
  private dirMade = false;
  /** What earlier loads parsed, per file, so the next reads only what was appended since. */
  private readonly parsed = new Map<string, ParsedFile>();
  /** Damage found by recoverInterrupted(), reported by the next load(). */
  private pendingDamage: DamagedPart[] = [];

  constructor(options: SessionJournalOptions) {
    if (!DEVICE_ID.test(options.deviceId)) {
      throw new RangeError(
        `The device id "${options.deviceId}" must be 1 to 64 letters, digits, '-' or '_'.`,
      );
    }
    this.historyDir = path.join(options.dir, 'history');
    this.deviceId = options.deviceId;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? randomUUID;
    this.fs = options.fs ?? nodeFs;
  }

  // --- SessionRecorder ----------------------------------------------------------------------

  started(start: SessionStart): void {
    this.append(
      {
        ...this.base(start.startedAt),
        type: 'session-started',
        sessionId: start.sessionId,
        routineId: start.routineId,
        title: start.title,
        plannedSeconds: start.plannedSeconds,
      },
      'record the session',
    );
    this.startedHere.add(start.sessionId);
  }

  checkpoint(progress: SessionProgress): void {
    this.append(
      {
        ...this.base(progress.at),
        type: 'step-completed',
        sessionId: progress.sessionId,
        stepIndex: progress.stepIndex,
        stepsDone: [...progress.stepsDone],
        completedSeconds: progress.completedSeconds,
      },
      'record the session',
    );
  }

  ended(end: SessionEnd): void {
    this.append(
      {
        ...this.base(end.at),
        type: 'session-ended',
        sessionId: end.sessionId,
        status: end.status,
        completedSeconds: end.completedSeconds,
        stepsDone: [...end.stepsDone],
        stepIndex: end.stepIndex,
      },
      'record the session',
    );
  }

  // --- What the user adds -------------------------------------------------------------------

  /** Pain on the 0-10 numeric rating scale; a second check-in of the same kind replaces it. */
  checkIn(sessionId: string, when: 'before' | 'after', score: number): void {
    if (!isScore(score)) throw new RangeError(`A pain score is a whole number from 0 to 10.`);
    this.append(
      { ...this.base(this.now()), type: 'pain-checkin', sessionId, when, score },
      'save the pain score',
    );
  }

  /** An empty text clears the note. */
  setNote(sessionId: string, text: string): void {
    this.append(
      { ...this.base(this.now()), type: 'note', sessionId, text: text.trim() },
      'save the note',
    );
  }

  /** Hides the session everywhere; its events stay in the journal (append-only). */
  deleteSession(sessionId: string): void {
    this.append(
      { ...this.base(this.now()), type: 'session-deleted', sessionId },
      'delete the session',
    );
  }

  // --- Reading ------------------------------------------------------------------------------

  /**
   * Every device's sessions, merged in time order. Damaged lines in this device's files are
   * moved to `<file>.damaged` (never deleted); other devices' files are only read.
   */
  load(): LoadedHistory {
    const { folded, unknownEvents, damaged } = this.read();
    const found = [...this.pendingDamage, ...damaged];
    this.pendingDamage = [];
    return { sessions: folded.sessions, unknownEvents, damaged: found };
  }

  private read(): { folded: Folded; unknownEvents: UnknownEvent[]; damaged: DamagedPart[] } {
    const events: JournalEvent[] = [];
    const unknownEvents: UnknownEvent[] = [];
    const damaged: DamagedPart[] = [];
    const seen = new Set<string>();
    for (const name of this.journalFiles()) {
      const scanned = this.scan(name);
      if (!scanned) continue;
      for (const event of scanned.events) {
        // The same event twice (a sync tool's copy of a file) counts once.
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        events.push(event);
      }
      for (const event of scanned.unknown) unknownEvents.push(event);
      damaged.push(...scanned.damaged);
    }
    events.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { folded: foldEvents(events), unknownEvents, damaged };
  }

  /**
   * Marks this device's sessions that started and never ended (the app crashed or the power
   * went) as interrupted, at their last checkpoint, and returns them so the app can offer to
   * resume from lastStepIndex. Call once at start-up, before recording new sessions.
   */
  recoverInterrupted(): SessionRecord[] {
    const recovered: SessionRecord[] = [];
    const { folded, damaged } = this.read();
    // The app reads damage from load(), which it may well call only after this.
    this.pendingDamage.push(...damaged);
    const { sessions, lastSeen } = folded;
    for (const session of sessions) {
      if (session.device !== this.deviceId || session.status !== 'in-progress') continue;
      if (this.startedHere.has(session.sessionId)) continue;
      this.append(
        {
          ...this.base(this.now()),
          type: 'session-interrupted',
          sessionId: session.sessionId,
          completedSeconds: session.completedSeconds,
          stepsDone: [...session.stepsDone],
          stepIndex: session.lastStepIndex,
        },
        'record the interrupted session',
      );
      recovered.push({
        ...session,
        status: 'interrupted',
        endedAt: lastSeen.get(session.sessionId) ?? session.startedAt,
      });
    }
    // load() lists newest first; the oldest was interrupted first.
    return recovered.reverse();
  }

  close(): void {
    for (const fd of this.fds.values()) {
      try {
        this.fs.closeSync(fd);
      } catch {
        // Every append was already fsynced; nothing is left to lose.
      }
    }
    this.fds.clear();
  }

  // --- Writing ------------------------------------------------------------------------------

  private base(at: number): { v: 1; id: string; at: number; device: string } {
    return { v: 1, id: this.newId(), at, device: this.deviceId };
  }

  private fileFor(at: number): string {
    const year = new Date(at).getFullYear();
    return path.join(this.historyDir, `sessions-${year}.${this.deviceId}.jsonl`);
  }

  private append(event: JournalEvent, action: string): void {
    const file = this.fileFor(event.at);
    const bytes = Buffer.from(`${JSON.stringify(event)}\n`, 'utf8');
    let fd: number;
    try {
      fd = this.open(file);
    } catch (error) {
      throw journalError(action, error);
    }
    let sizeBefore: number | undefined;
    try {
      sizeBefore = this.fs.fstatSync(fd).size;
      this.writeAll(fd, bytes);
      this.fs.fsyncSync(fd);
    } catch (error) {
      this.abandon(file, fd, sizeBefore);
      throw journalError(action, error);
    }
  }

  private open(file: string): number {
    const cached = this.fds.get(file);
    if (cached !== undefined) return cached;
    if (!this.dirMade) {
      this.fs.mkdirSync(this.historyDir, { recursive: true });
      this.dirMade = true;
    }
    // 'a+' rather than 'a' only to read the last byte below.
    const fd = this.fs.openSync(file, 'a+');
    try {
      const size = this.fs.fstatSync(fd).size;
      if (size > 0) {
        const last = Buffer.alloc(1);
        this.fs.readSync(fd, last, 0, 1, size - 1);
        // A torn line from a crash that no load() has set aside yet: a new line must never be
        // glued onto it, so it is closed off, and the next load() moves it aside.
        if (last[0] !== NEWLINE) this.writeAll(fd, Buffer.from('\n'));
      }
    } catch (error) {
      this.fs.closeSync(fd);
      throw error;
    }
    this.fds.set(file, fd);
    return fd;
  }

  private writeAll(fd: number, bytes: Buffer): void {
    let offset = 0;
    while (offset < bytes.length) {
      offset += this.fs.writeSync(fd, bytes, offset, bytes.length - offset);
    }
  }

  /**
   * After a failed write: cut off whatever part of the line got written, so the file still
   * ends on a whole line, and drop the fd, so the next append starts afresh.
   */
  private abandon(file: string, fd: number, sizeBefore: number | undefined): void {
    if (sizeBefore !== undefined) {
      try {
        this.fs.ftruncateSync(fd, sizeBefore);
      } catch {
        // The next open() closes off the torn line and the next load() sets it aside.
      }
    }
    try {
      this.fs.closeSync(fd);
    } catch {
      // Already unusable; dropping it is all that is left.
    }
    this.fds.delete(file);
  }

  // --- Loading ------------------------------------------------------------------------------

  private journalFiles(): string[] {
    let names: string[];
    try {
      names = this.fs.readdirSync(this.historyDir);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw journalError('read the session history', error);
    }
    return names.filter((name) => FILE_NAME.test(name)).sort();
  }

  private scan(name: string): ScannedFile | undefined {
    const file = path.join(this.historyDir, name);
    try {
      return this.scanFile(file, name);
    } catch (error) {
      // Gone since the listing (a sync tool replacing it): the next load sees its successor.
      if (errorCode(error) !== 'ENOENT') throw journalError('read the session history', error);
      this.parsed.delete(file);
      return undefined;
    }
  }

  private scanFile(file: string, name: string): ScannedFile {
    const stat = this.fs.statSync(file);
    const known = this.parsed.get(file);
    // Journals only grow, so a file seen before is read from where the last load stopped.
    if (known && known.ino === stat.ino && stat.size >= known.size) {
      if (stat.size === known.size && stat.mtimeMs === known.mtimeMs) {
        return { events: known.events, unknown: known.unknown, damaged: [] };
      }
      const tail = this.readFrom(file, known.size, stat.size - known.size);
      const lines = parseLines(tail);
      if (lines.bad.length === 0 && lines.consumed === tail.length) {
        for (const event of lines.events) known.events.push(event);
        for (const event of lines.unknown) known.unknown.push(event);
        known.size += tail.length;
        known.mtimeMs = stat.mtimeMs;
        return { events: known.events, unknown: known.unknown, damaged: [] };
      }
      // Damage in the new part: read it all again, so it can be set aside as usual.
    }

    const content = this.fs.readFileSync(file);
    const match = FILE_NAME.exec(name);
    const own = match?.[2] === this.deviceId && match[3] === '';
    const { events, unknown, bad, consumed } = parseLines(content);
    // No newline after the last bytes: the write never finished, so it was never acknowledged.
    const tornAt = consumed < content.length ? consumed : undefined;
    const damaged: DamagedPart[] = bad.map((part) => ({
      file,
      bytes: part.end - part.start,
      where: 'middle',
    }));
    if (tornAt !== undefined) {
      damaged.push({ file, bytes: content.length - tornAt, where: 'end' });
    }
    if (damaged.length > 0 && own && this.setAside(file, content, bad, tornAt)) {
      for (const part of damaged) part.movedTo = `${file}.damaged`;
      // Changed on disk: the next load reads it afresh.
      this.parsed.delete(file);
    } else {
      // Kept even with damage left in place, so a corrupt middle line is reported once a run.
      this.parsed.set(file, {
        ino: stat.ino,
        mtimeMs: stat.mtimeMs,
        size: consumed,
        events,
        unknown,
      });
    }
    return { events, unknown, damaged };
  }

  private readFrom(file: string, position: number, length: number): Buffer {
    const buffer = Buffer.alloc(length);
    const fd = this.fs.openSync(file, 'r');
    try {
      let filled = 0;
      while (filled < length) {
        const read = this.fs.readSync(fd, buffer, filled, length - filled, position + filled);
        if (read === 0) break;
        filled += read;
      }
      return buffer.subarray(0, filled);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  /**
   * Moves damaged bytes to `<file>.damaged`, copied and fsynced before the journal changes,
   * so a crash in between leaves them in both places rather than in neither.
   */
  private setAside(
    file: string,
    content: Buffer,
    bad: readonly { start: number; end: number }[],
    tornAt: number | undefined,
  ): boolean {
    const parts = bad.map((part) => content.subarray(part.start, part.end));
    if (tornAt !== undefined) {
      // Its own line in .damaged, whatever comes next.
      parts.push(Buffer.concat([content.subarray(tornAt), Buffer.from('\n')]));
    }
    try {
      this.appendDurably(`${file}.damaged`, Buffer.concat(parts));
      if (bad.length === 0 && tornAt !== undefined) {
        // The common case, a crash mid-append: cutting the tail is enough.
        this.fs.truncateSync(file, tornAt);
        return true;
      }
      this.rewriteWithout(file, content, bad, tornAt ?? content.length);
      return true;
    } catch {
      // Left where they are; the journal still loads, and the next load tries again.
      return false;
    }
  }

  private appendDurably(file: string, bytes: Buffer): void {
    const fd = this.fs.openSync(file, 'a');
    try {
      this.writeAll(fd, bytes);
      this.fs.fsyncSync(fd);
    } finally {
      this.fs.closeSync(fd);
    }
  }

  /** A corrupt line in the middle can only go by rewriting: a new file renamed over the old. */
  private rewriteWithout(
    file: string,
    content: Buffer,
    bad: readonly { start: number; end: number }[],
    goodEnd: number,
  ): void {
    const kept: Buffer[] = [];
    let from = 0;
    for (const part of bad) {
      kept.push(content.subarray(from, part.start));
      from = part.end;
    }
    kept.push(content.subarray(from, goodEnd));
    const temp = `${file}.${process.pid}.tmp`;
    try {
      const fd = this.fs.openSync(temp, 'w');
      try {
        this.writeAll(fd, Buffer.concat(kept));
        this.fs.fsyncSync(fd);
      } finally {
        this.fs.closeSync(fd);
      }
      // The open fd points at the old file, which the rename replaces.
      const open = this.fds.get(file);
      if (open !== undefined) {
        this.fds.delete(file);
        this.fs.closeSync(open);
      }
      this.fs.renameSync(temp, file);
    } catch (error) {
      try {
        this.fs.unlinkSync(temp);
      } catch {
        // Never created, or already renamed.
      }
      throw error;
    }
    this.syncDir();
  }

  /** Makes a rename durable; some platforms cannot fsync a folder, which is no reason to fail. */
  private syncDir(): void {
    try {
      const fd = this.fs.openSync(this.historyDir, 'r');
      try {
        this.fs.fsyncSync(fd);
      } finally {
        this.fs.closeSync(fd);
      }
    } catch {
      // Best effort.
    }
  }
}
