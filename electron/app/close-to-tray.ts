import { Notification, type BrowserWindow } from 'electron';
import { tm } from '../i18n/main-i18n';

export interface CloseToTrayDeps {
  /** Settings, and never on macOS, where the dock keeps a windowless app. */
  keepRunning(): boolean;
  /** True once the user asked to quit: then closing really closes. */
  quitting(): boolean;
  explained(): boolean;
  markExplained(): void;
}

/**
 * Closing the window hides it and Unknot keeps running in the tray, so reminders still come.
 * The first time, a notification says so and where to quit, so nobody thinks it is gone.
 */
export function closeToTray(window: BrowserWindow, deps: CloseToTrayDeps): void {
  window.on('close', (event) => {
    if (deps.quitting() || !deps.keepRunning()) return;
    event.preventDefault();
    window.hide();
    if (deps.explained() || !Notification.isSupported()) return;
    new Notification({
      title: tm('desk:closeToTray.title'),
      body: tm('desk:closeToTray.body'),
    }).show();
    deps.markExplained();
  });
}
