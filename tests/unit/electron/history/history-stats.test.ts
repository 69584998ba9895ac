import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeStats, sessionsToCsv } from '../../../../electron/history/history-stats';
import type { SessionRecord } from '../../../../electron/history/journal-format';
import { inZone } from '../../support/in-zone';
import { sessionAt } from '../../support/session-record';

const ZONE_PROBE = fileURLToPath(new URL('./zone-probe.ts', import.meta.url));

const at = (date: string, time = '09:00'): number => Date.parse(`${date}T${time}:00Z`);

const session = sessionAt;

/** Wednesday 2025-03-12 in the week of Monday 2025-03-10. */
const NOW = new Date(at('2025-03-12', '12:00'));
const UTC = { now: NOW, weeklyGoalDays: 3, timeZone: 'UTC' };

/** Days with a 10-minute session each. */
const onDays = (...dates: string[]): SessionRecord[] => dates.map((date) => session(at(date)));

describe('history statistics', () => {
  it("counts this week's sessions and minutes, partial credit included", () => {
    const stats = computeStats(
      [
        session(at('2025-03-10')),
        session(at('2025-03-11'), { status: 'stopped', completedSeconds: 150 }),
        session(at('2025-03-12', '08:00'), { status: 'interrupted', completedSeconds: 45 }),
        // Stopped during the count-in: nothing was played.
        session(at('2025-03-12'), { status: 'stopped', completedSeconds: 0 }),
        // Sunday of last week.
        session(at('2025-03-09', '23:59')),
      ],
      UTC,
    );
    expect(stats.thisWeek).toEqual({ sessions: 3, minutes: 13.3 });
  });

  describe('forgiving streak', () => {
    const metWeeks = [
      // Three weeks that met a goal of 3 days, with rest days between.
      ...onDays('2025-02-17', '2025-02-19', '2025-02-23'),
      ...onDays('2025-02-24', '2025-02-26', '2025-02-28', '2025-03-02'),
      ...onDays('2025-03-03', '2025-03-05', '2025-03-08'),
    ];

    it('is not broken by rest days, nor by a week still under way', () => {
      const stats = computeStats([...metWeeks, ...onDays('2025-03-11')], UTC);
      expect(stats.streak).toEqual({ weeks: 3, goalDays: 3, daysThisWeek: 1, metThisWeek: false });
    });

    it('counts this week once its goal is met', () => {
      const stats = computeStats(
        [...metWeeks, ...onDays('2025-03-10', '2025-03-11', '2025-03-12')],
        UTC,
      );
      expect(stats.streak).toEqual({ weeks: 4, goalDays: 3, daysThisWeek: 3, metThisWeek: true });
    });

    it('counts days, not sessions: two on one day make one day', () => {
      const twice = [session(at('2025-03-03', '08:00')), session(at('2025-03-03', '18:00'))];
      const stats = computeStats([...twice, ...onDays('2025-03-04')], UTC);
      expect(stats.streak.weeks).toBe(0);
    });

    it('ends at a week that missed the goal', () => {
      const missed = [
        // Met four weeks ago, then a week of only two days.
        ...onDays('2025-02-03', '2025-02-04', '2025-02-05'),
        ...onDays('2025-02-10', '2025-02-14'),
      ];
      expect(computeStats([...missed, ...metWeeks], UTC).streak.weeks).toBe(3);
      // Last week missed: whatever came before no longer counts.
      const lastWeekMissed = [...metWeeks.slice(0, 7), ...onDays('2025-03-04')];
      expect(computeStats(lastWeekMissed, UTC).streak.weeks).toBe(0);
      const thenThisWeek = [...lastWeekMissed, ...onDays('2025-03-10', '2025-03-11', '2025-03-12')];
      expect(computeStats(thenThisWeek, UTC).streak.weeks).toBe(1);
    });

    it('keeps the goal within 1 to 7 days', () => {
      expect(computeStats([], { ...UTC, weeklyGoalDays: 0 }).streak.goalDays).toBe(1);
      expect(computeStats([], { ...UTC, weeklyGoalDays: 12 }).streak.goalDays).toBe(7);
    });
  });

  it('gives minutes for each of the last 12 weeks, zeros included, oldest first', () => {
    const stats = computeStats(
      [
        session(at('2024-12-22')), // a day before the first of the 12 weeks
        session(at('2024-12-23'), { completedSeconds: 300 }),
        session(at('2025-01-15')),
        session(at('2025-01-16'), { status: 'stopped', completedSeconds: 90 }),
        session(at('2025-03-12')),
      ],
      UTC,
    );
    expect(stats.minutesPerWeek).toHaveLength(12);
    expect(stats.minutesPerWeek.map((week) => week.weekStart)).toEqual([
      '2024-12-23',
      '2024-12-30',
      '2025-01-06',
      '2025-01-13',
      '2025-01-20',
      '2025-01-27',
      '2025-02-03',
      '2025-02-10',
      '2025-02-17',
      '2025-02-24',
      '2025-03-03',
      '2025-03-10',
    ]);
    expect(stats.minutesPerWeek.map((week) => week.minutes)).toEqual([
      5, 0, 0, 11.5, 0, 0, 0, 0, 0, 0, 0, 10,
    ]);
  });

  it('draws a heat map of 26 whole weeks, Monday to Sunday, on local calendar days', () => {
    const stats = computeStats(
      [
        session(at('2024-09-15')), // before the map
        session(at('2024-09-16')),
        // 23:30 in New York is already the next day in UTC.
        session(Date.parse('2025-03-11T23:30:00-04:00'), { completedSeconds: 120 }),
      ],
      { ...UTC, timeZone: 'America/New_York' },
    );
    expect(stats.heatmap).toHaveLength(26 * 7);
    expect(stats.heatmap[0]).toEqual({ date: '2024-09-16', minutes: 10 });
    expect(stats.heatmap.at(-1)!.date).toBe('2025-03-16');
    const byDate = new Map(stats.heatmap.map((cell) => [cell.date, cell.minutes]));
    expect(byDate.get('2025-03-11')).toBe(2);
    expect(byDate.get('2025-03-12')).toBe(0);
    expect(stats.heatmap.reduce((sum, cell) => sum + cell.minutes, 0)).toBe(12);
  });

  it('keeps calendar days whole across DST changes', () => {
    for (const [timeZone, now, change] of [
      ['Europe/Paris', '2025-04-02T12:00:00+02:00', '2025-03-30'],
      ['Europe/Paris', '2024-10-30T12:00:00+01:00', '2024-10-27'],
      ['America/New_York', '2025-03-12T12:00:00-04:00', '2025-03-09'],
      ['Australia/Lord_Howe', '2025-04-09T12:00:00+10:30', '2025-04-06'],
    ] as const) {
      const options = { now: new Date(now), weeklyGoalDays: 3, timeZone };
      const zone = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
      // Just after midnight and just before the next one, on the day the clocks change.
      const dayStart = Date.parse(`${change}T00:00:00Z`) - 14 * 3_600_000;
      const sessions = Array.from({ length: 48 * 4 }, (_, index) =>
        session(dayStart + index * 15 * 60_000, { completedSeconds: 60 }),
      ).filter((item) => zone.format(item.startedAt) === change);
      const stats = computeStats(sessions, options);
      const dates = stats.heatmap.map((cell) => cell.date);
      expect(new Set(dates).size).toBe(dates.length);
      for (let index = 1; index < dates.length; index += 1) {
        const gap = Date.parse(dates[index]!) - Date.parse(dates[index - 1]!);
        expect(gap).toBe(86_400_000);
      }
      const cell = stats.heatmap.find((item) => item.date === change)!;
      expect(cell.minutes).toBe(sessions.length);
      expect(stats.heatmap.filter((item) => item.minutes > 0)).toHaveLength(1);
    }
  });

  describe('with the system time zone', () => {
    it('puts each session on the date and time a clock in that zone showed', () => {
      // Random instants from 2000 to 2035, so every DST change in between is likely crossed.
      let seed = 42;
      const random = () => {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        return seed / 2_147_483_648;
      };
      const from = Date.UTC(2000, 0, 1);
      const span = Date.UTC(2035, 0, 1) - from;
      const sessions = Array.from({ length: 3000 }, () =>
        session(from + Math.floor(random() * span), { completedSeconds: 60 }),
      );
      const zones = ['America/New_York', 'Asia/Kolkata', 'Europe/Paris', 'Pacific/Chatham'];
      for (const timeZone of zones) {
        // An independent oracle: Intl formats each instant on its own, no caching.
        const oracle = new Intl.DateTimeFormat('en-CA', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        });
        const expected = [...sessions]
          .sort((a, b) => a.startedAt - b.startedAt)
          .map((item) => oracle.format(item.startedAt).replace(', ', ','));
        const named = sessionsToCsv(sessions, { timeZone });
        const rows = named.split('\r\n').slice(1, -1);
        expect(rows.map((row) => row.split(',').slice(0, 2).join(','))).toEqual(expected);

        // With no zone given, the process's own zone is used: run in a process set to it.
        const now = new Date(Date.UTC(2025, 9, 26, 1, 30));
        const local = inZone<{ csv: string; stats: unknown }>(
          timeZone,
          ZONE_PROBE,
          'withProcessZone',
          {
            sessions,
            now: now.getTime(),
          },
        );
        expect(local.csv).toBe(named);
        expect(local.stats).toEqual(
          JSON.parse(JSON.stringify(computeStats(sessions, { now, weeklyGoalDays: 2, timeZone }))),
        );
      }
    });
  });

  it('plots pain per session with a check-in, oldest first', () => {
    const stats = computeStats(
      [
        session(at('2025-03-11'), { painBefore: 6, painAfter: 3 }),
        session(at('2025-03-10')),
        session(at('2025-03-09'), { painBefore: 7 }),
        session(at('2025-03-08'), { painAfter: 0 }),
      ],
      UTC,
    );
    expect(stats.painTrend).toStrictEqual([
      { date: '2025-03-08', after: 0 },
      { date: '2025-03-09', before: 7 },
      { date: '2025-03-11', before: 6, after: 3 },
    ]);
    // A score not given is left out, not written as undefined (the chart would draw a gap).
    expect(Object.keys(stats.painTrend[0]!)).toEqual(['date', 'after']);
    expect(Object.keys(stats.painTrend[1]!)).toEqual(['date', 'before']);
  });

  describe('what helps', () => {
    const scored = (routineId: string, title: string, pairs: [number, number][]) =>
      pairs.map(([before, after], index) =>
        session(at('2025-02-01') + index * 86_400_000, {
          routineId,
          title,
          painBefore: before,
          painAfter: after,
        }),
      );

    it('ranks routines with 3 or more before-and-after check-ins by average relief', () => {
      const sessions = [
        // 2 points on average: meaningful.
        ...scored('neck', 'Neck and shoulders', [
          [6, 4],
          [7, 5],
          [5, 3],
        ]),
        // 1 point, but a third of low pain: meaningful by the 30 % rule.
        ...scored('breath', 'Box breathing', [
          [3, 2],
          [3, 2],
          [4, 3],
        ]),
        // 1 point of high pain: not meaningful, ranked on more check-ins.
        ...scored('back', 'Low back', [
          [8, 7],
          [8, 7],
          [8, 7],
          [8, 7],
        ]),
        // Only two sessions scored both ways: too few to say.
        ...scored('wrist', 'Typing strain', [
          [9, 1],
          [9, 1],
        ]),
        session(at('2025-03-01'), { routineId: 'wrist', title: 'Typing strain', painBefore: 9 }),
      ];
      const stats = computeStats(sessions, UTC);
      expect(stats.whatHelps).toEqual([
        {
          routineId: 'neck',
          title: 'Neck and shoulders',
          checkIns: 3,
          averageRelief: 2,
          averageRelativeRelief: 0.34,
          meaningful: true,
        },
        {
          routineId: 'back',
          title: 'Low back',
          checkIns: 4,
          averageRelief: 1,
          averageRelativeRelief: 0.125,
          meaningful: false,
        },
        {
          routineId: 'breath',
          title: 'Box breathing',
          checkIns: 3,
          averageRelief: 1,
          averageRelativeRelief: 0.306,
          meaningful: true,
        },
      ]);
    });

    it('marks relief just under both thresholds as not meaningful', () => {
      const stats = computeStats(
        scored('neck', 'Neck', [
          [10, 8],
          [10, 8],
          [10, 9],
        ]),
        UTC,
      );
      expect(stats.whatHelps[0]).toMatchObject({
        averageRelief: 1.67,
        averageRelativeRelief: 0.167,
        meaningful: false,
      });
      const exactly30 = computeStats(
        scored('neck', 'Neck', [
          [10, 7],
          [10, 7],
          [10, 7],
        ]),
        UTC,
      );
      expect(exactly30.whatHelps[0]).toMatchObject({
        averageRelativeRelief: 0.3,
        meaningful: true,
      });
    });

    it('counts 2 points of relief as meaningful even when it is under 30 % of high pain', () => {
      const stats = computeStats(
        scored('neck', 'Neck', [
          [10, 8],
          [9, 7],
          [10, 8],
        ]),
        UTC,
      );
      expect(stats.whatHelps[0]).toMatchObject({
        averageRelief: 2,
        averageRelativeRelief: 0.207,
        meaningful: true,
      });
    });

    it('leaves a session scored only before, or only after, out of what helps', () => {
      const stats = computeStats(
        [
          ...scored('neck', 'Neck', [
            [6, 4],
            [6, 4],
          ]),
          session(at('2025-03-01'), { routineId: 'neck', title: 'Neck', painBefore: 6 }),
          session(at('2025-03-02'), { routineId: 'neck', title: 'Neck', painAfter: 0 }),
        ],
        UTC,
      );
      expect(stats.whatHelps).toEqual([]);
    });

    it('gives no relative relief, rather than an undefined one, when every check-in began at 0', () => {
      const stats = computeStats(
        scored('neck', 'Neck', [
          [0, 0],
          [0, 0],
          [0, 0],
        ]),
        UTC,
      );
      expect(stats.whatHelps[0]).toMatchObject({
        averageRelief: 0,
        averageRelativeRelief: 0,
        meaningful: false,
      });
    });

    it('counts exactly 30 % as meaningful when the points fall short of 2', () => {
      // 1.5 points on average, and exactly 30 % of pain at 5.
      const stats = computeStats(
        scored('neck', 'Neck', [
          [5, 4],
          [5, 3],
          [5, 4],
          [5, 3],
        ]),
        UTC,
      );
      expect(stats.whatHelps[0]).toMatchObject({
        averageRelief: 1.5,
        averageRelativeRelief: 0.3,
        meaningful: true,
      });
    });

    it('keeps the newest name whatever order the sessions come in', () => {
      const sessions = [
        session(at('2025-01-03'), { title: 'Newest name', painBefore: 4, painAfter: 2 }),
        session(at('2025-01-01'), { title: 'Old name', painBefore: 4, painAfter: 2 }),
        session(at('2025-01-02'), { title: 'Middle name', painBefore: 4, painAfter: 2 }),
      ];
      expect(computeStats(sessions, UTC).whatHelps[0]!.title).toBe('Newest name');
    });

    it('uses the latest name of a renamed routine and skips relative relief from no pain', () => {
      const sessions = [
        session(at('2025-01-01'), { title: 'Old name', painBefore: 0, painAfter: 0 }),
        session(at('2025-01-02'), { title: 'New name', painBefore: 4, painAfter: 2 }),
        session(at('2025-01-03'), { title: 'Newer name', painBefore: 4, painAfter: 2 }),
      ];
      expect(computeStats(sessions, UTC).whatHelps[0]).toMatchObject({
        title: 'Newer name',
        checkIns: 3,
        averageRelief: 1.33,
        averageRelativeRelief: 0.5,
        meaningful: true,
      });
    });
  });

  it('counts no practice from a session with a broken or negative played time', () => {
    const stats = computeStats(
      [
        session(at('2025-03-10'), { completedSeconds: Number.NaN }),
        session(at('2025-03-11'), { completedSeconds: -30 }),
        session(at('2025-03-11'), { completedSeconds: Number.POSITIVE_INFINITY }),
      ],
      UTC,
    );
    expect(stats.thisWeek).toEqual({ sessions: 0, minutes: 0 });
    expect(stats.streak.daysThisWeek).toBe(0);
    expect(stats.minutesPerWeek.every((week) => week.minutes === 0)).toBe(true);
    expect(stats.heatmap.every((day) => day.minutes === 0)).toBe(true);
  });

  it('leaves a session dated next week (another computer’s clock ahead) out of this week', () => {
    const stats = computeStats(
      [session(at('2025-03-17')), session(at('2025-03-16', '23:00'))],
      UTC,
    );
    expect(stats.thisWeek).toEqual({ sessions: 1, minutes: 10 });
    expect(stats.streak.daysThisWeek).toBe(1);
  });

  it('puts a session a millisecond before local midnight on its own day, in a named zone', () => {
    // 23:59:59.999 in Paris (UTC+1 in March) is 22:59:59.999 UTC.
    const late = Date.parse('2025-03-10T22:59:59.999Z');
    const stats = computeStats([session(late, { painBefore: 5, painAfter: 3 })], {
      ...UTC,
      timeZone: 'Europe/Paris',
    });
    expect(stats.painTrend).toEqual([{ date: '2025-03-10', before: 5, after: 3 }]);
  });

  it('reads a zone whose offset had seconds (Monrovia until 1972, −0:44:30)', () => {
    // Local midnight of 1960-01-16 was 00:44:30 UTC: a second before it is still the 15th.
    const midnight = Date.parse('1960-01-16T00:44:30Z');
    const monrovia = { ...UTC, timeZone: 'Africa/Monrovia' };
    const before = computeStats([session(midnight - 1000, { painAfter: 1 })], monrovia);
    expect(before.painTrend).toEqual([{ date: '1960-01-15', after: 1 }]);
    const onTheDot = computeStats([session(midnight, { painAfter: 1 })], monrovia);
    expect(onTheDot.painTrend).toEqual([{ date: '1960-01-16', after: 1 }]);
  });

  it('reads the system zone as the same zone named (in-process; other zones run in children)', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Every hour of three days, so at least one session sits either side of local midnight.
    const sessions = Array.from({ length: 72 }, (_, hour) =>
      session(at('2025-03-09', '00:00') + hour * 3_600_000, { painAfter: hour % 11 }),
    );
    const system = computeStats(sessions, { now: NOW, weeklyGoalDays: 3 });
    const named = computeStats(sessions, { now: NOW, weeklyGoalDays: 3, timeZone: zone });
    expect(system.painTrend).toEqual(named.painTrend);
    expect(system.heatmap).toEqual(named.heatmap);
  });

  // How long this takes is a figure, not a pass or fail here: npm run bench measures it
  // (stats_ms_over_20000, against its 50 ms bar) on a quiet machine.
  it('computes everything over 20,000 sessions, in the system zone and a named one alike', () => {
    const sessions: SessionRecord[] = [];
    const span = 4 * 365 * 86_400_000;
    for (let index = 0; index < 20_000; index += 1) {
      sessions.push(
        session(NOW.getTime() - Math.floor((span * index) / 20_000), {
          routineId: `routine-${index % 14}`,
          completedSeconds: 300 + (index % 600),
          painBefore: index % 3 === 0 ? undefined : 4 + (index % 5),
          painAfter: index % 4 === 0 ? undefined : 2 + (index % 4),
        }),
      );
    }
    const local = computeStats(sessions, { now: NOW, weeklyGoalDays: 3 });
    expect(local.whatHelps).toHaveLength(14);
    expect(local.minutesPerWeek.length).toBeGreaterThan(0);
    const paris = computeStats(sessions, { now: NOW, weeklyGoalDays: 3, timeZone: 'Europe/Paris' });
    expect(paris.whatHelps).toEqual(local.whatHelps);
  });
});

