import { describe, expect, it } from 'vitest';
import {
  type WorkingHours,
  type ReminderSettings,
  type ScheduledReminder,
} from '../../../../electron/reminders/reminder-schedule';
import {
  ReminderService,
  SAFETY_CHECK_MS,
  SCHEDULED_BODY,
  SITTING_BODY,
  SITTING_TITLE,
  type ReminderNotice,
  type ReminderScheduler,
  type ReminderServiceDeps,
} from '../../../../electron/reminders/reminder-service';
import { FakeTimers } from '../../support/fake-timers';

// ---------------------------------------------------------------------------------------------
// Fixtures: a fake wall clock with a timer queue. All dates are local (2 June 2025 is a
// Monday; June has no DST change in common zones), so the tests hold in any process zone.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const NO_HOURS: WorkingHours = { enabled: false, start: '09:00', end: '17:00' };

const june = (day: number, hours: number, minutes = 0): number =>
  new Date(2025, 5, day, hours, minutes).getTime();

/** The reminder service reads the fake's time as the wall clock. */
class FakeWallClock extends FakeTimers implements ReminderScheduler {}

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

interface Harness {
  clock: FakeWallClock;
  service: ReminderService;
  notices: ReminderNotice[];
  settings: ReminderSettings;
  state: { idle: number; quiet: boolean };
}

function setup(
  overrides: Partial<ReminderSettings> = {},
  start = june(2, 9),
  extra: Partial<ReminderServiceDeps> = {},
): Harness {
  const clock = new FakeWallClock(start);
  const notices: ReminderNotice[] = [];
  const harness: Harness = {
    clock,
    notices,
    settings: {
      reminders: [reminder()],
      workingHours: NO_HOURS,
      sittingNudgeMinutes: 0,
      pausedUntil: null,
      ...overrides,
    },
    state: { idle: 0, quiet: false },
    service: undefined as unknown as ReminderService,
  };
  harness.service = new ReminderService({
    settings: () => harness.settings,
    scheduler: clock,
    idleSeconds: () => harness.state.idle,
    isQuietNow: () => harness.state.quiet,
    notify: (notice) => notices.push(notice),
    ...extra,
  });
  harness.service.start();
  return harness;
}

const scheduled = (notices: ReminderNotice[]) => notices.filter((n) => n.kind === 'scheduled');
const sitting = (notices: ReminderNotice[]) => notices.filter((n) => n.kind === 'sitting');

// ---------------------------------------------------------------------------------------------

