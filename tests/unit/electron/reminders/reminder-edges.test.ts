import { describe, expect, it } from 'vitest';
import {
  AWAY_SECONDS,
  SittingTracker,
  isPaused,
  isWithinWorkingHours,
  nextReminder,
  parseTime,
  type ReminderSettings,
} from '../../../../electron/reminders/reminder-schedule';

/**
 * The edges of the reminder rules that mutation testing showed no test stated: what a time
 * of day may look like, where working hours begin and end, what "paused" means with no
 * pause set, and when the sitting nudge counts someone as away.
 */

const MINUTE = 60_000;
const june = (day: number, hours: number, minutes = 0): Date =>
  new Date(2025, 5, day, hours, minutes);

function settings(overrides: Partial<ReminderSettings> = {}): ReminderSettings {
  return {
    reminders: [],
    workingHours: { enabled: false, start: '09:00', end: '17:00' },
    sittingNudgeMinutes: 0,
    pausedUntil: null,
    ...overrides,
  };
}
const reminder = (id: string, time: string, days = [0, 1, 2, 3, 4, 5, 6]) => ({
  id,
  enabled: true,
  days,
  time,
  routineId: 'neck-and-shoulders',
});

describe('a time of day', () => {
  it('is H:MM or HH:MM, spaces around it forgiven, nothing before or after it', () => {
    expect(parseTime('9:05')).toBe(9 * 60 + 5);
    expect(parseTime(' 09:30 ')).toBe(9 * 60 + 30);
    expect(parseTime('x09:30')).toBeUndefined();
    expect(parseTime('09:30x')).toBeUndefined();
    expect(parseTime('24:00')).toBeUndefined();
    expect(parseTime('12:60')).toBeUndefined();
  });

  it('a reminder with a malformed time is passed over, and the others still come', () => {
    const s = settings({ reminders: [reminder('bad', 'noon'), reminder('good', '12:00')] });
    expect(nextReminder(s, june(2, 6))?.reminder.id).toBe('good');
  });

  it('a reminder a whole week away is still found', () => {
    // Monday 2 June 11:00, after Monday's 10:00: the next Monday 10:00 is seven days on.
    const s = settings({ reminders: [reminder('weekly', '10:00', [1])] });
    expect(nextReminder(s, june(2, 11))?.at).toEqual(june(9, 10));
  });
});

describe('working hours', () => {
  it('with a start or an end that cannot be read, restrict nothing', () => {
    expect(isWithinWorkingHours({ enabled: true, start: '09:00', end: 'late' }, june(2, 3))).toBe(
      true,
    );
    expect(isWithinWorkingHours({ enabled: true, start: '', end: '17:00' }, june(2, 20))).toBe(
      true,
    );
  });

  it('over midnight, include both of their ends', () => {
    const night = { enabled: true, start: '22:00', end: '06:00' };
    expect(isWithinWorkingHours(night, june(2, 22, 0))).toBe(true);
    expect(isWithinWorkingHours(night, june(2, 21, 59))).toBe(false);
    expect(isWithinWorkingHours(night, june(2, 6, 0))).toBe(true);
    expect(isWithinWorkingHours(night, june(2, 6, 1))).toBe(false);
  });
});

describe('pausing', () => {
  it('is off when no pause is set, and ends at its moment', () => {
    expect(isPaused({ pausedUntil: null }, Date.now())).toBe(false);
    expect(isPaused({ pausedUntil: 1_000 }, 999)).toBe(true);
    expect(isPaused({ pausedUntil: 1_000 }, 1_000)).toBe(false);
  });

  it('with no pause set, reminders come as planned', () => {
    const s = settings({ reminders: [reminder('r', '12:00')], pausedUntil: null });
    expect(nextReminder(s, june(2, 6))?.at).toEqual(june(2, 12));
  });
});

describe('the sitting nudge', () => {
  it('never nudges for 0, a negative or a non-number of minutes, snoozed or not', () => {
    for (const minutes of [0, -30, Number.NaN]) {
      const tracker = new SittingTracker(minutes);
      tracker.snooze(0, 1);
      const nudges = Array.from({ length: 300 }, (_, i) => tracker.sample((i + 1) * MINUTE, 0));
      expect(nudges.filter(Boolean), String(minutes)).toEqual([]);
    }
  });

  it('counts someone away from exactly five idle minutes, or a five-minute gap between samples', () => {
    const idle = new SittingTracker(30);
    idle.sample(0, 0);
    for (let m = 1; m <= 29; m += 1) idle.sample(m * MINUTE, 0);
    idle.sample(29.5 * MINUTE, AWAY_SECONDS); // away: the count starts again
    expect(idle.sample(30 * MINUTE, 0)).toBeNull();

    const gap = new SittingTracker(30);
    gap.sample(0, 0);
    for (let m = 1; m <= 25; m += 1) gap.sample(m * MINUTE, 0);
    // The computer slept for exactly five minutes: the count starts again from here.
    expect(gap.sample(25 * MINUTE + AWAY_SECONDS * 1000, 0)).toBeNull();
    expect(gap.sample(31 * MINUTE, 0)).toBeNull();
  });
});
