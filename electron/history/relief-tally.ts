import type { SessionRecord } from './journal-format';

/**
 * "What helps you": relief per routine, from sessions scored both before and after. Pure.
 * Shared by the routine list (history-stats.ts) and the per-area lists (pain-by-area.ts), so
 * a routine is judged by one rule wherever it is shown.
 */

export interface ReliefRow {
  routineId: string;
  title: string;
  checkIns: number;
  averageRelief: number;
  averageRelativeRelief: number;
  meaningful: boolean;
}

/** Below this many sessions scored before and after, an average says little. */
export const MIN_CHECK_INS = 3;
/** 2 points or 30 % of relief: the clinically important difference. */
const MEANINGFUL_RELIEF = 2;
const MEANINGFUL_RELATIVE_RELIEF = 0.3;

export const round = (value: number, digits: number): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

interface Relief {
  title: string;
  titleAt: number;
  checkIns: number;
  reliefSum: number;
  relativeSum: number;
  relativeCount: number;
}

export class ReliefTally {
  private readonly reliefs = new Map<string, Relief>();

  /** Counts a session scored before and after. */
  add(session: SessionRecord, before: number, after: number): void {
    let relief = this.reliefs.get(session.routineId);
    if (!relief) {
      relief = {
        title: session.title,
        titleAt: session.startedAt,
        checkIns: 0,
        reliefSum: 0,
        relativeSum: 0,
        relativeCount: 0,
      };
      this.reliefs.set(session.routineId, relief);
    }
    // A routine renamed since keeps its latest name.
    if (session.startedAt > relief.titleAt) {
      relief.title = session.title;
      relief.titleAt = session.startedAt;
    }
    relief.checkIns += 1;
    relief.reliefSum += before - after;
    // From no pain there is no share of it to relieve.
    if (before > 0) {
      relief.relativeSum += (before - after) / before;
      relief.relativeCount += 1;
    }
  }

  /** Routines with enough check-ins, best average relief first. */
  rows(): ReliefRow[] {
    const rows: ReliefRow[] = [];
    for (const [routineId, relief] of this.reliefs) {
      if (relief.checkIns < MIN_CHECK_INS) continue;
      // Judged on the rounded figures, so what the user reads and the mark always agree.
      const averageRelief = round(relief.reliefSum / relief.checkIns, 2);
      const averageRelativeRelief =
        relief.relativeCount > 0 ? round(relief.relativeSum / relief.relativeCount, 3) : 0;
      rows.push({
        routineId,
        title: relief.title,
        checkIns: relief.checkIns,
        averageRelief,
        averageRelativeRelief,
        meaningful:
          averageRelief >= MEANINGFUL_RELIEF || averageRelativeRelief >= MEANINGFUL_RELATIVE_RELIEF,
      });
    }
    return rows.sort(
      (a, b) =>
        b.averageRelief - a.averageRelief ||
        b.checkIns - a.checkIns ||
        a.title.localeCompare(b.title),
    );
  }
}
