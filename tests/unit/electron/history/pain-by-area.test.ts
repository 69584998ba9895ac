import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../../electron/history/history-stats';
import { painByArea } from '../../../../electron/history/pain-by-area';
import { sessionOn } from '../../support/session-record';

const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const session = sessionOn;

const LOW_BACK = { routineId: 'low-back', title: 'Low back at the desk' };

describe('pain by area', () => {
  it('averages the scores given where an area was marked, and lists its pain over time', () => {
    const rows = painByArea(
      [
        session('2025-03-12', { painBefore: 4, painAfter: 2, areasBefore: ['neck'] }),
        session('2025-03-10', {
          painBefore: 6,
          painAfter: 3,
          areasBefore: ['neck', 'lower-back'],
          areasAfter: ['neck'],
        }),
        // A score without areas says nothing about any area.
        session('2025-03-11', { painBefore: 9 }),
      ],
      dateOf,
    );
    expect(rows.map((row) => row.area)).toEqual(['neck', 'lower-back']);
    const [neck, back] = rows;
    expect(neck).toMatchObject({ sessions: 2, averageBefore: 5, averageAfter: 3 });
    expect(neck?.trend).toEqual([
      { date: '2025-03-10', before: 6, after: 3 },
      { date: '2025-03-12', before: 4 },
    ]);
    expect(back).toMatchObject({ sessions: 1, averageBefore: 6 });
    expect(back && 'averageAfter' in back).toBe(false);
  });

  it('judges a routine for an area by the sessions that started with that area marked', () => {
    const neckDays = ['2025-03-03', '2025-03-04', '2025-03-05'];
    const rows = painByArea(
      [
        // The neck routine eases the neck by 3 points...
        ...neckDays.map((date) =>
          session(date, { painBefore: 6, painAfter: 3, areasBefore: ['neck'] }),
        ),
        // ...while the low-back routine, on days the neck hurt too, eases it by 1.
        ...neckDays.map((date) =>
          session(date, {
            painBefore: 5,
            painAfter: 4,
            areasBefore: ['neck', 'lower-back'],
            ...LOW_BACK,
          }),
        ),
      ],
      dateOf,
    );
    const neck = rows.find((row) => row.area === 'neck');
    expect(
      neck?.whatHelps.map((row) => [row.routineId, row.averageRelief, row.meaningful]),
    ).toEqual([
      ['neck', 3, true],
      ['low-back', 1, false],
    ]);
    const back = rows.find((row) => row.area === 'lower-back');
    expect(back?.whatHelps.map((row) => row.routineId)).toEqual(['low-back']);
  });

  it('needs three sessions scored before and after to say what helps an area', () => {
    const rows = painByArea(
      [
        session('2025-03-03', { painBefore: 6, painAfter: 1, areasBefore: ['jaw-face'] }),
        session('2025-03-04', { painBefore: 6, painAfter: 1, areasBefore: ['jaw-face'] }),
        session('2025-03-05', { painBefore: 6, areasBefore: ['jaw-face'] }),
      ],
      dateOf,
    );
    expect(rows[0]?.whatHelps).toEqual([]);
  });

  it('lists the areas marked most often first, ties in the order of the body map', () => {
    const rows = painByArea(
      [
        session('2025-03-03', { painBefore: 3, areasBefore: ['feet'] }),
        session('2025-03-04', { painBefore: 3, areasBefore: ['jaw-face', 'shoulders'] }),
        session('2025-03-05', { painBefore: 3, areasBefore: ['shoulders', 'neck'] }),
        session('2025-03-06', { painBefore: 3, areasBefore: ['shoulders'] }),
        session('2025-03-07', { painBefore: 3, areasBefore: ['neck'] }),
      ],
      dateOf,
    );
    expect(rows.map((row) => [row.area, row.sessions])).toEqual([
      ['shoulders', 3],
      ['neck', 2],
      ['jaw-face', 1],
      ['feet', 1],
    ]);
  });

  it('gives an area only the scores of the check-in where it was marked', () => {
    const rows = painByArea(
      [
        session('2025-03-10', {
          painBefore: 6,
          painAfter: 3,
          areasBefore: ['neck'],
          areasAfter: ['shoulders'],
        }),
        session('2025-03-11', { painBefore: 5, painAfter: 4, areasAfter: ['shoulders'] }),
      ],
      dateOf,
    );
    // toStrictEqual: a score that was not given is absent, not there as undefined.
    expect(rows).toStrictEqual([
      {
        area: 'shoulders',
        sessions: 2,
        averageAfter: 3.5,
        trend: [
          { date: '2025-03-10', after: 3 },
          { date: '2025-03-11', after: 4 },
        ],
        whatHelps: [],
      },
      {
        area: 'neck',
        sessions: 1,
        averageBefore: 6,
        trend: [{ date: '2025-03-10', before: 6 }],
        whatHelps: [],
      },
    ]);
  });

  it('counts no area for a check-in that was not scored', () => {
    const rows = painByArea(
      [
        session('2025-03-10', { areasBefore: ['neck'], painAfter: 2 }),
        session('2025-03-11', { painBefore: 4, areasAfter: ['feet'] }),
      ],
      dateOf,
    );
    expect(rows).toEqual([]);
  });

  it('comes with the history statistics, dated in the user’s zone', () => {
    const late = Date.parse('2025-03-10T23:30:00Z');
    const stats = computeStats(
      [{ ...session('2025-03-10', { painBefore: 5, areasBefore: ['neck'] }), startedAt: late }],
      { now: new Date('2025-03-12T12:00:00Z'), weeklyGoalDays: 3, timeZone: 'Europe/Berlin' },
    );
    expect(stats.painByArea[0]?.trend).toEqual([{ date: '2025-03-11', before: 5 }]);
  });
});
