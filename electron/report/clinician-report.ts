import { calendarFor, isoDate, minutes, mondayOf, playedSeconds } from '../history/history-stats';
import type { SessionRecord } from '../history/journal-format';
import { painByArea, type AreaPain } from '../history/pain-by-area';
import { ReliefTally, round, type ReliefRow } from '../history/relief-tally';

/**
 * What goes in the report for a clinician, from the user's own history for a period they
 * choose. Pure (the date and zone come in), so every figure in it can be checked against
 * History in a test. It claims nothing beyond the record: averages of the user's own scores,
 * counts of what they played, the notes they chose and the cautions they set.
 */

export interface ReportRequest {
  /** First and last day of the period, YYYY-MM-DD in the user's zone, both included. */
  from: string;
  to: string;
  /** Sessions whose notes the user chose to include. */
  noteSessionIds: readonly string[];
}

export interface ReportContext {
  sessions: readonly SessionRecord[];
  now: Date;
  timeZone?: string;
  /** The cautions the user set (health answers, areas avoided, gentle mode), in words. */
  cautions: readonly string[];
  /** The techniques a routine uses, in words; empty for a routine no longer here. */
  techniquesOf: (routineId: string) => readonly string[];
}

export interface ReportWeek {
  weekStart: string;
  sessions: number;
  minutes: number;
  /** Average pain before and after over the week's check-ins, one decimal. */
  painBefore?: number;
  painAfter?: number;
}

export interface ClinicianReport {
  from: string;
  to: string;
  madeOn: string;
  sessions: number;
  minutes: number;
  completed: number;
  /** Sessions with a score before and after. */
  scoredBoth: number;
  painBefore?: number;
  painAfter?: number;
  weeks: ReportWeek[];
  areas: AreaPain[];
  helped: ReliefRow[];
  notHelped: ReliefRow[];
  routines: { title: string; sessions: number; minutes: number }[];
  techniques: { name: string; sessions: number }[];
  notes: { date: string; routine: string; text: string }[];
  cautions: string[];
}

const DAY_MS = 86_400_000;
const dayOfIso = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

class Average {
  private sum = 0;
  private count = 0;
  add(value: number | undefined): void {
    if (value === undefined) return;
    this.sum += value;
    this.count += 1;
  }
  get value(): number | undefined {
    return this.count > 0 ? round(this.sum / this.count, 1) : undefined;
  }
}

function setIfDefined<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (value !== undefined) target[key] = value;
}

export function buildReport(request: ReportRequest, context: ReportContext): ClinicianReport {
  const calendar = calendarFor(context.timeZone);
  const first = dayOfIso(request.from);
  const last = dayOfIso(request.to);
  const inPeriod = context.sessions
    .filter((session) => {
      const day = calendar.day(session.startedAt);
      return day >= first && day <= last;
    })
    .sort((a, b) => a.startedAt - b.startedAt);

  // Every week the period touches, Monday first, even a week with nothing in it.
  const weeks = new Map<number, { week: ReportWeek; before: Average; after: Average }>();
  for (let monday = mondayOf(first); monday <= last; monday += 7) {
    weeks.set(monday, {
      week: { weekStart: isoDate(monday), sessions: 0, minutes: 0 },
      before: new Average(),
      after: new Average(),
    });
  }
  const before = new Average();
  const after = new Average();
  const reliefs = new ReliefTally();
  const routines = new Map<string, { title: string; sessions: number; seconds: number }>();
  const techniques = new Map<string, number>();
  let seconds = 0;
  let completed = 0;
  let scoredBoth = 0;

  for (const session of inPeriod) {
    const played = playedSeconds(session);
    const slot = weeks.get(mondayOf(calendar.day(session.startedAt)));
    seconds += played;
    if (session.status === 'completed') completed += 1;
    if (slot) {
      slot.week.sessions += 1;
      slot.week.minutes += played;
      slot.before.add(session.painBefore);
      slot.after.add(session.painAfter);
    }
    before.add(session.painBefore);
    after.add(session.painAfter);
    if (session.painBefore !== undefined && session.painAfter !== undefined) {
      scoredBoth += 1;
      reliefs.add(session, session.painBefore, session.painAfter);
    }
    const routine = routines.get(session.routineId) ?? { title: '', sessions: 0, seconds: 0 };
    // The latest name, as History shows it.
    routine.title = session.title;
    routine.sessions += 1;
    routine.seconds += played;
    routines.set(session.routineId, routine);
    for (const name of new Set(context.techniquesOf(session.routineId))) {
      techniques.set(name, (techniques.get(name) ?? 0) + 1);
    }
  }

  const chosen = new Set(request.noteSessionIds);
  const relief = reliefs.rows();
  const report: ClinicianReport = {
    from: request.from,
    to: request.to,
    madeOn: isoDate(calendar.day(context.now.getTime())),
    sessions: inPeriod.length,
    minutes: minutes(seconds),
    completed,
    scoredBoth,
    weeks: [...weeks.values()].map(({ week, before: b, after: a }) => {
      const row: ReportWeek = { ...week, minutes: minutes(week.minutes) };
      setIfDefined(row, 'painBefore', b.value);
      setIfDefined(row, 'painAfter', a.value);
      return row;
    }),
    areas: painByArea(inPeriod, (at) => isoDate(calendar.day(at))),
    helped: relief.filter((row) => row.meaningful),
    notHelped: relief.filter((row) => !row.meaningful),
    routines: [...routines.values()]
      .map(({ title, sessions, seconds: played }) => ({
        title,
        sessions,
        minutes: minutes(played),
      }))
      .sort((a, b) => b.sessions - a.sessions || a.title.localeCompare(b.title)),
    techniques: [...techniques]
      .map(([name, sessions]) => ({ name, sessions }))
      .sort((a, b) => b.sessions - a.sessions || a.name.localeCompare(b.name)),
    notes: inPeriod
      .filter((session) => session.note && chosen.has(session.sessionId))
      .map((session) => ({
        date: isoDate(calendar.day(session.startedAt)),
        routine: session.title,
        text: session.note ?? '',
      })),
    cautions: [...context.cautions],
  };
  setIfDefined(report, 'painBefore', before.value);
  setIfDefined(report, 'painAfter', after.value);
  return report;
}
