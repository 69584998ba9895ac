import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inZone } from '../../support/in-zone';
import type { dstFacts } from './dst-probe';

const DST_PROBE = fileURLToPath(new URL('./dst-probe.ts', import.meta.url));
import {
  AWAY_SECONDS,
  DEFAULT_GRACE_MS,
  SittingTracker,
  atLocalTime,
  isDue,
  isPaused,
  isWithinWorkingHours,
  nextReminder,
  parseTime,
  pausedUntilInOneHour,
  pausedUntilTomorrow,
  type WorkingHours,
  type ReminderSettings,
  type ScheduledReminder,
} from '../../../../electron/reminders/reminder-schedule';

// ---------------------------------------------------------------------------------------------
// Fixtures. Every date is built with the LOCAL Date constructor and read back with local
// getters, so the tests hold in any process time zone. June 2025 has no DST change in any
// common zone; 2 June 2025 is a Monday.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [1, 2, 3, 4, 5];
const NO_HOURS: WorkingHours = { enabled: false, start: '09:00', end: '17:00' };

/** Local time on a day of June 2025 (2 = Monday). */
const june = (day: number, hours: number, minutes = 0): Date =>
  new Date(2025, 5, day, hours, minutes);

function reminder(overrides: Partial<ScheduledReminder> = {}): ScheduledReminder {
  return {
    id: 'r1',
    enabled: true,
    days: EVERY_DAY,
    time: '10:00',
    routineId: 'neck-and-shoulders',
    ...overrides,
  };
}

function settings(overrides: Partial<ReminderSettings> = {}): ReminderSettings {
  return {
    reminders: [reminder()],
    workingHours: NO_HOURS,
    sittingNudgeMinutes: 0,
    pausedUntil: null,
    ...overrides,
  };
}

const localParts = (date: Date) => ({
  year: date.getFullYear(),
  month: date.getMonth(),
  date: date.getDate(),
  day: date.getDay(),
  hours: date.getHours(),
  minutes: date.getMinutes(),
});

// ---------------------------------------------------------------------------------------------

