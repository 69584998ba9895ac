import { powerMonitor } from 'electron';
import { createAwayPause } from '../desk/away-pause';
import { mainLanguage, tm } from '../i18n/main-i18n';
import type { DeskAction } from '../desk/desk-controls';
import { keysFor, MEDIA_KEYS, shortcutLabel } from '../desk/shortcut-choice';
import { startDeskSensors } from './desk-sensors';
import { startDesktopReminders } from './desktop-reminders';
import { applyLaunchAtLogin } from './login-items';
import type { Services } from './services';
import { createShortcutKeeper } from './shortcut-keeper';
import { createTray } from './tray';
import type { createTimerWindowControl } from './windows';

export interface DeskShellDeps {
  services: Services;
  timer: ReturnType<typeof createTimerWindowControl>;
  run: (action: DeskAction) => void;
  iconDir: string;
  /** Starts a routine from a reminder and shows the player. */
  playFromReminder: (routineId: string) => void;
  log: (message: string, error: unknown) => void;
}

/**
 * Unknot on the desk: the tray, the system-wide keys, reminders, do-not-disturb, and pausing
 * when the screen locks. Everything here follows the settings and the playback state;
 * refresh() is called on every change main broadcasts.
 */
export function startDeskShell(deps: DeskShellDeps) {
  const { services, timer } = deps;
  const sensors = startDeskSensors();
  sensors.onQuietChange((quiet) => timer.setQuiet(quiet));

  const reminders = startDesktopReminders({
    settings: services.settings,
    sensors,
    titleOf: (id) => services.library.all().find((routine) => routine.id === id)?.title ?? null,
    pickForMe: () => services.history.stats().whatHelps[0]?.routineId ?? 'three-minute-reset',
    play: deps.playFromReminder,
  });

  const away = createAwayPause({
    status: () => services.playback.snapshot().status,
    pause: () => services.playback.command('pause'),
    notify: (notice) => services.notify(notice),
  });
  powerMonitor.on('lock-screen', () => away.away('lock'));
  powerMonitor.on('suspend', () => away.away('sleep'));
  powerMonitor.on('unlock-screen', () => away.back());
  powerMonitor.on('resume', () => away.back());

  const tray = createTray(deps.iconDir, deps.run);
  const keys = createShortcutKeeper(deps.run);
  // Told once per key: a media key another app holds is its own business and not reported.
  const reported = new Set<string>();
  const holdKeys = () => {
    const { shortcuts } = services.settings.get();
    const taken = keys
      .hold(keysFor(shortcuts, services.playback.snapshot().status))
      .filter((key) => !MEDIA_KEYS.some((media) => media.accelerator === key));
    const fresh = taken.filter((key) => !reported.has(key));
    for (const key of reported) if (!taken.includes(key)) reported.delete(key);
    if (fresh.length === 0) return;
    for (const key of fresh) reported.add(key);
    const names = new Intl.ListFormat(mainLanguage(), { type: 'conjunction' }).format(
      fresh.map((key) => shortcutLabel(key, process.platform)),
    );
    services.notify({
      id: 'shortcuts-taken',
      level: 'info',
      message: tm('desk:shortcuts.taken', { keys: names, count: fresh.length }),
    });
  };

  const updateTray = () => {
    const settings = services.settings.get();
    const lastId = settings.lastRoutineId;
    tray.update({
      status: services.playback.snapshot().status,
      lastRoutineTitle:
        services.library.all().find((routine) => routine.id === lastId)?.title ?? null,
      timerOpen: timer.isOpen(),
      remindersOn:
        settings.reminders.some((reminder) => reminder.enabled) || settings.sittingNudgeMinutes > 0,
      remindersPaused: settings.pausedUntil !== null && settings.pausedUntil > Date.now(),
    });
  };

  let loginItem: boolean | null = null;
  const applySettings = () => {
    const settings = services.settings.get();
    timer.window()?.setOpacity(settings.timerOpacity);
    timer.applySharing();
    reminders.refresh();
    if (settings.launchAtLogin !== loginItem) {
      loginItem = settings.launchAtLogin;
      applyLaunchAtLogin(loginItem, (message, error) => {
        deps.log(message, error);
        services.notify({
          id: 'autostart-failed',
          level: 'warning',
          message: tm('desk:autostart.failed'),
        });
      });
    }
    // The language may have changed with the settings. The services change main's language
    // in a listener they registered before this one, and broadcast (which refreshes the desk)
    // in one before that, so the tray is worded afresh here, in the new language.
    updateTray();
  };
  services.settings.onChange(applySettings);
  applySettings();
  holdKeys();

  return {
    /** Playback or settings changed: the tray's words and the keys held follow. */
    refresh() {
      updateTray();
      holdKeys();
    },
    stop() {
      reminders.stop();
      sensors.stop();
      keys.releaseAll();
      tray.destroy();
    },
  };
}
