import { randomUUID } from 'node:crypto';
import type { Plan, PlannedCue, PlannedStep } from '../../content/planner';
import type { ClockCommand, ClockEvent, PlaybackSnapshot } from '../common/playback-schema';
import type { PlanChoices } from '../common/settings-schema';
import { realScheduler, type ClockScheduler } from './clock-scheduler';
import type { SessionProgress, SessionRecorder, SessionStatus } from './session-recorder';

/**
 * The routine clock: a state machine over a planned timeline.
 *
 *   idle -> (counting-in) -> playing <-> paused -> finished | stopped
 *
 * Every position is computed from a monotonic clock and an anchor (the monotonic time at
 * which the current step's elapsed time was 0), never by counting ticks. Step k of an
 * unpaused run is anchored at the exact end of step k-1, so timer latency never adds up.
 * One timer is armed at a time, for the next due moment; when it fires, every moment that is
 * due is processed in order and the next one is armed.
 *
 * Pure TypeScript (no Electron, no DOM), so it runs under plain Node in tests. Over 400
 * lines on purpose: one state machine, whose transitions read best side by side.
 */

export interface ClockOptions {
  /** Default: real timers (performance.now, Date.now, setTimeout). */
  scheduler?: ClockScheduler;
  recorder: SessionRecorder;
  onSnapshot: (snapshot: PlaybackSnapshot) => void;
  onEvent: (event: ClockEvent) => void;
  /**
   * Seconds before a step's end at which its outro line is spoken. Default: as planned
   * (the step's length less its outroAtSeconds); added time moves the outro with the end.
   */
  outroLeadSeconds?: (step: PlannedStep) => number;
  /** Default: crypto.randomUUID(). */
  newSessionId?: () => string;
}

export interface StartOptions {
  countInSeconds?: number;
  /** Kept with the session's start, so a resume can plan exactly the same steps. */
  choices?: PlanChoices;
  /**
   * Go on with a recorded session instead of starting a new one: the same id, from this
   * step of the same plan, with the steps it had done.
   */
  resume?: { sessionId: string; fromStepIndex: number; stepsDone: readonly string[] };
}

/** What 'add-time' gives the current step. */
export const ADD_TIME_SECONDS = 30;
/**
 * A cue, outro or count-in second that falls due more than this late (the machine slept,
 * the event loop was blocked) is skipped: a line spoken long after its moment misleads.
 */
export const LATE_LIMIT_MS = 2000;

type Moment =
  | { kind: 'count-in'; at: number; secondsLeft: number }
  | { kind: 'count-in-end'; at: number }
  | { kind: 'cue'; at: number; cue: PlannedCue }
  | { kind: 'outro'; at: number; text: string }
  | { kind: 'step-end'; at: number };

// Cue offsets are at 0.1 s precision; rounding keeps 0.3 * 1000 from becoming 300.00000000000006.
const cueMs = (cue: PlannedCue): number => Math.round(cue.atSeconds * 1000);

function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`No item at index ${index}.`);
  return item;
}

export class RoutineClock {
  private readonly scheduler: ClockScheduler;
  private readonly recorder: SessionRecorder;
  private readonly onSnapshot: (snapshot: PlaybackSnapshot) => void;
  private readonly onEvent: (event: ClockEvent) => void;
  private readonly outroLeadSeconds: (step: PlannedStep) => number;
  private readonly newSessionId: () => string;

  private status: PlaybackSnapshot['status'] = 'idle';
  private plan: Plan | null = null;
  private sessionId: string | null = null;
  /** Per step, including added time. */
  private lengthsMs: number[] = [];
  /** Per step, sorted by time. */
  private cues: PlannedCue[][] = [];
  private stepIndex = -1;
  /** Monotonic time at which the current step's (or the count-in's) elapsed time was 0. */
  private anchor = 0;
  /** The elapsed time held while paused or after the end. */
  private frozenMs = 0;
  private pausedFrom: 'counting-in' | 'playing' = 'playing';
  private countInTotal = 0;
  /** Index of the next count-in second to announce (0 announces countInTotal). */
  private countInNext = 0;
  private nextCue = 0;
  private outroDone = false;
  /** Played time before the current step; at the end, the whole played time. */
  private completedMs = 0;
  /** The step a start begins on: 0, or where a resumed session goes on. */
  private firstStep = 0;
  private stepsDone: string[] = [];
  private timer: { handle: unknown } | undefined;
  private disposed = false;