describe('ReminderService: scheduled reminders', () => {
  it('fires on time, with calm wording, and re-plans for the next day', () => {
    const { clock, notices } = setup();
    clock.advanceTo(june(2, 10) - 1);
    expect(notices).toEqual([]);
    clock.advanceTo(june(2, 10));
    expect(notices).toEqual([
      {
        kind: 'scheduled',
        reminderId: 'r1',
        routineId: 'neck-and-shoulders',
        title: 'Time for your routine',
        body: SCHEDULED_BODY,
      },
    ]);
    clock.advanceTo(june(3, 10) - 1);
    expect(notices).toHaveLength(1);
    clock.advanceTo(june(3, 10));
    expect(notices).toHaveLength(2);
    for (const notice of notices) expect(`${notice.title} ${notice.body}`).not.toContain('!');
  });

  it('uses the title the app gives for the routine', () => {
    const { clock, notices } = setup({}, june(2, 9), {
      titleFor: (r) => (r.routineId === 'neck-and-shoulders' ? 'Time for Neck and shoulders' : '?'),
    });
    clock.advanceTo(june(2, 10));
    expect(notices[0]?.title).toBe('Time for Neck and shoulders');
  });

  it('keeps one timer, armed for at most a minute, so a long sleep is noticed', () => {
    const { clock } = setup();
    expect(clock.pending).toBe(1);
    clock.advanceTo(june(2, 12));
    expect(clock.pending).toBe(1);
    expect(clock.maxDelay).toBeLessThanOrEqual(SAFETY_CHECK_MS);
  });

  it('arms no timer when no reminder is enabled and the nudge is off', () => {
    const { clock } = setup({ reminders: [reminder({ enabled: false })] });
    expect(clock.pending).toBe(0);
  });

  it('re-plans on refresh when the settings change', () => {
    const h = setup();
    h.settings = { ...h.settings, reminders: [reminder({ time: '09:30' })] };
    h.service.refresh();
    h.clock.advanceTo(june(2, 9, 30));
    expect(h.notices).toHaveLength(1);
    h.clock.advanceTo(june(2, 11));
    expect(h.notices).toHaveLength(1);
  });

  it('does not fire a reminder that was switched off before its time', () => {
    const h = setup();
    h.settings = { ...h.settings, reminders: [reminder({ enabled: false })] };
    h.service.refresh();
    h.clock.advanceTo(june(4, 12));
    expect(h.notices).toEqual([]);
  });

  it('stays silent while paused and resumes after the pause', () => {
    const h = setup({ pausedUntil: june(2, 12) });
    h.clock.advanceTo(june(2, 23));
    expect(h.notices).toEqual([]);
    h.clock.advanceTo(june(3, 10));
    expect(h.notices).toHaveLength(1);
  });

  it('respects a pause set after the reminder was planned, even without a refresh', () => {
    const h = setup();
    h.settings = { ...h.settings, pausedUntil: june(2, 11) };
    h.clock.advanceTo(june(2, 10, 30));
    expect(h.notices).toEqual([]);
  });

  it('keeps reminders inside working hours', () => {
    const h = setup({
      workingHours: { enabled: true, start: '09:00', end: '17:00' },
      reminders: [
        reminder({ id: 'evening', time: '19:00' }),
        reminder({ id: 'noon', time: '12:00' }),
      ],
    });
    h.clock.advanceTo(june(3, 0));
    expect(h.notices.map((n) => n.reminderId)).toEqual(['noon']);
  });

  it('skips, and does not fire late, a reminder the computer slept through', () => {
    const h = setup();
    h.clock.advanceTo(june(2, 9, 30));
    h.clock.sleep(2 * HOUR); // wakes at 11:30, the 10:00 reminder long gone
    h.clock.advance(SAFETY_CHECK_MS);
    expect(h.notices).toEqual([]);
    h.clock.advanceTo(june(3, 9, 59));
    expect(h.notices).toEqual([]);
    h.clock.advanceTo(june(3, 10));
    expect(h.notices).toHaveLength(1);
  });

  it('still fires a reminder slept through by only a few minutes, within a minute of waking', () => {
    const h = setup();
    h.clock.advanceTo(june(2, 9, 59) + 30_000);
    h.clock.sleep(5 * MINUTE); // wakes about 10:04
    h.clock.advance(SAFETY_CHECK_MS);
    expect(h.notices).toHaveLength(1);
    h.clock.advanceTo(june(2, 23));
    expect(h.notices).toHaveLength(1);
  });

  it('fires only the most recent of several reminders that came due during a short sleep', () => {
    const h = setup({
      reminders: [reminder({ id: 'a', time: '10:00' }), reminder({ id: 'b', time: '10:03' })],
    });
    h.clock.advanceTo(june(2, 9, 59));
    h.clock.sleep(5 * MINUTE);
    h.clock.advance(SAFETY_CHECK_MS);
    expect(h.notices.map((n) => n.reminderId)).toEqual(['b']);
  });

  it('skips a reminder when the OS says quiet, and does not queue it', () => {
    const h = setup();
    h.state.quiet = true;
    h.clock.advanceTo(june(2, 10));
    expect(h.notices).toEqual([]);
    h.state.quiet = false;
    h.clock.advanceTo(june(2, 12));
    expect(h.notices).toEqual([]);
    h.clock.advanceTo(june(3, 10));
    expect(h.notices).toHaveLength(1);
  });

  it('keeps planning when notify throws', () => {
    let calls = 0;
    const h = setup({}, june(2, 9), {
      notify: () => {
        calls += 1;
        if (calls === 1) throw new Error('notification failed');
      },
    });
    expect(() => h.clock.advanceTo(june(2, 10))).toThrow('notification failed');
    h.clock.advanceTo(june(3, 10));
    expect(calls).toBe(2);
  });

  it('stops: no timer left, nothing fires', () => {
    const h = setup({ sittingNudgeMinutes: 30 });
    h.service.stop();
    expect(h.clock.pending).toBe(0);
    h.clock.advanceTo(june(3, 12));
    expect(h.notices).toEqual([]);
  });
});

describe('ReminderService: snooze', () => {
  it('re-fires the same reminder after the snooze minutes', () => {
    const h = setup();
    h.clock.advanceTo(june(2, 10));
    const notice = h.notices[0]!;
    h.service.snooze(15, notice);
    h.clock.advanceTo(june(2, 10, 15) - 1);
    expect(h.notices).toHaveLength(1);
    h.clock.advanceTo(june(2, 10, 15));
    expect(h.notices).toEqual([notice, notice]);
    h.clock.advanceTo(june(2, 12));
    expect(h.notices).toHaveLength(2);
  });

  it('replaces an earlier snooze of the same reminder', () => {
    const h = setup();
    h.clock.advanceTo(june(2, 10));
    const notice = h.notices[0]!;
    h.service.snooze(5, notice);
    h.service.snooze(30, notice);
    h.clock.advanceTo(june(2, 10, 29));
    expect(h.notices).toHaveLength(1);
    h.clock.advanceTo(june(2, 10, 30));
    expect(h.notices).toHaveLength(2);
  });

  it('drops a snoozed reminder the computer slept through', () => {
    const h = setup();
    h.clock.advanceTo(june(2, 10));
    h.service.snooze(5, h.notices[0]!);
    h.clock.sleep(HOUR);
    h.clock.advance(SAFETY_CHECK_MS);
    expect(h.notices).toHaveLength(1);
  });

  it('drops a snoozed reminder that was deleted meanwhile', () => {
    const h = setup();
    h.clock.advanceTo(june(2, 10));
    h.service.snooze(5, h.notices[0]!);
    h.settings = { ...h.settings, reminders: [] };
    h.service.refresh();
    h.clock.advanceTo(june(2, 10, 10));
    expect(h.notices).toHaveLength(1);
  });
});

