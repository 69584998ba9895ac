import { Notification } from 'electron';
import { tm } from '../i18n/main-i18n';
import { ReminderService, type ReminderNotice } from '../reminders/reminder-service';
import type { SettingsStore } from '../settings/settings-store';
import type { DeskSensors } from './desk-sensors';

const SNOOZES = [5, 15, 30] as const;

/** The notification's buttons, in order: Start, the snoozes, Skip; worded when shown. */
const actionTexts = (): string[] => [
  tm('desk:reminders.actions.start'),
  ...SNOOZES.map((minutes) => tm('desk:reminders.actions.snooze', { minutes })),
  tm('desk:reminders.actions.skip'),
];

/**
 * Reminders as native notifications. The scheduling is ReminderService's (pure and tested);
 * this only shows the notification and answers its buttons. A reminder due while the desktop
 * asks for quiet (do-not-disturb, where desk-sensors.ts can read it) is skipped, not stacked.
 */
export function startDesktopReminders(deps: {
  settings: SettingsStore;
  sensors: Pick<DeskSensors, 'isQuiet' | 'idleSeconds'>;
  /** The routine's title as the library shows it, or null when it is gone. */
  titleOf: (routineId: string) => string | null;
  /** The routine that helps this user most, else a short one. */
  pickForMe: () => string;
  play: (routineId: string) => void;
}) {
  const service = new ReminderService({
    settings: () => {
      const { reminders, workingHours, sittingNudgeMinutes, pausedUntil } = deps.settings.get();
      return { reminders, workingHours, sittingNudgeMinutes, pausedUntil };
    },
    scheduler: {
      now: () => Date.now(),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    // Counting time only, for people who dictate: idle never resets the count.
    idleSeconds: () =>
      deps.settings.get().sittingNudgeCounts === 'time' ? 0 : deps.sensors.idleSeconds(),
    isQuietNow: () => deps.sensors.isQuiet(),
    titleFor: (reminder) => {
      if (reminder.routineId === 'pick-for-me') return tm('desk:reminders.pickForMeTitle');
      const title = deps.titleOf(reminder.routineId);
      return title === null
        ? tm('desk:reminders.scheduledTitle')
        : tm('desk:reminders.routineTitle', { title });
    },
    notify: (notice) => show(notice),
  });

  const start = (notice: ReminderNotice) =>
    deps.play(notice.routineId === 'pick-for-me' ? deps.pickForMe() : notice.routineId);

  function show(notice: ReminderNotice): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title: notice.title,
      body: notice.body,
      // Buttons show where the OS supports them (macOS); a click starts the routine everywhere.
      actions: actionTexts().map((text) => ({ type: 'button' as const, text })),
    });
    notification.on('click', () => start(notice));
    notification.on('action', (_event, index) => {
      if (index === 0) start(notice);
      const minutes = SNOOZES[index - 1];
      if (minutes) service.snooze(minutes, notice);
    });
    notification.show();
  }

  service.start();
  return {
    refresh: () => service.refresh(),
    noteMovement: () => service.noteMovement(),
    stop: () => service.stop(),
  };
}
