import { randomUUID } from 'node:crypto';
import nodeFs from 'node:fs';
import path from 'node:path';
import type {
  SessionEnd,
  SessionProgress,
  SessionRecorder,
  SessionResume,
  SessionStart,
} from '../playback/session-recorder';
import {
  DEVICE_ID,
  NEWLINE,
  isScore,
  type DamagedPart,
  type JournalEvent,
  type LoadedHistory,
  type PainCheckinEvent,
  type SessionRecord,
} from './journal-format';
import type { BodyArea } from '../../content/vocabulary';
import {
  journalError,
  syncFolderWith,
  writeAll,
  type JournalAction,
  type JournalFs,
} from './journal-files';
import { JournalReader } from './journal-reader';

/**
 * Session history as an append-only journal: one JSON line per event,
 * one file per year and device, `<dir>/history/sessions-<year>.<deviceId>.jsonl`.
 *
 * Recording appends one line to an fd kept open and fsyncs it, so its cost does not depend on
 * how much history there is, and an acknowledged event survives a crash or a power cut. A
 * device writes only its own files, so a folder synced between computers never has two
 * writers on one file; load() merges every device's files by time.
 */

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
  private readonly reader: JournalReader;
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
    this.reader = new JournalReader(this.historyDir, this.deviceId, this.fs, (file) =>
      this.release(file),
    );
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
        ...(start.choices ? { choices: start.choices } : {}),
      },
      'recordSession',
    );
    this.startedHere.add(start.sessionId);
  }

  resumed(resume: SessionResume): void {
    this.append(
      {
        ...this.base(resume.at),
        type: 'session-resumed',
        sessionId: resume.sessionId,
        stepIndex: resume.stepIndex,
      },
      'recordSession',
    );
    // Running again through this instance: not interrupted while it plays.
    this.startedHere.add(resume.sessionId);
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
      'recordSession',
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
      'recordSession',
    );
  }

  // --- What the user adds -------------------------------------------------------------------

  /** Pain on the 0-10 numeric rating scale; a second check-in of the same kind replaces it. */
  checkIn(
    sessionId: string,
    when: 'before' | 'after',
    score: number,
    areas: readonly BodyArea[] = [],
  ): void {
    if (!isScore(score)) throw new RangeError(`A pain score is a whole number from 0 to 10.`);
    const event: PainCheckinEvent = {
      ...this.base(this.now()),
      type: 'pain-checkin',
      sessionId,
      when,
      score,
    };
    if (areas.length > 0) event.areas = [...new Set(areas)];
    this.append(event, 'savePainScore');
  }

  /** An empty text clears the note. */
  setNote(sessionId: string, text: string): void {
    this.append(
      { ...this.base(this.now()), type: 'note', sessionId, text: text.trim() },
      'saveNote',
    );
  }

  /** Hides the session everywhere; its events stay in the journal (append-only). */
  deleteSession(sessionId: string): void {
    this.append({ ...this.base(this.now()), type: 'session-deleted', sessionId }, 'deleteSession');
  }

  // --- Reading ------------------------------------------------------------------------------

  /**
   * Every device's sessions, merged in time order. Damaged lines in this device's files are
   * moved to `<file>.damaged` (never deleted); other devices' files are only read.
   */
  load(): LoadedHistory {
    const { folded, unknownEvents, damaged } = this.reader.read();
    // Damage left in place (another device's file) is found by every read: count it once.
    const seen = new Set<string>();
    const found = [...this.pendingDamage, ...damaged].filter((part) => {
      const key = `${part.file}|${part.where}|${part.bytes}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    this.pendingDamage = [];
    return { sessions: folded.sessions, unknownEvents, damaged: found };
  }

  /**
   * Marks this device's sessions that started and never ended (the app crashed or the power
   * went) as interrupted, at their last checkpoint, and returns them so the app can offer to
   * resume from lastStepIndex. Call once at start-up, before recording new sessions.
   */
  recoverInterrupted(): SessionRecord[] {
    const recovered: SessionRecord[] = [];
    const { folded, damaged } = this.reader.read();
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
        'recordInterrupted',
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

  /** Closes the handle on one file (about to be replaced); the next append opens it again. */
  private release(file: string): void {
    const fd = this.fds.get(file);
    if (fd === undefined) return;
    this.fds.delete(file);
    this.fs.closeSync(fd);
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

  private append(event: JournalEvent, action: JournalAction): void {
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
      writeAll(this.fs, fd, bytes);
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
      const made = this.fs.mkdirSync(this.historyDir, { recursive: true });
      // A new history folder's own name must reach the disk too.
      if (made !== undefined) syncFolderWith(this.fs, path.dirname(this.historyDir));
      this.dirMade = true;
    }
    // 'a+' rather than 'a' only to read the last byte below.
    const fd = this.fs.openSync(file, 'a+');
    try {
      const size = this.fs.fstatSync(fd).size;
      // A new file: its name reaches the disk now, before the first line is acknowledged.
      if (size === 0) syncFolderWith(this.fs, this.historyDir);
      if (size > 0) {
        const last = Buffer.alloc(1);
        this.fs.readSync(fd, last, 0, 1, size - 1);
        // A torn line from a crash that no load() has set aside yet: a new line must never be
        // glued onto it, so it is closed off, and the next load() moves it aside.
        if (last[0] !== NEWLINE) writeAll(this.fs, fd, Buffer.from('\n'));
      }
    } catch (error) {
      this.fs.closeSync(fd);
      throw error;
    }
    this.fds.set(file, fd);
    return fd;
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
}
