import { tm } from '../i18n/main-i18n';
import enDesk from '../locales/en/desk.json' with { type: 'json' };
import {
  DEFAULT_GRACE_MS,
  SittingTracker,
  isDue,
  isPaused,
  isWithinWorkingHours,
  nextReminder,
  type ReminderSettings,
  type ScheduledReminder,
} from './reminder-schedule';

/**
 * Timers over the pure reminder schedule. No Electron import: the app injects the settings,
 * a wall-clock scheduler, the system idle time, the OS "quiet" state and a notify callback.
 *
 * - One timer for the next scheduled reminder, never armed for more than SAFETY_CHECK_MS:
 *   timers do not run while the computer sleeps, so the wall clock is re-read at least once
 *   a minute. A reminder found more than the grace period late is skipped, not fired late.
 * - One SAMPLE_MS timer for the sitting nudge, only while sittingNudgeMinutes > 0.
 * - A snooze timer per snoozed reminder, under the same sleep rule.
 *
 * Anything that comes due while the OS says "quiet" (do-not-disturb, a full-screen app),
 * while paused, or outside working hours is skipped, not queued.
 */

export interface ReminderNotice {
  kind: 'scheduled' | 'sitting';
  reminderId?: string;
  routineId: string | 'pick-for-me';
  title: string;
  body: string;
}

export interface ReminderScheduler {
  /** Wall ms (Date.now()): reminders are wall-clock times. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReminderServiceDeps {
  settings: () => ReminderSettings;
  scheduler: ReminderScheduler;
  /** powerMonitor.getSystemIdleTime in the app. */
  idleSeconds: () => number;
  /** Do-not-disturb or a full-screen app in front, where the OS tells. */
  isQuietNow: () => boolean;
  notify: (reminder: ReminderNotice) => void;
  /**
   * Optional: the notification title for a scheduled reminder ("Time for Neck and
   * shoulders"). Default: "Time for your routine", or "Time for a short routine" for
   * 'pick-for-me' (SCHEDULED_TITLE and PICK_FOR_ME_TITLE, in the language shown).
   */
  titleFor?: (reminder: ScheduledReminder) => string;
}

/**
 * The notification's words in English, as the catalog has them; a notice is worded with tm()
 * when it is made, in the language shown then.
 */
export const SCHEDULED_TITLE = enDesk.reminders.scheduledTitle;
export const PICK_FOR_ME_TITLE = enDesk.reminders.pickForMeTitle;
export const SCHEDULED_BODY = enDesk.reminders.scheduledBody;
export const SITTING_TITLE = enDesk.reminders.sittingTitle;
export const SITTING_BODY = enDesk.reminders.sittingBody;
/** The longest the scheduled-reminder timer is armed for, so a long sleep is noticed. */
export const SAFETY_CHECK_MS = 60_000;
/** How often the idle time is sampled for the sitting nudge. */
export const SAMPLE_MS = 60_000;

const MINUTE_MS = 60_000;

interface Timer {
  handle: unknown;
}

interface Snooze {
  notice: ReminderNotice;
  at: number;
  timer: Timer | undefined;
}

export class ReminderService {
  private readonly deps: ReminderServiceDeps;
  private started = false;
  private target: { reminder: ScheduledReminder; at: Date } | null = null;
  private scheduleTimer: Timer | undefined;
  private sampleTimer: Timer | undefined;
  private tracker: SittingTracker | null = null;
  private readonly snoozes = new Map<string, Snooze>();

  constructor(deps: ReminderServiceDeps) {
    this.deps = deps;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.plan();
    this.planSitting();
  }

  /** Settings changed: re-plans from now (nothing comes due because of the change itself). */
  refresh(): void {
    if (!this.started) return;
    this.plan();
    this.planSitting();
  }

  /**
   * Shows the same notice again after `minutes`. A sitting nudge is snoozed in the tracker
   * instead: it comes back after `minutes` only if the user is still at the desk.
   */
  snooze(minutes: 5 | 15 | 30, reminder: ReminderNotice): void {
    if (!this.started) return;
    const now = this.deps.scheduler.now();
    if (reminder.kind === 'sitting') {
      this.tracker?.snooze(now, minutes);
      return;
    }
    const key = `scheduled:${reminder.reminderId ?? reminder.routineId}`;
    const previous = this.snoozes.get(key);
    if (previous) this.disarm(previous.timer);
    const snooze: Snooze = {
      notice: { ...reminder },
      at: now + minutes * MINUTE_MS,
      timer: undefined,
    };
    this.snoozes.set(key, snooze);
    this.armSnooze(key, snooze);
  }

  /** The user just moved (a routine was played): the sitting count starts again. */
  noteMovement(): void {
    this.tracker?.reset(this.deps.scheduler.now());
  }

  stop(): void {
    this.started = false;
    this.target = null;
    this.disarm(this.scheduleTimer);
    this.scheduleTimer = undefined;
    this.disarm(this.sampleTimer);
    this.sampleTimer = undefined;
    for (const snooze of this.snoozes.values()) this.disarm(snooze.timer);
    this.snoozes.clear();
    this.tracker = null;
  }

  // -------------------------------------------------------------------------------------------
  // Scheduled reminders

  private plan(): void {
    this.target = nextReminder(this.deps.settings(), new Date(this.deps.scheduler.now()));
    this.armSchedule();
  }

