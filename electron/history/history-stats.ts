import type { SessionRecord } from './journal-format';
import { painByArea, type AreaPain } from './pain-by-area';
import { ReliefTally, type ReliefRow } from './relief-tally';

/**
 * Statistics over session history. Pure: no I/O, no clock (`now` is passed in), so the
 * figures for a fixed history and date are always the same.
 *
 * Dates are calendar days in the user's time zone, held as day numbers (days since
 * 1970-01-01 on the calendar, not 24-hour multiples of ms), so a DST change never makes a day
 * 23 or 25 hours long or moves a session to the wrong day.
 */

export interface HistoryStats {
  thisWeek: { sessions: number; minutes: number };
  /**
   * Forgiving: a week counts when it has at least goalDays days with a session; the streak is
   * the run of such weeks ending with last week, plus this week once it meets the goal (a
   * week still under way never breaks it).
   */
  streak: { weeks: number; goalDays: number; daysThisWeek: number; metThisWeek: boolean };
  /** The last 12 weeks, this one last, zeros included. weekStart is a Monday, YYYY-MM-DD. */
  minutesPerWeek: { weekStart: string; minutes: number }[];
  /** 26 whole weeks of days, Monday to Sunday, oldest first; this week (to its Sunday) last. */
  heatmap: { date: string; minutes: number }[];
  /** One entry per session with a check-in, oldest first. */
  painTrend: { date: string; before?: number; after?: number }[];
  /**
   * Routines with at least 3 sessions scored both before and after, best average relief
   * first. Meaningful: 2 points or 30 % of relief, the clinically important difference.
   */
  whatHelps: ReliefRow[];
  /** Pain by the areas tapped at check-in, most often marked first (pain-by-area.ts). */
  painByArea: AreaPain[];
}

export interface StatsOptions {
  now: Date;
  /** Days a week with a session that make a week count; clamped to 1..7. */
  weeklyGoalDays: number;
  /** An IANA zone such as 'Europe/Paris'; default the system's. */
  timeZone?: string;
}

const DAY_MS = 86_400_000;
// Only the offset cache uses it (see there).
// Stryker disable next-line ArithmeticOperator
const WEEK_MS = 7 * DAY_MS;
const WEEKS_OF_MINUTES = 12;
const WEEKS_OF_HEATMAP = 26;

// -------------------------------------------------------------------------------------------
// Calendar

export interface Calendar {
  /** The calendar day (days since 1970-01-01) on which the instant falls. */
  day(ms: number): number;
  /** Minutes since that day's midnight. */
  minuteOfDay(ms: number): number;
}

/**
 * A calendar from a UTC-offset lookup, which is slow for a named zone (Intl, microseconds a
 * call). Offsets change a few times a year, so they are looked up at the ends of the week an
 * instant falls in (UTC weeks, cached): the same at both ends means no change in between.
 * Only a week with a change is looked into by day, and only the day of it by instant.
 * (Two changes within one week would fool this; no zone has had that in living memory.)
 */
// The cache below changes how often a zone is asked, never the answer: its mutants are
// equivalent (the same days come out, only slower), so mutation testing leaves it alone.
// Stryker disable all
function calendarFromOffsets(offsetAt: (ms: number) => number): Calendar {
  const known = new Map<number, number>();
  const offsetAtBoundary = (ms: number): number => {
    let offset = known.get(ms);
    if (offset === undefined) {
      offset = offsetAt(ms);
      known.set(ms, offset);
    }
    return offset;
  };
  const steadyOver = (ms: number, span: number): number | undefined => {
    const from = Math.floor(ms / span) * span;
    const offset = offsetAtBoundary(from);
    return offset === offsetAtBoundary(from + span) ? offset : undefined;
  };
  const wallMs = (ms: number): number =>
    ms + (steadyOver(ms, WEEK_MS) ?? steadyOver(ms, DAY_MS) ?? offsetAt(ms));
  // Stryker restore all
  return {
    day: (ms) => Math.floor(wallMs(ms) / DAY_MS),
    minuteOfDay: (ms) => {
      const wall = wallMs(ms);
      return Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / 60_000);
    },
  };
}

const systemOffset = (ms: number): number => -new Date(ms).getTimezoneOffset() * 60_000;

function zoneOffset(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (ms) => {
    const field: Record<string, number> = {};
    for (const part of format.formatToParts(ms)) {
      if (part.type !== 'literal') field[part.type] = Number(part.value);
    }
    const wall = Date.UTC(
      field.year ?? 1970,
      (field.month ?? 1) - 1,
      field.day ?? 1,
      field.hour ?? 0,
      field.minute ?? 0,
      field.second ?? 0,
    );
    return wall - (ms - (((ms % 1000) + 1000) % 1000));
  };
}

export function calendarFor(timeZone: string | undefined): Calendar {
  return calendarFromOffsets(timeZone === undefined ? systemOffset : zoneOffset(timeZone));
}

/** Monday of the day's week (1970-01-01 was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const pad2 = (value: number): string => String(value).padStart(2, '0');
export const minutes = (seconds: number): number => Math.round(seconds / 6) / 10;

/** Played time, pauses excluded; partial for stopped and interrupted sessions. */
export function playedSeconds(session: SessionRecord): number {
  const seconds = session.completedSeconds;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}

// -------------------------------------------------------------------------------------------
// Statistics

