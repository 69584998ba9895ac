/**
 * History's sessions grouped by calendar week, newest week first. Pure: no DOM, no React, so
 * the week boundaries are unit-tested on their own.
 *
 * Weeks start on Monday, whatever the locale. Main's figures (the "This week" card, minutes
 * per week, the weekly goal and its streak in electron/history/history-stats.ts) all count
 * from Monday, so a list that started on Sunday in some locales would put a Sunday session
 * in a different "This week" from the card right above it. Monday is also the ISO 8601 week.
 * Days are local days, as main counts them with the system time zone.
 */

import { currentFormatLocale, i18n } from '../i18n/i18n';

/** The least a session needs here; the history record has more. */
export interface WeekSession {
  startedAt: number;
  /** Played time; a session with none (stopped during the count-in) was not practice. */
  completedSeconds: number;
}

export interface WeekGroup<S extends WeekSession> {
  /** The week's Monday as YYYY-MM-DD in local time: stable, for React keys. */
  key: string;
  /** Local midnight at the start of the week's Monday. */
  monday: Date;
  /** "This week", "Last week", or "Week of 9 November" ("… 2024" in another year). */
  label: string;
  /** Newest first. */
  sessions: S[];
  /** Days of the week with some practice, as the weekly goal counts them. */
  daysActive: number;
}

/** Local midnight of the Monday on or before `date`. Built from the date's parts, so a
 * daylight-saving change inside the week cannot shift it by an hour. */
export function mondayOf(date: Date): Date {
  const sinceMonday = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceMonday);
}

function localKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The week's name in the language shown; its date in `locale`, by default the user's. */
export function weekLabel(monday: Date, now: Date, locale: string = currentFormatLocale()): string {
  const thisMonday = mondayOf(now);
  const lastMonday = new Date(
    thisMonday.getFullYear(),
    thisMonday.getMonth(),
    thisMonday.getDate() - 7,
  );
  if (localKey(monday) === localKey(thisMonday)) return i18n.t('history:weekGroups.thisWeek');
  if (localKey(monday) === localKey(lastMonday)) return i18n.t('history:weekGroups.lastWeek');
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    ...(monday.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
  return i18n.t('history:weekGroups.weekOf', { date: format.format(monday) });
}

export function groupByWeek<S extends WeekSession>(
  sessions: readonly S[],
  now: Date,
  locale?: string,
): WeekGroup<S>[] {
  const weeks = new Map<string, { monday: Date; sessions: S[]; days: Set<string> }>();
  for (const session of sessions) {
    const started = new Date(session.startedAt);
    const monday = mondayOf(started);
    const key = localKey(monday);
    let week = weeks.get(key);
    if (!week) {
      week = { monday, sessions: [], days: new Set() };
      weeks.set(key, week);
    }
    week.sessions.push(session);
    if (session.completedSeconds > 0) week.days.add(localKey(started));
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([key, week]) => ({
      key,
      monday: week.monday,
      label: weekLabel(week.monday, now, locale),
      sessions: week.sessions.sort((a, b) => b.startedAt - a.startedAt),
      daysActive: week.days.size,
    }));
}
