import {
  atLocalTime,
  nextReminder,
  type ReminderSettings,
  type ScheduledReminder,
} from '../../../../electron/reminders/reminder-schedule';

/**
 * Run in a child process with its time zone set (tests/unit/support/in-zone.ts): finds the
 * zone's daylight-saving changes in 2025 and reports, for each, where an 08:00 reminder and a
 * reminder inside a skipped hour fall, in local time. The test asserts on these facts.
 */

const HOUR = 3_600_000;

function settingsAt(time: string): ReminderSettings {
  const reminder: ScheduledReminder = {
    id: 'r1',
    enabled: true,
    days: [0, 1, 2, 3, 4, 5, 6],
    time,
    routineId: 'neck-and-shoulders',
  };
  return {
    reminders: [reminder],
    workingHours: { enabled: false, start: '09:00', end: '17:00' },
    sittingNudgeMinutes: 0,
    pausedUntil: null,
  };
}

const local = (date: Date) => ({
  date: date.getDate(),
  hours: date.getHours(),
  minutes: date.getMinutes(),
});

/** Local days of the year whose UTC offset differs from the day before's (noon to noon). */
function changeDays(year: number): Date[] {
  const days: Date[] = [];
  for (let day = 1; day <= 366; day += 1) {
    const before = new Date(year, 0, day - 1, 12);
    const after = new Date(year, 0, day, 12);
    if (after.getFullYear() !== year) break;
    if (before.getTimezoneOffset() !== after.getTimezoneOffset()) days.push(after);
  }
  return days;
}

export function dstFacts() {
  return changeDays(2025).map((change) => {
    const noonBefore = atLocalTime(change, -1, 12, 0);
    const spring = change.getTimezoneOffset() < noonBefore.getTimezoneOffset();
    // 08:00: the evening before the change, then the next one after it.
    const first = nextReminder(settingsAt('08:00'), atLocalTime(change, -1, 20, 0))!.at;
    const second = nextReminder(settingsAt('08:00'), first)!.at;
    const dayBefore = atLocalTime(change, -1, 8, 0);
    // A reminder in the hour the clocks skip, on the night of a spring change.
    const skipped: {
      hour: number;
      next: ReturnType<typeof local>;
      expected: ReturnType<typeof local>;
    }[] = [];
    for (let hour = 0; spring && hour < 6; hour += 1) {
      const probe = atLocalTime(change, 0, hour, 30);
      if (probe.getHours() === hour) continue;
      const next = nextReminder(settingsAt(`${String(hour).padStart(2, '0')}:30`), noonBefore)!.at;
      skipped.push({ hour, next: local(next), expected: local(probe) });
    }
    return {
      changeDate: change.getDate(),
      dayAfterDate: atLocalTime(change, 1, 12, 0).getDate(),
      spring,
      first: local(first),
      second: local(second),
      hoursFromDayBefore: (first.getTime() - dayBefore.getTime()) / HOUR,
      hoursBetween: (second.getTime() - first.getTime()) / HOUR,
      skipped,
    };
  });
}
