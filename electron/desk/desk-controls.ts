import type { ClockStatus } from '../common/playback-schema';

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

export function trayMenu(state: TrayState): TrayItem[] {
  const active = isActive(state.status);
  return [
    {
      action: 'play-last',
      label: state.lastRoutineTitle ? `Play ${state.lastRoutineTitle}` : 'Play last routine',
      enabled: state.lastRoutineTitle !== null && !active,
    },
    {
      action: 'toggle-playback',
      label: state.status === 'paused' ? 'Resume' : 'Pause',
      enabled: active,
    },
    { separator: true },
    ...(state.remindersOn
      ? state.remindersPaused
        ? [{ action: 'resume-reminders' as const, label: 'Resume reminders', enabled: true }]
        : [
            {
              action: 'pause-reminders-hour' as const,
              label: 'Pause reminders for 1 hour',
              enabled: true,
            },
            {
              action: 'pause-reminders-day' as const,
              label: 'Pause reminders until tomorrow',
              enabled: true,
            },
          ]
      : []),
    { action: 'toggle-timer', label: state.timerOpen ? 'Hide timer' : 'Show timer', enabled: true },
    { action: 'show-app', label: 'Show Unknot', enabled: true },
    { separator: true },
    { action: 'quit', label: 'Quit Unknot', enabled: true },
  ];
}

export function trayTooltip(state: TrayState): string {
  if (state.status === 'playing' || state.status === 'counting-in') return 'Unknot: playing';
  if (state.status === 'paused') return 'Unknot: paused';
  return 'Unknot';
}