  constructor(options: ClockOptions) {
    this.scheduler = options.scheduler ?? realScheduler;
    this.recorder = options.recorder;
    this.onSnapshot = options.onSnapshot;
    this.onEvent = options.onEvent;
    this.outroLeadSeconds =
      options.outroLeadSeconds ??
      ((step) => (step.outroAtSeconds === null ? Number.NaN : step.seconds - step.outroAtSeconds));
    this.newSessionId = options.newSessionId ?? (() => randomUUID());
  }

  /** Plays a plan from its start, ending whatever was playing as 'stopped'. */
  start(plan: Plan, options: StartOptions = {}): PlaybackSnapshot {
    if (plan.steps.length === 0) {
      throw new RangeError(`Plan "${plan.routineId}" has no steps to play.`);
    }
    // The old session may have finished while its timer was late; record that first.
    this.processDue();
    if (this.isActive()) this.endSession('stopped', false);

    const countIn = Math.floor(options.countInSeconds ?? 0);
    const now = this.scheduler.now();
    const resume = options.resume;
    const first = resume ? Math.min(Math.max(0, resume.fromStepIndex), plan.steps.length - 1) : 0;
    this.plan = plan;
    this.sessionId = resume?.sessionId ?? this.newSessionId();
    this.firstStep = first;
    this.lengthsMs = plan.steps.map((step) => step.seconds * 1000);
    this.cues = plan.steps.map((step) => [...step.cues].sort((a, b) => cueMs(a) - cueMs(b)));
    this.stepIndex = -1;
    this.frozenMs = 0;
    // A resumed session stands where its step starts in the plan, its earlier steps done.
    this.completedMs = this.lengthsMs.slice(0, first).reduce((sum, ms) => sum + ms, 0);
    this.stepsDone = resume ? [...resume.stepsDone] : [];
    this.countInTotal = Number.isFinite(countIn) && countIn > 0 ? countIn : 0;
    this.countInNext = 0;
    if (resume) {
      this.recorder.resumed({
        sessionId: this.sessionId,
        stepIndex: first,
        at: this.scheduler.wallNow(),
      });
    } else {
      this.recorder.started({
        sessionId: this.sessionId,
        routineId: plan.routineId,
        title: plan.title,
        plannedSeconds: plan.totalSeconds,
        startedAt: this.scheduler.wallNow(),
        ...(options.choices ? { choices: options.choices } : {}),
      });
    }

    let snapshot: PlaybackSnapshot;
    if (this.countInTotal > 0) {
      this.status = 'counting-in';
      this.anchor = now;
      snapshot = this.emitSnapshot();
    } else {
      this.status = 'playing';
      snapshot = this.beginStep(first, now, true);
    }
    this.processDue();
    this.arm();
    return snapshot;
  }

  command(command: ClockCommand): PlaybackSnapshot {
    // A command can arrive before a late timer fires: catch up so it acts on the present.
    this.processDue();
    const snapshot = this.apply(command);
    this.processDue();
    this.arm();
    return snapshot;
  }

  snapshot(): PlaybackSnapshot {
    const countingIn = this.inCountIn();
    const stepMs = this.stepIndex >= 0 ? (this.lengthsMs[this.stepIndex] ?? 0) : 0;
    const limit = countingIn ? this.countInTotal * 1000 : stepMs;
    const stepElapsedMs = Math.min(limit, Math.max(0, this.elapsedMs()));
    const ended = this.status === 'finished' || this.status === 'stopped';
    let routineElapsedMs = this.completedMs;
    if (!ended && !countingIn) routineElapsedMs += stepElapsedMs;
    return {
      status: this.status,
      sessionId: this.sessionId,
      plan: this.plan,
      stepIndex: this.stepIndex,
      stepSeconds: stepMs / 1000,
      stepElapsedMs,
      routineElapsedMs,
      routineTotalMs: this.lengthsMs.reduce((sum, ms) => sum + ms, 0),
      countInSeconds: countingIn
        ? Math.max(0, Math.ceil((this.countInTotal * 1000 - stepElapsedMs) / 1000))
        : 0,
      at: this.scheduler.wallNow(),
    };
  }

  /** Stops the timer for good; the session is left as its last checkpoint recorded it. */
  dispose(): void {
    this.disposed = true;
    this.disarm();
  }

  // -------------------------------------------------------------------------------------------
  // Commands

