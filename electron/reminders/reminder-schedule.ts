import type { WorkingHours, ScheduledReminder, Settings } from '../common/settings-schema';

/**
 * Reminder scheduling maths: pure (no fs, no Electron, no timers), so every rule is testable
 * with plain dates.
 *
 * All reminder times are LOCAL wall-clock times. An occurrence is always built with calendar
 * arithmetic, `new Date(y, m, d + k, hh, mm)`, never by adding multiples of 24 h, so a
 * reminder set for 08:00 stays at 08:00 local across a daylight-saving change. On the day a
 * clock springs forward, a time inside the skipped hour (02:30 in most of Europe) does not
 * exist; the Date constructor moves it forward by the gap (to 03:30), and the reminder fires
 * then rather than being lost. On the day a clock falls back, an ambiguous time resolves to
 * its first occurrence, so the reminder fires once.
 */

/** The settings the scheduler reads: the stored ones, so the two cannot drift. */
export type ReminderSettings = Pick<
  Settings,
  'reminders' | 'workingHours' | 'sittingNudgeMinutes' | 'pausedUntil'
>;
export type { WorkingHours, ScheduledReminder };

/** A reminder whose moment passed more than this long ago (the computer slept) is missed. */
export const DEFAULT_GRACE_MS = 10 * 60_000;
/** How many days ahead `nextReminder` looks (a full week plus today and one spare). */
export const LOOKAHEAD_DAYS = 8;
/** Idle time at or above which the user counts as away from the desk. */
export const AWAY_SECONDS = 5 * 60;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Minutes since local midnight for 'HH:MM' (also 'H:MM'); undefined when malformed. */
export function parseTime(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

/**
 * The local calendar day `offsetDays` after `day`'s, at hh:mm local: pure calendar
 * arithmetic (month and year roll over, DST does not shift the wall-clock time).
 */
export function atLocalTime(day: Date, offsetDays: number, hours: number, minutes: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + offsetDays, hours, minutes);
}

/**
 * Whether a local wall-clock moment lies inside working hours. Both ends are inclusive, so a
 * 17:00 reminder is kept with hours 09:00-17:00. An end before the start spans midnight
 * (22:00-06:00, a night shift). Disabled, malformed or equal start and end: no restriction
 * (a typo must not silently mute every reminder).
 */
export function isWithinWorkingHours(hours: WorkingHours, at: Date): boolean {
  if (!hours.enabled) return true;
  const start = parseTime(hours.start);
  const end = parseTime(hours.end);
  if (start === undefined || end === undefined || start === end) return true;
  const minute = at.getHours() * 60 + at.getMinutes();
  return start < end ? minute >= start && minute <= end : minute >= start || minute <= end;
}

/** Whether reminders are paused at `nowMs`. */
export function isPaused(settings: Pick<ReminderSettings, 'pausedUntil'>, nowMs: number): boolean {
  return settings.pausedUntil !== null && nowMs < settings.pausedUntil;
}

/**
 * The next enabled reminder occurrence strictly after `now`, skipping occurrences outside
 * working hours and before `pausedUntil`; null when none falls within LOOKAHEAD_DAYS. When
 * several reminders share the earliest moment, the first in the list wins (one notification,
 * not a burst).
 */
export function nextReminder(
  settings: ReminderSettings,
  now: Date,
): { reminder: ScheduledReminder; at: Date } | null {
  const nowMs = now.getTime();
  let best: { reminder: ScheduledReminder; at: Date } | null = null;
  for (const reminder of settings.reminders) {
    if (!reminder.enabled) continue;
    const minute = parseTime(reminder.time);
    if (minute === undefined) continue;
    for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset += 1) {
      // The weekday of the calendar day itself (its midnight may be skipped by DST, but the
      // constructor then lands later on the same day).
      const weekday = atLocalTime(now, offset, 0, 0).getDay();
      if (!reminder.days.includes(weekday)) continue;
      const at = atLocalTime(now, offset, Math.floor(minute / 60), minute % 60);
      const atMs = at.getTime();
      if (atMs <= nowMs) continue;
      if (best && atMs >= best.at.getTime()) break; // later days only get later
      if (settings.pausedUntil !== null && atMs < settings.pausedUntil) continue;
      if (!isWithinWorkingHours(settings.workingHours, at)) continue;
      best = { reminder, at };
      break;
    }
  }
  return best;
}

/**
 * 'early' before `at`; 'due' from `at` up to `graceMs` after it; 'missed' later than that
 * (the computer slept through it): a missed reminder must not fire late.
 */
export function isDue(at: Date, now: Date, graceMs = DEFAULT_GRACE_MS): 'due' | 'missed' | 'early' {
  const late = now.getTime() - at.getTime();
  if (late < 0) return 'early';
  return late > graceMs ? 'missed' : 'due';
}

/** "Pause for an hour": wall ms one hour from now (elapsed time, not wall-clock time). */
export function pausedUntilInOneHour(now: Date): number {
  return now.getTime() + HOUR_MS;
}

/**
 * "Pause for today": wall ms of the next local midnight (00:00 tomorrow, by the calendar,
 * so a DST change today does not move it). Midnight rather than a morning hour, because
 * working hours already keep the night quiet when the user wants that, and "today" should
 * mean today.
 */
export function pausedUntilTomorrow(now: Date): number {
  return atLocalTime(now, 1, 0, 0).getTime();
}

/**
 * The "sitting too long" nudge. Counts continuous activity from samples of the system idle
 * time: a sample with idle at or above AWAY_SECONDS (or a gap between samples that long, as
 * when the computer slept) means the user was away, and the count starts again. When the
 * count reaches `minutes`, one 'nudge' is returned; the next comes only after another full
 * period (or the snooze) of activity. `minutes` 0 (or less) never nudges.
 */
export class SittingTracker {
  private readonly periodMs: number;
  /** When the next nudge is due; null before the first sample. */
  private nextAt: number | null = null;
  private lastSample: number | null = null;

  constructor(readonly minutes: number) {
    this.periodMs = Number.isFinite(minutes) && minutes > 0 ? minutes * MINUTE_MS : 0;
  }

  sample(nowMs: number, idleSeconds: number): 'nudge' | null {
    if (this.periodMs === 0) return null;
    const gap = this.lastSample === null ? 0 : nowMs - this.lastSample;
    this.lastSample = nowMs;
    if (this.nextAt === null || idleSeconds >= AWAY_SECONDS || gap >= AWAY_SECONDS * 1000) {
      this.reset(nowMs);
      return null;
    }
    if (nowMs < this.nextAt) return null;
    this.nextAt = nowMs + this.periodMs;
    return 'nudge';
  }

  /** The next nudge comes `minutes` from now, if the user stays at the desk. */
  snooze(nowMs: number, minutes: number): void {
    if (this.periodMs === 0) return;
    this.nextAt = nowMs + Math.max(0, minutes) * MINUTE_MS;
  }

  /** Counts activity from `nowMs` afresh (the user was away, or has just moved). */
  reset(nowMs: number): void {
    this.lastSample = nowMs;
    this.nextAt = nowMs + this.periodMs;
  }
}
