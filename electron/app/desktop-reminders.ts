import { Notification, powerMonitor } from 'electron';
import { ReminderService, type ReminderNotice } from '../reminders/reminder-service';
import type { SettingsStore } from '../settings/settings-store';

const ACTIONS = ['Start', 'Snooze 5 min', 'Snooze 15 min', 'Snooze 30 min', 'Skip'] as const;
const SNOOZES = [5, 15, 30] as const;

/**
 * Reminders as native notifications. The scheduling is ReminderService's (pure and tested);
 * this only shows the notification and answers its buttons. Electron cannot read the OS's
 * do-not-disturb state or see another app's full screen, so those quiet times rely on the OS
 * itself holding the notification back.
 */
export function startDesktopReminders(deps: {
  settings: SettingsStore;
  titleOf: (routineId: string) => string;
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
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    isQuietNow: () => false,
    titleFor: (reminder) =>
      reminder.routineId === 'pick-for-me'
        ? 'Time for a short routine'
        : `Time for ${deps.titleOf(reminder.routineId)}`,
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
      actions: ACTIONS.map((text) => ({ type: 'button' as const, text })),
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
