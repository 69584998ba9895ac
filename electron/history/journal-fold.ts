import type { BodyArea } from '../../content/vocabulary';
import type {
  JournalEvent,
  SessionEndedEvent,
  SessionInterruptedEvent,
  SessionRecord,
  SessionStartedEvent,
  StepCompletedEvent,
} from './journal-format';

/**
 * Folds a journal's events into sessions: the furthest checkpoint wins, the first start is
 * final, and so is the first end or interruption after the last resume (a resumed session
 * goes on as the same session); deletions hide a session. Pure: the same events give the
 * same sessions.
 */

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
  areasBefore?: BodyArea[];
  areasAfter?: BodyArea[];
  note?: string;
  deleted: boolean;
}

function furthest(current: Progress | undefined, next: Progress): Progress {
  // Ties go to the later event (events arrive in time order).
  return current && current.completedSeconds > next.completedSeconds ? current : next;
}

export interface Folded {
  sessions: SessionRecord[];
  /** Per session, the time of its last start or checkpoint: when an interruption struck. */
  lastSeen: Map<string, number>;
}

export function foldEvents(events: readonly JournalEvent[]): Folded {
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
      case 'session-resumed':
        // Going on again: what ended or cut it off before is no longer how it ended.
        if (fold.end && fold.end.at <= event.at) fold.end = undefined;
        if (fold.interrupted && fold.interrupted.at <= event.at) fold.interrupted = undefined;
        break;
      case 'session-interrupted':
        fold.interrupted ??= event;
        break;
      case 'session-ended':
        // Its figures are final, even if a checkpoint with the same timestamp sorts after it.
        fold.end ??= event;
        break;
      case 'pain-checkin':
        // A second check-in of the same kind replaces the first, its areas too.
        if (event.when === 'before') {
          fold.painBefore = event.score;
          fold.areasBefore = event.areas;
        } else {
          fold.painAfter = event.score;
          fold.areasAfter = event.areas;
        }
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
    if (start.choices) record.choices = start.choices;
    const seen = fold.progress?.at ?? start.at;
    lastSeen.set(sessionId, seen);
    if (end) record.endedAt = end.at;
    else if (interrupted) record.endedAt = seen;
    if (fold.painBefore !== undefined) record.painBefore = fold.painBefore;
    if (fold.painAfter !== undefined) record.painAfter = fold.painAfter;
    if (fold.areasBefore) record.areasBefore = [...fold.areasBefore];
    if (fold.areasAfter) record.areasAfter = [...fold.areasAfter];
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