describe('nextReminder', () => {
  it('finds the next occurrence on the right weekday and local time', () => {
    const s = settings({ reminders: [reminder({ days: [1, 3], time: '10:30' })] });
    const next = nextReminder(s, june(2, 11)); // Monday 11:00, after Monday's
    expect(next?.reminder.id).toBe('r1');
    expect(localParts(next!.at)).toMatchObject({ date: 4, day: 3, hours: 10, minutes: 30 });
  });

  it('finds a reminder later the same day', () => {
    const s = settings({ reminders: [reminder({ days: [1, 3], time: '10:30' })] });
    expect(nextReminder(s, june(2, 9))?.at).toEqual(june(2, 10, 30));
  });

  it('is strictly after now: a reminder at this very minute is not next', () => {
    expect(nextReminder(settings(), june(2, 10))?.at).toEqual(june(3, 10));
  });

  it('picks the earliest reminder across several, and the first in the list on a tie', () => {
    const s = settings({
      reminders: [
        reminder({ id: 'late', time: '15:00' }),
        reminder({ id: 'early-a', time: '11:00' }),
        reminder({ id: 'early-b', time: '11:00' }),
      ],
    });
    const next = nextReminder(s, june(2, 10, 30));
    expect(next?.reminder.id).toBe('early-a');
    expect(next?.at).toEqual(june(2, 11));
  });

  it('ignores disabled reminders, reminders with no days and malformed times', () => {
    const s = settings({
      reminders: [
        reminder({ id: 'off', enabled: false, time: '10:05' }),
        reminder({ id: 'no-days', days: [], time: '10:10' }),
        reminder({ id: 'bad', time: '25:00' }),
        reminder({ id: 'on', time: '16:00' }),
      ],
    });
    expect(nextReminder(s, june(2, 10))?.reminder.id).toBe('on');
    expect(nextReminder(settings({ reminders: [reminder({ enabled: false })] }), june(2, 9))).toBe(
      null,
    );
  });

  it('keeps the routine choice with the reminder, pick-for-me included', () => {
    const s = settings({ reminders: [reminder({ routineId: 'pick-for-me' })] });
    expect(nextReminder(s, june(2, 9))?.reminder.routineId).toBe('pick-for-me');
  });

  it('looks a full week ahead for a once-a-week reminder', () => {
    const s = settings({ reminders: [reminder({ days: [1] })] });
    expect(nextReminder(s, june(2, 11))?.at).toEqual(june(9, 10));
  });

  it('skips weekend days for a weekdays-only reminder', () => {
    const s = settings({ reminders: [reminder({ days: WEEKDAYS })] });
    // Friday 6 June after 10:00: next is Monday 9 June.
    expect(nextReminder(s, june(6, 12))?.at).toEqual(june(9, 10));
  });

  describe('working hours', () => {
    const hours: WorkingHours = { enabled: true, start: '09:00', end: '17:00' };

    it('skips occurrences outside working hours', () => {
      const s = settings({
        workingHours: hours,
        reminders: [
          reminder({ id: 'before', time: '07:30' }),
          reminder({ id: 'in', time: '12:00' }),
        ],
      });
      expect(nextReminder(s, june(2, 6))?.reminder.id).toBe('in');
      const onlyEarly = settings({ workingHours: hours, reminders: [reminder({ time: '07:30' })] });
      expect(nextReminder(onlyEarly, june(2, 6))).toBe(null);
    });

    it('keeps a reminder at the exact start or end of working hours', () => {
      const s = settings({ workingHours: hours, reminders: [reminder({ time: '17:00' })] });
      expect(nextReminder(s, june(2, 9))?.at).toEqual(june(2, 17));
    });

    it('ignores the hours when they are switched off', () => {
      const s = settings({
        workingHours: { ...hours, enabled: false },
        reminders: [reminder({ time: '07:30' })],
      });
      expect(nextReminder(s, june(2, 6))?.at).toEqual(june(2, 7, 30));
    });

    it('keeps working hours to the minute, at both ends', () => {
      const half: WorkingHours = { enabled: true, start: '09:30', end: '17:15' };
      expect(isWithinWorkingHours(half, june(2, 9, 29))).toBe(false);
      expect(isWithinWorkingHours(half, june(2, 9, 30))).toBe(true);
      expect(isWithinWorkingHours(half, june(2, 17, 15))).toBe(true);
      expect(isWithinWorkingHours(half, june(2, 17, 16))).toBe(false);
      const s = settings({ workingHours: half, reminders: [reminder({ time: '09:15' })] });
      expect(nextReminder(s, june(2, 6))).toBe(null);
    });

    it('handles working hours that span midnight', () => {
      const night: WorkingHours = { enabled: true, start: '22:00', end: '06:00' };
      expect(isWithinWorkingHours(night, june(2, 23))).toBe(true);
      expect(isWithinWorkingHours(night, june(2, 3))).toBe(true);
      expect(isWithinWorkingHours(night, june(2, 12))).toBe(false);
    });

    it('treats malformed or empty hours as no restriction rather than silence', () => {
      expect(isWithinWorkingHours({ enabled: true, start: 'nine', end: '17:00' }, june(2, 3))).toBe(
        true,
      );
      expect(
        isWithinWorkingHours({ enabled: true, start: '09:00', end: '09:00' }, june(2, 3)),
      ).toBe(true);
    });
  });

  describe('paused until', () => {
    it('skips occurrences before pausedUntil', () => {
      const s = settings({ pausedUntil: june(2, 12).getTime() });
      expect(nextReminder(s, june(2, 9))?.at).toEqual(june(3, 10));
    });

    it('keeps an occurrence at the very moment the pause ends', () => {
      const s = settings({ pausedUntil: june(3, 10).getTime() });
      expect(nextReminder(s, june(2, 9))?.at).toEqual(june(3, 10));
    });

    it('ignores a pause that has already ended', () => {
      const s = settings({ pausedUntil: june(1, 12).getTime() });
      expect(nextReminder(s, june(2, 9))?.at).toEqual(june(2, 10));
    });

    it('returns null when paused beyond the look-ahead', () => {
      const s = settings({ pausedUntil: june(20, 0).getTime() });
      expect(nextReminder(s, june(2, 9))).toBe(null);
    });

    it('isPaused compares against now', () => {
      expect(isPaused({ pausedUntil: null }, june(2, 9).getTime())).toBe(false);
      expect(isPaused({ pausedUntil: june(2, 10).getTime() }, june(2, 9).getTime())).toBe(true);
      expect(isPaused({ pausedUntil: june(2, 10).getTime() }, june(2, 10).getTime())).toBe(false);
    });
  });
});