export function computeStats(
  sessions: readonly SessionRecord[],
  options: StatsOptions,
): HistoryStats {
  const calendar = calendarFor(options.timeZone);
  const goalDays = Math.min(7, Math.max(1, Math.round(options.weeklyGoalDays) || 1));
  const today = calendar.day(options.now.getTime());
  const thisMonday = mondayOf(today);
  const minutesFrom = thisMonday - (WEEKS_OF_MINUTES - 1) * 7;
  const heatmapFrom = thisMonday - (WEEKS_OF_HEATMAP - 1) * 7;
  const weekSeconds = new Float64Array(WEEKS_OF_MINUTES);
  const daySeconds = new Float64Array(WEEKS_OF_HEATMAP * 7);
  const activeDays = new Set<number>();
  let sessionsThisWeek = 0;
  let secondsThisWeek = 0;
  const trend: { at: number; day: number; before?: number; after?: number }[] = [];
  const reliefs = new ReliefTally();
  // Formatting a date is the slowest step left; sessions share days.
  const dates = new Map<number, string>();
  const dateOf = (day: number): string => {
    let date = dates.get(day);
    if (date === undefined) {
      date = isoDate(day);
      dates.set(day, date);
    }
    return date;
  };

  for (const session of sessions) {
    const day = calendar.day(session.startedAt);
    const seconds = playedSeconds(session);
    // A session stopped before anything played (during the count-in) is not practice.
    if (seconds > 0) {
      activeDays.add(day);
      if (day >= thisMonday && day < thisMonday + 7) {
        sessionsThisWeek += 1;
        secondsThisWeek += seconds;
      }
      const week = Math.floor((day - minutesFrom) / 7);
      // Typed arrays drop writes outside them, so these bounds only say what is meant: a
      // mutant that widens them changes nothing.
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator
      if (week >= 0 && week < WEEKS_OF_MINUTES)
        weekSeconds[week] = (weekSeconds[week] ?? 0) + seconds;
      const cell = day - heatmapFrom;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator
      if (cell >= 0 && cell < daySeconds.length)
        daySeconds[cell] = (daySeconds[cell] ?? 0) + seconds;
    }

    const { painBefore: before, painAfter: after } = session;
    if (before === undefined && after === undefined) continue;
    trend.push({ at: session.startedAt, day, before, after });

    if (before === undefined || after === undefined) continue;
    reliefs.add(session, before, after);
  }

  const weekDays = new Map<number, number>();
  for (const day of activeDays) {
    const monday = mondayOf(day);
    weekDays.set(monday, (weekDays.get(monday) ?? 0) + 1);
  }
  const daysThisWeek = weekDays.get(thisMonday) ?? 0;
  const metThisWeek = daysThisWeek >= goalDays;
  let streakWeeks = metThisWeek ? 1 : 0;
  for (let monday = thisMonday - 7; (weekDays.get(monday) ?? 0) >= goalDays; monday -= 7) {
    streakWeeks += 1;
  }

  const whatHelps = reliefs.rows();

  trend.sort((a, b) => a.at - b.at);
  return {
    thisWeek: { sessions: sessionsThisWeek, minutes: minutes(secondsThisWeek) },
    streak: { weeks: streakWeeks, goalDays, daysThisWeek, metThisWeek },
    minutesPerWeek: Array.from(weekSeconds, (seconds, index) => ({
      weekStart: isoDate(minutesFrom + index * 7),
      minutes: minutes(seconds),
    })),
    heatmap: Array.from(daySeconds, (seconds, index) => ({
      date: isoDate(heatmapFrom + index),
      minutes: minutes(seconds),
    })),
    painTrend: trend.map(({ day, before, after }) => {
      const entry: HistoryStats['painTrend'][number] = { date: dateOf(day) };
      if (before !== undefined) entry.before = before;
      if (after !== undefined) entry.after = after;
      return entry;
    }),
    whatHelps,
    painByArea: painByArea(sessions, (at) => dateOf(calendar.day(at))),
  };
}

// -------------------------------------------------------------------------------------------
// CSV export

const CSV_COLUMNS = [
  'date',
  'time',
  'routine',
  'status',
  'planned_min',
  'completed_min',
  'steps_done',
  'pain_before',
  'pain_after',
  'note',
] as const;

/**
 * RFC 4180, and safe to open in a spreadsheet: a cell that starts like a formula (= + - @,
 * their full-width forms, which some spreadsheets read as the same, or the white space some
 * apps strip first: tab, carriage return, line feed, space, no-break space) is prefixed
 * with ' so it is shown, never evaluated.
 */
const FORMULA_START = /^[=+\-@\t\r\n \u00a0\uff1d\uff0b\uff0d\uff20]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per session, oldest first, times in the user's zone; CRLF line ends. */
export function sessionsToCsv(
  sessions: readonly SessionRecord[],
  options: { timeZone?: string } = {},
): string {
  const calendar = calendarFor(options.timeZone);
  const rows = [CSV_COLUMNS.join(',')];
  const ordered = [...sessions].sort((a, b) => a.startedAt - b.startedAt);
  for (const session of ordered) {
    const minuteOfDay = calendar.minuteOfDay(session.startedAt);
    const cells = [
      isoDate(calendar.day(session.startedAt)),
      `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`,
      session.title,
      session.status,
      String(minutes(session.plannedSeconds)),
      String(minutes(playedSeconds(session))),
      String(session.stepsDone.length),
      session.painBefore === undefined ? '' : String(session.painBefore),
      session.painAfter === undefined ? '' : String(session.painAfter),
      session.note ?? '',
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
