import type { PlaybackService } from '../playback/playback-service';
import { pausedUntilInOneHour, pausedUntilTomorrow } from '../reminders/reminder-schedule';
import type { SettingsStore } from '../settings/settings-store';
import type { DeskAction } from './desk-controls';
import type { TimerWindowControl } from './timer-window';

export interface DeskActionDeps {
  playback: PlaybackService;
  settings: SettingsStore;
  timer: TimerWindowControl;
  /** Tells every window whether the floating timer is open. */
  timerChanged: () => void;
  /** Brings the main window forward, making it first if it is closed. */
  showApp: () => void;
  quit: () => void;
  now?: () => Date;
  /** Where a failed action is reported; the user still has the window's own buttons. */
  log?: (message: string, error: unknown) => void;
}

/**
 * What each tray item and system-wide shortcut does. The shell only turns clicks and key
 * presses into actions; the decisions live here, where a test can call them.
 */
export function createDeskActions(deps: DeskActionDeps): (action: DeskAction) => void {
  const now = deps.now ?? (() => new Date());
  const run = (action: DeskAction): void => {
    const safely = (act: () => unknown) => {
      try {
        act();
      } catch (error) {
        deps.log?.(`Tray or shortcut action ${action} failed`, error);
      }
    };
    const { status } = deps.playback.snapshot();
    switch (action) {
      case 'play-last': {
        const id = deps.settings.get().lastRoutineId;
        if (id) safely(() => deps.playback.start({ routineId: id }));
        return deps.showApp();
      }
      case 'toggle-playback':
        if (status === 'idle' || status === 'finished' || status === 'stopped')
          return run('play-last');
        return safely(() => deps.playback.command('toggle'));
      case 'next-step':
        return safely(() => deps.playback.command('next'));
      case 'previous-step':
        return safely(() => deps.playback.command('previous'));
      case 'stop':
        return safely(() => deps.playback.command('stop'));
      case 'toggle-timer':
        if (deps.timer.isOpen()) deps.timer.close();
        else deps.timer.open();
        return deps.timerChanged();
      case 'show-app':
        return deps.showApp();
      case 'pause-reminders-hour':
        return safely(() => deps.settings.update({ pausedUntil: pausedUntilInOneHour(now()) }));
      case 'pause-reminders-day':
        return safely(() => deps.settings.update({ pausedUntil: pausedUntilTomorrow(now()) }));
      case 'resume-reminders':
        return safely(() => deps.settings.update({ pausedUntil: null }));
      case 'quit':
        return deps.quit();
    }
  };
  return run;
}