describe('isDue', () => {
  const at = june(2, 10);

  it('is early before the moment', () => {
    expect(isDue(at, new Date(at.getTime() - 1))).toBe('early');
  });

  it('is due from the moment through the grace period', () => {
    expect(isDue(at, at)).toBe('due');
    expect(isDue(at, new Date(at.getTime() + DEFAULT_GRACE_MS))).toBe('due');
  });

  it('is missed, not due late, once the grace period has passed (the computer slept)', () => {
    expect(isDue(at, new Date(at.getTime() + DEFAULT_GRACE_MS + 1))).toBe('missed');
    expect(isDue(at, new Date(at.getTime() + 3 * HOUR))).toBe('missed');
  });

  it('takes a custom grace period', () => {
    expect(isDue(at, new Date(at.getTime() + 2 * MINUTE), MINUTE)).toBe('missed');
  });
});

describe('pause helpers', () => {
  it('pauses for one hour of elapsed time', () => {
    expect(pausedUntilInOneHour(june(2, 9, 15))).toBe(june(2, 9, 15).getTime() + HOUR);
  });

  it('pauses until the next local midnight', () => {
    const until = new Date(pausedUntilTomorrow(june(2, 14, 20)));
    expect(localParts(until)).toMatchObject({ date: 3, hours: 0, minutes: 0 });
  });

  it('rolls the midnight pause over a month and a year end', () => {
    const nextMonth = new Date(pausedUntilTomorrow(new Date(2025, 5, 30, 23, 59)));
    expect(localParts(nextMonth)).toMatchObject({ month: 6, date: 1, hours: 0 });
    const nextYear = new Date(pausedUntilTomorrow(new Date(2025, 11, 31, 8, 0)));
    expect(localParts(nextYear)).toMatchObject({ year: 2026, month: 0, date: 1, hours: 0 });
  });
});

describe('calendar arithmetic', () => {
  it('parses HH:MM and rejects anything else', () => {
    expect(parseTime('08:00')).toBe(480);
    expect(parseTime('8:05')).toBe(485);
    expect(parseTime('23:59')).toBe(23 * 60 + 59);
    for (const bad of ['24:00', '12:60', '12', '', 'ab:cd', '12:5']) {
      expect(parseTime(bad)).toBeUndefined();
    }
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(localParts(atLocalTime(new Date(2025, 0, 31, 15), 1, 8, 0))).toMatchObject({
      year: 2025,
      month: 1,
      date: 1,
      hours: 8,
      minutes: 0,
    });
    expect(localParts(atLocalTime(new Date(2025, 11, 31), 1, 8, 0))).toMatchObject({
      year: 2026,
      month: 0,
      date: 1,
    });
    expect(localParts(atLocalTime(new Date(2028, 1, 28), 1, 8, 0))).toMatchObject({
      month: 1,
      date: 29,
    });
    expect(localParts(atLocalTime(new Date(2027, 1, 28), 1, 8, 0))).toMatchObject({
      month: 2,
      date: 1,
    });
  });

  it('gives the weekday of the calendar day', () => {
    expect(atLocalTime(june(1, 12), 0, 0, 0).getDay()).toBe(0); // Sunday 1 June 2025
    expect(atLocalTime(june(1, 12), 6, 0, 0).getDay()).toBe(6);
    expect(atLocalTime(june(1, 12), 7, 0, 0).getDay()).toBe(0);
  });

  it('keeps a daily reminder at the same local time over a whole year, every day', () => {
    // In a zone with DST this crosses both changes; in UTC it is plain calendar stepping.
    const s = settings({ reminders: [reminder({ time: '08:00' })] });
    let now = new Date(2025, 0, 1, 9, 0);
    for (let day = 0; day < 366; day += 1) {
      const next = nextReminder(s, now);
      expect(next).not.toBeNull();
      expect(localParts(next!.at)).toMatchObject({ hours: 8, minutes: 0 });
      now = next!.at;
    }
    expect(localParts(now)).toMatchObject({ year: 2026, month: 0, date: 2 });
  });
});

// ---------------------------------------------------------------------------------------------
// Daylight saving, in three zones that have it: Europe, North America and the southern
// hemisphere (where the clocks go back in April). The schedule reads the local zone, so each
// zone runs in a child process with TZ set (tests/unit/support/in-zone.ts), which works in
// any test pool; dst-probe.ts reports where reminders fall and the checks are made here.