  private apply(command: ClockCommand): PlaybackSnapshot {
    const now = this.scheduler.now();
    switch (command) {
      case 'pause':
        if (this.status !== 'playing' && this.status !== 'counting-in') break;
        this.frozenMs = now - this.anchor;
        this.pausedFrom = this.status;
        this.status = 'paused';
        return this.emitSnapshot();
      case 'resume':
        if (this.status !== 'paused') break;
        // Re-anchoring keeps exactly the remaining time the pause froze.
        this.anchor = now - this.frozenMs;
        this.status = this.pausedFrom;
        return this.emitSnapshot();
      case 'toggle':
        if (this.status === 'paused') return this.apply('resume');
        return this.apply('pause');
      case 'next':
        if (this.inCountIn()) {
          this.status = 'playing';
          return this.beginStep(0, now, true);
        }
        if (!this.inStep()) break;
        if (this.stepIndex + 1 >= this.lengthsMs.length) return this.endSession('finished', true);
        this.completedMs += this.stepElapsedNow();
        this.status = 'playing';
        return this.beginStep(this.stepIndex + 1, now, true);
      case 'previous':
      case 'restart-step': {
        if (!this.inStep()) break;
        this.completedMs += this.stepElapsedNow();
        const target = command === 'previous' ? Math.max(0, this.stepIndex - 1) : this.stepIndex;
        this.status = 'playing';
        return this.beginStep(target, now, true);
      }
      case 'add-time': {
        if (!this.inStep()) break;
        this.lengthsMs[this.stepIndex] = this.stepMs() + ADD_TIME_SECONDS * 1000;
        const outro = this.outroAt();
        // The outro closes the step, so one already spoken is said again before the new end.
        if (outro !== undefined && outro > this.stepElapsedNow()) this.outroDone = false;
        return this.emitSnapshot();
      }
      case 'stop':
        if (!this.isActive()) break;
        return this.endSession('stopped', true);
    }
    return this.snapshot();
  }

  // -------------------------------------------------------------------------------------------
  // Timeline

  /** Processes, in order, every moment due by now. */
  private processDue(): void {
    for (;;) {
      // Recomputed each time round: a listener may have issued a command meanwhile.
      const moment = this.nextMoment();
      if (!moment) return;
      const now = this.scheduler.now();
      const due = this.anchor + moment.at;
      if (now < due) return;
      const onTime = now - due <= LATE_LIMIT_MS;
      switch (moment.kind) {
        case 'count-in':
          this.countInNext += 1;
          if (onTime) this.onEvent({ type: 'count-in', secondsLeft: moment.secondsLeft });
          break;
        case 'count-in-end':
          this.status = 'playing';
          this.beginStep(this.firstStep, due, onTime || now < due + this.stepMsAt(this.firstStep));
          break;
        case 'cue':
          this.nextCue += 1;
          if (onTime) this.onEvent({ type: 'cue', stepIndex: this.stepIndex, cue: moment.cue });
          break;
        case 'outro':
          this.outroDone = true;
          if (onTime) this.onEvent({ type: 'outro', stepIndex: this.stepIndex, text: moment.text });
          break;
        case 'step-end': {
          const step = itemAt(this.requirePlan().steps, this.stepIndex);
          if (!this.stepsDone.includes(step.key)) this.stepsDone.push(step.key);
          this.completedMs += this.stepMs();
          const next = this.stepIndex + 1;
          if (next >= this.lengthsMs.length) {
            this.frozenMs = this.stepMs();
            this.endSession('finished', true, true);
            return;
          }
          // Anchored at the planned boundary, not at `now`: no drift, and after a sleep the
          // clock lands where it should be. Steps that passed entirely while it was late are
          // recorded as done but not announced.
          this.beginStep(next, due, onTime || now < due + this.stepMsAt(next));
          break;
        }
      }
    }
  }

  private nextMoment(): Moment | undefined {
    if (this.status === 'counting-in') {
      if (this.countInNext < this.countInTotal) {
        return {
          kind: 'count-in',
          at: this.countInNext * 1000,
          secondsLeft: this.countInTotal - this.countInNext,
        };
      }
      return { kind: 'count-in-end', at: this.countInTotal * 1000 };
    }
    if (this.status !== 'playing') return undefined;
    // Ties go cue, then outro, then the end.
    let moment: Moment = { kind: 'step-end', at: this.stepMs() };
    const outro = this.outroDone ? undefined : this.outroAt();
    if (outro !== undefined && outro <= moment.at) {
      moment = { kind: 'outro', at: outro, text: this.currentStep().outro };
    }
    const cue = this.cues[this.stepIndex]?.[this.nextCue];
    if (cue && cueMs(cue) <= moment.at) moment = { kind: 'cue', at: cueMs(cue), cue };
    return moment;
  }