  private armSchedule(): void {
    this.disarm(this.scheduleTimer);
    this.scheduleTimer = undefined;
    if (!this.started) return;
    // With no enabled reminder there is nothing to watch; refresh() re-plans.
    if (!this.deps.settings().reminders.some((reminder) => reminder.enabled)) return;
    const now = this.deps.scheduler.now();
    const untilTarget = this.target ? this.target.at.getTime() - now : SAFETY_CHECK_MS;
    const delay = Math.max(0, Math.min(untilTarget, SAFETY_CHECK_MS));
    const timer: Timer = { handle: undefined };
    timer.handle = this.deps.scheduler.setTimeout(() => {
      if (this.scheduleTimer !== timer) return;
      this.scheduleTimer = undefined;
      // Re-planned even when notify throws, so one failure cannot stop every reminder.
      try {
        this.processDue();
      } finally {
        this.plan();
      }
    }, delay);
    this.scheduleTimer = timer;
  }

  /**
   * Walks every planned occurrence up to now. Of those still inside the grace period only
   * the latest is shown (waking late must not bring a burst); missed ones are dropped.
   * The caller re-plans from now, which also follows a changed clock or time zone.
   */
  private processDue(): void {
    const settings = this.deps.settings();
    const now = new Date(this.deps.scheduler.now());
    let occurrence = this.target;
    let due: { reminder: ScheduledReminder; at: Date } | null = null;
    // Bounded: each step moves strictly later, and the walk stops at now.
    for (let guard = 0; occurrence && guard < 1000; guard += 1) {
      const state = isDue(occurrence.at, now, DEFAULT_GRACE_MS);
      if (state === 'early') break;
      if (state === 'due') due = occurrence;
      occurrence = nextReminder(settings, occurrence.at);
    }
    this.target = null;
    if (!due || !this.mayNotify(settings, now.getTime(), due.at)) return;
    this.deps.notify(this.scheduledNotice(due.reminder));
  }

  private scheduledNotice(reminder: ScheduledReminder): ReminderNotice {
    const title =
      this.deps.titleFor?.(reminder) ??
      (reminder.routineId === 'pick-for-me'
        ? tm('desk:reminders.pickForMeTitle')
        : tm('desk:reminders.scheduledTitle'));
    return {
      kind: 'scheduled',
      reminderId: reminder.id,
      routineId: reminder.routineId,
      title,
      body: tm('desk:reminders.scheduledBody'),
    };
  }

  /**
   * Paused, outside working hours or OS quiet: skipped, not queued. `at`: the moment judged
   * against working hours (a scheduled reminder's own time, so waking a minute late at the
   * end of the day does not drop it); default now.
   */
  private mayNotify(settings: ReminderSettings, nowMs: number, at = new Date(nowMs)): boolean {
    if (isPaused(settings, nowMs)) return false;
    if (!isWithinWorkingHours(settings.workingHours, at)) return false;
    return !this.deps.isQuietNow();
  }

  // -------------------------------------------------------------------------------------------
  // Snoozes

  private armSnooze(key: string, snooze: Snooze): void {
    const now = this.deps.scheduler.now();
    const delay = Math.max(0, Math.min(snooze.at - now, SAFETY_CHECK_MS));
    const timer: Timer = { handle: undefined };
    timer.handle = this.deps.scheduler.setTimeout(() => {
      if (snooze.timer !== timer || this.snoozes.get(key) !== snooze) return;
      snooze.timer = undefined;
      const nowMs = this.deps.scheduler.now();
      const state = isDue(new Date(snooze.at), new Date(nowMs), DEFAULT_GRACE_MS);
      if (state === 'early') {
        this.armSnooze(key, snooze);
        return;
      }
      this.snoozes.delete(key);
      if (state === 'missed') return;
      const settings = this.deps.settings();
      if (!this.snoozedStillWanted(settings, snooze.notice)) return;
      if (!this.mayNotify(settings, nowMs)) return;
      this.deps.notify({ ...snooze.notice });
    }, delay);
    snooze.timer = timer;
  }

  /** A reminder deleted or switched off since it was snoozed does not come back. */
  private snoozedStillWanted(settings: ReminderSettings, notice: ReminderNotice): boolean {
    if (notice.reminderId === undefined) return true;
    return settings.reminders.some(
      (reminder) => reminder.id === notice.reminderId && reminder.enabled,
    );
  }

  // -------------------------------------------------------------------------------------------
  // Sitting nudge

  private planSitting(): void {
    const minutes = this.deps.settings().sittingNudgeMinutes;
    const active = this.started && Number.isFinite(minutes) && minutes > 0;
    if (!active) {
      this.tracker = null;
      this.disarm(this.sampleTimer);
      this.sampleTimer = undefined;
      return;
    }
    // A new length starts the count afresh; the same length keeps the progress.
    if (!this.tracker || this.tracker.minutes !== minutes) {
      this.tracker = new SittingTracker(minutes);
      this.tracker.reset(this.deps.scheduler.now());
    }
    if (!this.sampleTimer) this.armSample();
  }

  private armSample(): void {
    const timer: Timer = { handle: undefined };
    timer.handle = this.deps.scheduler.setTimeout(() => {
      if (this.sampleTimer !== timer) return;
      this.sampleTimer = undefined;
      try {
        this.sample();
      } finally {
        if (this.started && this.tracker) this.armSample();
      }
    }, SAMPLE_MS);
    this.sampleTimer = timer;
  }

  private sample(): void {
    const tracker = this.tracker;
    if (!tracker) return;
    const now = this.deps.scheduler.now();
    if (tracker.sample(now, this.deps.idleSeconds()) !== 'nudge') return;
    if (!this.mayNotify(this.deps.settings(), now)) return;
    this.deps.notify({
      kind: 'sitting',
      routineId: 'pick-for-me',
      title: tm('desk:reminders.sittingTitle'),
      body: tm('desk:reminders.sittingBody'),
    });
  }

  private disarm(timer: Timer | undefined): void {
    if (timer) this.deps.scheduler.clearTimeout(timer.handle);
  }
}
