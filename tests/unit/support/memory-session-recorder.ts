import type {
  SessionEnd,
  SessionProgress,
  SessionRecorder,
  SessionResume,
  SessionStart,
} from '../../../electron/playback/session-recorder';

export interface RecordedSession {
  start: SessionStart;
  /** The latest checkpoint; undefined until the first step starts. */
  lastCheckpoint: SessionProgress | undefined;
  /** Undefined while the session is running. */
  end: SessionEnd | undefined;
  /** Each time it went on again. */
  resumes?: SessionResume[];
}

function copyProgress<T extends SessionProgress>(progress: T): T {
  // The caller keeps mutating its own stepsDone as the session goes on.
  return { ...progress, stepsDone: [...progress.stepsDone] };
}

/** A recorder for tests: keeps every session in memory and refuses out-of-order records. */
export class MemorySessionRecorder implements SessionRecorder {
  private readonly list: RecordedSession[] = [];
  private readonly byId = new Map<string, RecordedSession>();

  /** In the order they started. */
  get sessions(): ReadonlyArray<RecordedSession> {
    return this.list;
  }

  session(sessionId: string): RecordedSession | undefined {
    return this.byId.get(sessionId);
  }

  started(start: SessionStart): void {
    if (this.byId.has(start.sessionId)) {
      throw new Error(`Session ${start.sessionId} was already started; ids must be unique.`);
    }
    const session: RecordedSession = {
      start: { ...start },
      lastCheckpoint: undefined,
      end: undefined,
    };
    this.list.push(session);
    this.byId.set(start.sessionId, session);
  }

  /** The same session going on: it is running again, its old end undone. */
  resumed(resume: SessionResume): void {
    const session = this.byId.get(resume.sessionId);
    if (!session) throw new Error(`Cannot resume unknown session ${resume.sessionId}.`);
    session.end = undefined;
    session.resumes = [...(session.resumes ?? []), { ...resume }];
  }

  checkpoint(progress: SessionProgress): void {
    this.running(progress.sessionId, 'checkpoint').lastCheckpoint = copyProgress(progress);
  }

  ended(end: SessionEnd): void {
    this.running(end.sessionId, 'end').end = copyProgress(end);
  }

  /** Throws rather than dropping a record that has no session to belong to. */
  private running(sessionId: string, what: string): RecordedSession {
    const session = this.byId.get(sessionId);
    if (!session) {
      throw new Error(`Cannot record the ${what} of unknown session ${sessionId}.`);
    }
    if (session.end) {
      throw new Error(
        `Cannot record the ${what} of session ${sessionId}: it already ended (${session.end.status}).`,
      );
    }
    return session;
  }
}