  /** When the current step's outro is due, from the step start; undefined when it has none. */
  private outroAt(): number | undefined {
    const step = this.currentStep();
    if (!step.outro) return undefined;
    const stepMs = this.stepMs();
    const lead = this.outroLeadSeconds(step);
    // Not spoken (narration detail "cues only").
    if (Number.isNaN(lead)) return undefined;
    const leadMs = Number.isFinite(lead) && lead > 0 ? lead * 1000 : 0;
    if (stepMs < leadMs) return undefined;
    const cues = this.cues[this.stepIndex] ?? [];
    const last = cues.length > 0 ? cueMs(itemAt(cues, cues.length - 1)) : 0;
    return Math.max(stepMs - leadMs, Math.min(last, stepMs), 0);
  }

  /** Makes `index` the current step, its elapsed time 0 at `anchor`. */
  private beginStep(index: number, anchor: number, announce: boolean): PlaybackSnapshot {
    this.stepIndex = index;
    this.anchor = anchor;
    this.nextCue = 0;
    this.outroDone = false;
    if (!announce) return this.snapshot();
    const snapshot = this.emitSnapshot();
    this.onEvent({ type: 'step-start', stepIndex: index });
    this.recorder.checkpoint(this.progress());
    return snapshot;
  }

  /**
   * `emit` false: a new start() replaces the session, and its snapshot follows at once.
   * `whole` true: completedMs already holds the last step (a natural end).
   */
  private endSession(kind: 'finished' | 'stopped', emit: boolean, whole = false): PlaybackSnapshot {
    if (!whole) {
      const played = this.inStep() ? this.stepElapsedNow() : 0;
      this.frozenMs = this.inCountIn() ? 0 : played;
      this.completedMs += played;
    }
    this.status = kind;
    this.disarm();
    const status: SessionStatus = kind === 'finished' ? 'completed' : 'stopped';
    const snapshot = emit ? this.emitSnapshot() : this.snapshot();
    if (kind === 'finished' && emit) this.onEvent({ type: 'finished' });
    this.recorder.ended({ ...this.progress(), status });
    return snapshot;
  }

  private progress(): SessionProgress {
    const playing = this.inStep();
    const played = this.completedMs + (playing ? this.stepElapsedNow() : 0);
    return {
      sessionId: this.requireSession(),
      stepIndex: this.stepIndex,
      stepsDone: [...this.stepsDone],
      completedSeconds: Math.round(played) / 1000,
      at: this.scheduler.wallNow(),
    };
  }

  // -------------------------------------------------------------------------------------------
  // The single timer

  private arm(): void {
    this.disarm();
    if (this.disposed) return;
    const moment = this.nextMoment();
    if (!moment) return;
    const delay = Math.max(0, Math.ceil(this.anchor + moment.at - this.scheduler.now()));
    const timer: { handle: unknown } = { handle: undefined };
    timer.handle = this.scheduler.setTimeout(() => {
      if (this.timer !== timer) return;
      this.timer = undefined;
      // Re-armed even when a listener throws, so one bad listener cannot stall the routine.
      try {
        this.processDue();
      } finally {
        this.arm();
      }
    }, delay);
    this.timer = timer;
  }

  private disarm(): void {
    if (!this.timer) return;
    this.scheduler.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }

  // -------------------------------------------------------------------------------------------
  // State helpers

  private emitSnapshot(): PlaybackSnapshot {
    const snapshot = this.snapshot();
    this.onSnapshot(snapshot);
    return snapshot;
  }

  private isActive(): boolean {
    return this.status === 'counting-in' || this.status === 'playing' || this.status === 'paused';
  }

  private inCountIn(): boolean {
    return (
      this.status === 'counting-in' ||
      (this.status === 'paused' && this.pausedFrom === 'counting-in')
    );
  }

  private inStep(): boolean {
    return this.status === 'playing' || (this.status === 'paused' && this.pausedFrom === 'playing');
  }

  private elapsedMs(): number {
    const running = this.status === 'playing' || this.status === 'counting-in';
    return running ? this.scheduler.now() - this.anchor : this.frozenMs;
  }

  private stepElapsedNow(): number {
    return Math.min(this.stepMs(), Math.max(0, this.elapsedMs()));
  }

  private requirePlan(): Plan {
    if (!this.plan) throw new Error('The routine clock has no plan.');
    return this.plan;
  }

  private requireSession(): string {
    if (this.sessionId === null) throw new Error('The routine clock has no session.');
    return this.sessionId;
  }

  private currentStep(): PlannedStep {
    return itemAt(this.requirePlan().steps, this.stepIndex);
  }

  private stepMs(): number {
    return this.stepMsAt(this.stepIndex);
  }

  private stepMsAt(index: number): number {
    return itemAt(this.lengthsMs, index);
  }
}
