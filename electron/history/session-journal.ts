import { randomUUID } from 'node:crypto';
import nodeFs from 'node:fs';
import path from 'node:path';
import type {
  SessionEnd,
  SessionProgress,
  SessionRecorder,
  SessionStart,
} from '../playback/session-recorder';
import { errnoOf, UserError, whyWriteFailed } from '../errors/user-error';
import { foldEvents, type Folded } from './journal-fold';
import {
  DEVICE_ID,
  FILE_NAME,
  NEWLINE,
  isScore,
  parseLines,
  type DamagedPart,
  type JournalEvent,
  type LoadedHistory,
  type SessionRecord,
  type UnknownEvent,
} from './journal-format';

/**
 * Session history as an append-only journal: one JSON line per event,
 * one file per year and device, `<dir>/history/sessions-<year>.<deviceId>.jsonl`.
 *
 * Recording appends one line to an fd kept open and fsyncs it, so its cost does not depend on
 * how much history there is, and an acknowledged event survives a crash or a power cut. A
 * device writes only its own files, so a folder synced between computers never has two
 * writers on one file; load() merges every device's files by time.
 */

// -------------------------------------------------------------------------------------------
// Errors and file system

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

function journalError(action: string, error: unknown): UserError {
  return new UserError('storage-failed', `Could not ${action}: ${whyWriteFailed(error)}.`, {
    cause: error,
  });
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
      if (errnoOf(error) === 'ENOENT') return [];
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
      if (errnoOf(error) !== 'ENOENT') throw journalError('read the session history', error);
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
