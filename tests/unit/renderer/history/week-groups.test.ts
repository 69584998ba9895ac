import { describe, expect, it } from 'vitest';
import { groupByWeek, mondayOf, weekLabel } from '../../../../renderer/history/week-groups';

/** Local time, as the app shows it: month is 1-based here for readability. */
const at = (y: number, m: number, d: number, h = 12, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const session = (startedAt: number, completedSeconds = 300) => ({ startedAt, completedSeconds });

// Wednesday 12 November 2025, mid-morning.
const NOW = new Date(2025, 10, 12, 10, 0);

describe('mondayOf', () => {
  it('gives local midnight of the Monday on or before the day', () => {
    expect(mondayOf(new Date(2025, 10, 12, 10))).toEqual(new Date(2025, 10, 10));
    // Monday itself, at the first and the last minute.
    expect(mondayOf(new Date(2025, 10, 10, 0, 0))).toEqual(new Date(2025, 10, 10));
    expect(mondayOf(new Date(2025, 10, 10, 23, 59))).toEqual(new Date(2025, 10, 10));
    // Sunday belongs to the week before: weeks start on Monday.
    expect(mondayOf(new Date(2025, 10, 16, 23, 59))).toEqual(new Date(2025, 10, 10));
    expect(mondayOf(new Date(2025, 10, 9, 23, 59))).toEqual(new Date(2025, 10, 3));
  });

  it('crosses months and years', () => {
    expect(mondayOf(new Date(2026, 0, 1))).toEqual(new Date(2025, 11, 29));
    expect(mondayOf(new Date(2025, 2, 1))).toEqual(new Date(2025, 1, 24));
  });
});

describe('weekLabel', () => {
  it('names this week, last week, then the Monday', () => {
    expect(weekLabel(new Date(2025, 10, 10), NOW, 'en-GB')).toBe('This week');
    expect(weekLabel(new Date(2025, 10, 3), NOW, 'en-GB')).toBe('Last week');
    expect(weekLabel(new Date(2025, 9, 27), NOW, 'en-GB')).toBe('Week of 27 October');
  });

  it('adds the year for a week in another year', () => {
    expect(weekLabel(new Date(2024, 11, 30), NOW, 'en-GB')).toBe('Week of 30 December 2024');
  });
});

describe('groupByWeek', () => {
  it('puts Sunday night and Monday morning in different weeks, newest first', () => {
    const groups = groupByWeek(
      [
        session(at(2025, 11, 9, 23, 30)), // Sunday, last week
        session(at(2025, 11, 10, 0, 10)), // Monday, this week
        session(at(2025, 11, 12, 9)), // Wednesday, this week
        session(at(2025, 10, 28)), // three weeks back
      ],
      NOW,
      'en-GB',
    );
    expect(groups.map((g) => [g.label, g.sessions.length])).toEqual([
      ['This week', 2],
      ['Last week', 1],
      ['Week of 27 October', 1],
    ]);
    // Newest first within a week too.
    expect(groups[0]!.sessions.map((s) => s.startedAt)).toEqual([
      at(2025, 11, 12, 9),
      at(2025, 11, 10, 0, 10),
    ]);
  });

  it('counts days with practice, once a day, as the weekly goal does', () => {
    const [week] = groupByWeek(
      [
        session(at(2025, 11, 10, 8)),
        session(at(2025, 11, 10, 18)), // the same day again
        session(at(2025, 11, 11, 8)),
        session(at(2025, 11, 12, 8), 0), // stopped before anything played
      ],
      NOW,
    );
    expect(week!.sessions).toHaveLength(4);
    expect(week!.daysActive).toBe(2);
  });

  it('is empty with no sessions', () => {
    expect(groupByWeek([], NOW)).toEqual([]);
  });
});
