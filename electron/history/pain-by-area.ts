import { BODY_AREAS, type BodyArea } from '../../content/vocabulary';
import type { SessionRecord } from './journal-format';
import { ReliefTally, round, type ReliefRow } from './relief-tally';

/**
 * Pain by body area, from the areas the user tapped at check-in. Pure: the dates come in as a
 * function, so the calendar (and its time zone) stays in history-stats.ts.
 *
 * A routine is judged for an area by the sessions that started with that area marked and were
 * scored after: a neck routine by neck pain, whatever else hurt that day. The after score
 * counts whether or not the area was tapped again (an area that stopped hurting is often
 * not tapped).
 */

export interface AreaPain {
  area: BodyArea;
  /** Sessions with the area marked at either check-in. */
  sessions: number;
  /** Average pain before, over the sessions that started with the area marked. */
  averageBefore?: number;
  /** Average pain after, over the sessions that ended with the area marked. */
  averageAfter?: number;
  /** The area's pain over time, oldest first: the scores given where it was marked. */
  trend: { date: string; before?: number; after?: number }[];
  /** Routines judged by this area's pain, best relief first (at least 3 sessions each). */
  whatHelps: ReliefRow[];
}

interface Tally {
  sessions: number;
  beforeSum: number;
  beforeCount: number;
  afterSum: number;
  afterCount: number;
  trend: { at: number; date: string; before?: number; after?: number }[];
  reliefs: ReliefTally;
}

export function painByArea(
  sessions: readonly SessionRecord[],
  dateOf: (at: number) => string,
): AreaPain[] {
  const tallies = new Map<BodyArea, Tally>();
  for (const session of sessions) {
    const before = session.painBefore === undefined ? [] : (session.areasBefore ?? []);
    const after = session.painAfter === undefined ? [] : (session.areasAfter ?? []);
    for (const area of new Set([...before, ...after])) {
      let tally = tallies.get(area);
      if (!tally) {
        tally = {
          sessions: 0,
          beforeSum: 0,
          beforeCount: 0,
          afterSum: 0,
          afterCount: 0,
          trend: [],
          reliefs: new ReliefTally(),
        };
        tallies.set(area, tally);
      }
      tally.sessions += 1;
      const point: Tally['trend'][number] = {
        at: session.startedAt,
        date: dateOf(session.startedAt),
      };
      if (before.includes(area) && session.painBefore !== undefined) {
        point.before = session.painBefore;
        tally.beforeSum += session.painBefore;
        tally.beforeCount += 1;
        if (session.painAfter !== undefined) {
          tally.reliefs.add(session, session.painBefore, session.painAfter);
        }
      }
      if (after.includes(area) && session.painAfter !== undefined) {
        point.after = session.painAfter;
        tally.afterSum += session.painAfter;
        tally.afterCount += 1;
      }
      tally.trend.push(point);
    }
  }

  const rows: AreaPain[] = [];
  for (const [area, tally] of tallies) {
    const row: AreaPain = {
      area,
      sessions: tally.sessions,
      trend: tally.trend
        .sort((a, b) => a.at - b.at)
        .map((point) => {
          const entry: AreaPain['trend'][number] = { date: point.date };
          if (point.before !== undefined) entry.before = point.before;
          if (point.after !== undefined) entry.after = point.after;
          return entry;
        }),
      whatHelps: tally.reliefs.rows(),
    };
    if (tally.beforeCount > 0) row.averageBefore = round(tally.beforeSum / tally.beforeCount, 1);
    if (tally.afterCount > 0) row.averageAfter = round(tally.afterSum / tally.afterCount, 1);
    rows.push(row);
  }
  // The areas marked most often first; ties in the body map's order.
  return rows.sort(
    (a, b) => b.sessions - a.sessions || BODY_AREAS.indexOf(a.area) - BODY_AREAS.indexOf(b.area),
  );
}