describe('ReminderService: sitting nudge', () => {
  const nudgeAt30 = { reminders: [], sittingNudgeMinutes: 30 };

  it('nudges after the set minutes of activity, with calm wording', () => {
    const h = setup(nudgeAt30);
    h.clock.advance(29 * MINUTE);
    expect(h.notices).toEqual([]);
    h.clock.advance(MINUTE);
    expect(h.notices).toEqual([
      { kind: 'sitting', routineId: 'pick-for-me', title: SITTING_TITLE, body: SITTING_BODY },
    ]);
    expect(`${SITTING_TITLE} ${SITTING_BODY}`).not.toContain('!');
  });

  it('does not repeat the nudge every minute', () => {
    const h = setup(nudgeAt30);
    h.clock.advance(59 * MINUTE);
    expect(sitting(h.notices)).toHaveLength(1);
    h.clock.advance(MINUTE);
    expect(sitting(h.notices)).toHaveLength(2);
  });

  it('starts the count again after time away from the desk', () => {
    const h = setup(nudgeAt30);
    h.clock.advance(19 * MINUTE);
    h.state.idle = 6 * 60; // away
    h.clock.advance(MINUTE);
    h.state.idle = 0;
    h.clock.advance(29 * MINUTE); // 49 min since start, 29 since the return
    expect(h.notices).toEqual([]);
    h.clock.advance(MINUTE);
    expect(sitting(h.notices)).toHaveLength(1);
  });

  it('comes back after a snooze rather than a full period', () => {
    const h = setup(nudgeAt30);
    h.clock.advance(30 * MINUTE);
    h.service.snooze(5, h.notices[0]!);
    h.clock.advance(4 * MINUTE);
    expect(h.notices).toHaveLength(1);
    h.clock.advance(MINUTE);
    expect(h.notices).toHaveLength(2);
  });

  it('starts the count again when the user moves (a routine was played)', () => {
    const h = setup(nudgeAt30);
    h.clock.advance(25 * MINUTE);
    h.service.noteMovement();
    h.clock.advance(29 * MINUTE);
    expect(h.notices).toEqual([]);
    h.clock.advance(MINUTE);
    expect(h.notices).toHaveLength(1);
  });

  it('skips the nudge when the OS says quiet, when paused and outside working hours', () => {
    const quiet = setup(nudgeAt30);
    quiet.state.quiet = true;
    quiet.clock.advance(30 * MINUTE);
    expect(quiet.notices).toEqual([]);

    const paused = setup({ ...nudgeAt30, pausedUntil: june(2, 12) });
    paused.clock.advance(30 * MINUTE);
    expect(paused.notices).toEqual([]);

    const evening = setup(
      { ...nudgeAt30, workingHours: { enabled: true, start: '09:00', end: '17:00' } },
      june(2, 19),
    );
    evening.clock.advance(30 * MINUTE);
    expect(evening.notices).toEqual([]);
  });

  it('samples only while the nudge is on, and follows a change on refresh', () => {
    const h = setup({ reminders: [], sittingNudgeMinutes: 0 });
    expect(h.clock.pending).toBe(0);
    h.settings = { ...h.settings, sittingNudgeMinutes: 20 };
    h.service.refresh();
    expect(h.clock.pending).toBe(1);
    h.clock.advance(20 * MINUTE);
    expect(sitting(h.notices)).toHaveLength(1);
    h.settings = { ...h.settings, sittingNudgeMinutes: 0 };
    h.service.refresh();
    expect(h.clock.pending).toBe(0);
  });

  it('runs beside scheduled reminders without disturbing them', () => {
    const h = setup({ sittingNudgeMinutes: 45 });
    h.clock.advanceTo(june(2, 10));
    expect(scheduled(h.notices)).toHaveLength(1);
    expect(sitting(h.notices)).toHaveLength(1); // 09:45
    expect(h.clock.pending).toBe(2);
  });
});