describe('CSV export', () => {
  it('writes one row per session, oldest first, with a header and CRLF line ends', () => {
    const csv = sessionsToCsv(
      [
        session(at('2025-03-11', '18:05'), {
          status: 'stopped',
          completedSeconds: 150,
          stepsDone: ['a'],
          painBefore: 6,
        }),
        session(at('2025-03-10', '07:30'), { painBefore: 5, painAfter: 2, note: 'Easier' }),
      ],
      { timeZone: 'UTC' },
    );
    expect(csv).toBe(
      'date,time,routine,status,planned_min,completed_min,steps_done,pain_before,pain_after,note\r\n' +
        '2025-03-10,07:30,Neck and shoulders,completed,10,10,3,5,2,Easier\r\n' +
        '2025-03-11,18:05,Neck and shoulders,stopped,10,2.5,1,6,,\r\n',
    );
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = sessionsToCsv(
      [session(at('2025-03-10'), { title: 'Neck, "gentle"', note: 'Line one\nline two' })],
      { timeZone: 'UTC' },
    );
    expect(csv.split('\r\n')[1]).toBe(
      '2025-03-10,09:00,"Neck, ""gentle""",completed,10,10,3,,,"Line one\nline two"',
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = ['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tTab', 'fine'].map(
      (note) =>
        sessionsToCsv([session(at('2025-03-10'), { note, title: note })], { timeZone: 'UTC' }),
    );
    const lastCells = rows.map((csv) => csv.split('\r\n')[1]!.split(',').at(-1));
    expect(lastCells).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      "'+1+2",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTab",
      'fine',
    ]);
    expect(rows[0]!.split('\r\n')[1]).toContain(`,"'=HYPERLINK(""http://x"")",completed,`);
  });

  it('defuses formulas behind white space, and in full-width forms', () => {
    for (const note of [' =1+1', '\u00a0=1+1', '\n=1+1', '\uff1d1+1', '\uff0b1', '\uff20SUM(A1)']) {
      const csv = sessionsToCsv([session(at('2025-03-10'), { note })], { timeZone: 'UTC' });
      // The note whole, after the apostrophe that keeps it text.
      expect(csv, JSON.stringify(note)).toContain(`'${note}`);
    }
  });
});