describe.each(['Europe/Berlin', 'America/New_York', 'Australia/Sydney'])(
  'daylight-saving changes in %s',
  (zone) => {
    type Facts = ReturnType<typeof dstFacts>;
    const facts = inZone<Facts>(zone, DST_PROBE, 'dstFacts');

    it('has two clock changes in 2025 (the zone really is in force), one of them forward', () => {
      expect(facts).toHaveLength(2);
      expect(facts.filter((f) => f.spring)).toHaveLength(1);
    });

    it('keeps an 08:00 reminder at 08:00 local on the change day and the day after', () => {
      for (const f of facts) {
        expect(f.first).toEqual({ date: f.changeDate, hours: 8, minutes: 0 });
        expect(f.second).toEqual({ date: f.dayAfterDate, hours: 8, minutes: 0 });
        // 08:00 the day before to 08:00 on the change day is 23 h or 25 h, not 24 h: the
        // occurrence was built by the calendar, not by adding a day of milliseconds.
        expect([23, 25]).toContain(f.hoursFromDayBefore);
        expect(f.hoursBetween).toBe(24);
      }
    });

    it('moves a reminder inside the skipped hour forward rather than losing it', () => {
      const spring = facts.find((f) => f.spring)!;
      expect(spring.skipped).toHaveLength(1);
      for (const { next, expected } of spring.skipped) expect(next).toEqual(expected);
    });
  },
);

// ---------------------------------------------------------------------------------------------

describe('SittingTracker', () => {
  /** Samples once a minute from `from` for `minutes` minutes, returning the nudge times. */
  function run(
    tracker: SittingTracker,
    from: number,
    minutes: number,
    idle: (minute: number) => number = () => 0,
  ): number[] {
    const nudges: number[] = [];
    for (let minute = 1; minute <= minutes; minute += 1) {
      if (tracker.sample(from + minute * MINUTE, idle(minute)) === 'nudge') nudges.push(minute);
    }
    return nudges;
  }

  it('nudges once continuous activity reaches the set minutes', () => {
    const tracker = new SittingTracker(30);
    tracker.reset(0);
    expect(run(tracker, 0, 30)).toEqual([30]);
  });

  it('counts the first sample as the start when never reset', () => {
    const tracker = new SittingTracker(30);
    expect(tracker.sample(0, 0)).toBe(null);
    expect(run(tracker, 0, 30)).toEqual([30]);
  });

  it('does not repeat the nudge every minute: the next comes after another full period', () => {
    const tracker = new SittingTracker(30);
    tracker.reset(0);
    expect(run(tracker, 0, 95)).toEqual([30, 60, 90]);
  });

  it('counts short pauses (reading, thinking) as sitting', () => {
    const tracker = new SittingTracker(30);
    tracker.reset(0);
    expect(run(tracker, 0, 30, () => AWAY_SECONDS - 1)).toEqual([30]);
  });

  it('starts the count again after time away from the desk', () => {
    const tracker = new SittingTracker(30);
    tracker.reset(0);
    // Away (idle 6 min) at minute 20: the count starts again there.
    const nudges = run(tracker, 0, 55, (minute) => (minute === 20 ? 6 * 60 : 0));
    expect(nudges).toEqual([50]);
  });

  it('treats a long gap between samples (the computer slept) as time away', () => {
    const tracker = new SittingTracker(30);
    tracker.reset(0);
    run(tracker, 0, 20);
    // Had the hour counted, this sample (80 active-looking minutes in) would nudge.
    const wake = 20 * MINUTE + HOUR;
    expect(tracker.sample(wake, 0)).toBe(null);
    expect(run(tracker, wake, 30)).toEqual([30]);
  });

  it('nudges again after a snooze instead of a full period', () => {
    const tracker = new SittingTracker(30);
    tracker.reset(0);
    expect(run(tracker, 0, 30)).toEqual([30]);
    tracker.snooze(30 * MINUTE, 5);
    expect(run(tracker, 30 * MINUTE, 10)).toEqual([5]);
  });

  it('never nudges when set to 0 minutes', () => {
    const tracker = new SittingTracker(0);
    tracker.reset(0);
    tracker.snooze(0, 5);
    expect(run(tracker, 0, 600)).toEqual([]);
  });
});
