import type { ClockStatus } from '../common/playback-schema';
import { tm } from '../i18n/main-i18n';

/**
 * What the tray menu and the system-wide shortcuts offer, as plain data: the Electron glue
 * (tray.ts, global-shortcuts.ts) only turns these into a Menu and registrations.
 */
export type DeskAction =
  | 'play-last'
  | 'toggle-playback'
  | 'next-step'
  | 'previous-step'
  | 'stop'
  | 'toggle-timer'
  | 'pause-reminders-hour'
  | 'pause-reminders-day'
  | 'resume-reminders'
  | 'show-app'
  | 'quit';

export interface TrayState {
  status: ClockStatus;
  lastRoutineTitle: string | null;
  timerOpen: boolean;
  /** Whether any reminder or the sitting nudge is on, and whether they are paused now. */
  remindersOn: boolean;
  remindersPaused: boolean;
}

export type TrayItem =
  { action: DeskAction; label: string; enabled: boolean } | { separator: true };

const isActive = (status: ClockStatus) =>
  status === 'playing' || status === 'paused' || status === 'counting-in';

/** The menu in the language shown now: built afresh on every change, the language's too. */
export function trayMenu(state: TrayState): TrayItem[] {
  const active = isActive(state.status);
  return [
    {
      action: 'play-last',
      label: state.lastRoutineTitle
        ? tm('desk:tray.playRoutine', { title: state.lastRoutineTitle })
        : tm('desk:tray.playLast'),
      enabled: state.lastRoutineTitle !== null && !active,
    },
    {
      action: 'toggle-playback',
      label: state.status === 'paused' ? tm('desk:tray.resume') : tm('desk:tray.pause'),
      enabled: active,
    },
    { separator: true },
    ...(state.remindersOn
      ? state.remindersPaused
        ? [
            {
              action: 'resume-reminders' as const,
              label: tm('desk:tray.resumeReminders'),
              enabled: true,
            },
          ]
        : [
            {
              action: 'pause-reminders-hour' as const,
              label: tm('desk:tray.pauseRemindersHour'),
              enabled: true,
            },
            {
              action: 'pause-reminders-day' as const,
              label: tm('desk:tray.pauseRemindersDay'),
              enabled: true,
            },
          ]
      : []),
    {
      action: 'toggle-timer',
      label: state.timerOpen ? tm('desk:tray.hideTimer') : tm('desk:tray.showTimer'),
      enabled: true,
    },
    { action: 'show-app', label: tm('desk:tray.showApp'), enabled: true },
    { separator: true },
    { action: 'quit', label: tm('desk:tray.quit'), enabled: true },
  ];
}

export function trayTooltip(state: TrayState): string {
  if (state.status === 'playing' || state.status === 'counting-in')
    return tm('desk:tray.tooltip.playing');
  if (state.status === 'paused') return tm('desk:tray.tooltip.paused');
  return tm('desk:tray.tooltip.idle');
}
