import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, net, protocol, shell } from 'electron';
import ElectronStore from 'electron-store';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  createAppUrlCheck,
  resolveAppFile,
} from '../protocol/app-protocol';
import { METHODS, channelOf, eventChannelOf, type Notice } from '../common/ipc/contract';
import { loadBuiltInContent, loadNarrationManifest } from '../routines/content-files';
import { resolveDataFolder } from '../data/data-folder';
import { readOrCreateDeviceId } from '../data/device-id';
import type { DeskAction } from '../desk/desk-controls';
import { registerGlobalShortcuts, unregisterGlobalShortcuts } from './global-shortcuts';
import { createTray } from './tray';
import { startDesktopReminders } from './desktop-reminders';
import { pausedUntilInOneHour, pausedUntilTomorrow } from '../reminders/reminder-schedule';
import { dispatch } from '../ipc/dispatch';
import { shouldUseXWayland, XWAYLAND_NOTICE } from '../desk/platform';
import { hardenApp } from './security';
import { createServices, type Broadcast, type Services } from './services';
import type { SettingsBackend } from '../settings/settings-store';
import type { Bounds } from '../desk/window-options';
import { createPlayerWindow, createTimerWindowControl } from './windows';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
// electron-builder copies content/ into the app's resources (extraResources).
const contentDir = app.isPackaged
  ? path.join(process.resourcesPath, 'content')
  : path.join(app.getAppPath(), 'content');

const startupNotices: Notice[] = [];
if (shouldUseXWayland(process.platform, process.env)) {
  app.commandLine.appendSwitch('ozone-platform', 'x11');
  startupNotices.push({ id: 'xwayland', level: 'info', message: XWAYLAND_NOTICE });
}

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
  },
]);

let playerWindow: BrowserWindow | null = null;
let openPlayer: (() => void) | null = null;

function showPlayer(): void {
  if (!playerWindow || playerWindow.isDestroyed()) return;
  if (playerWindow.isMinimized()) playerWindow.restore();
  playerWindow.show();
  playerWindow.focus();
}

function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    return new Response(response.body, {
      status: response.status,
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

function start(): void {
  const isAppUrl = createAppUrlCheck(devServerUrl);
  serveAppProtocol();
  hardenApp(isAppUrl);

  const pageUrl = (route: string) =>
    devServerUrl ? `${devServerUrl}#/${route}` : `${APP_ENTRY_URL}#/${route}`;
  // Window positions are cheap to lose, unlike settings, so a broken file may be reset.
  const windowState = new ElectronStore<Record<string, Bounds>>({
    name: 'window-state',
    clearInvalidConfig: true,
  });

  const broadcast: Broadcast = (event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send(eventChannelOf(event), payload);
    }
    if (event === 'settingsChanged')
      timer.window()?.setOpacity(services.settings.get().timerOpacity);
    if (event !== 'playbackEvent') updateTray();
    if (event === 'settingsChanged') onSettingsChanged();
  };
  // Set once reminders exist: they re-plan, and launch at login follows, when settings change.
  let onSettingsChanged = () => {};
  // Set once the tray exists; until then there is nothing to update.
  let updateTray = () => {};
  const windowDeps = {
    preloadPath,
    pageUrl,
    windowState,
    timerOpacity: () => services.settings.get().timerOpacity,
    onTimerChanged: () => broadcast('timerWindowChanged', { open: timer.isOpen() }),
  };
  const timer = createTimerWindowControl(windowDeps);
  const { routines, techniques } = loadBuiltInContent(contentDir);
  const userData = app.getPath('userData');
  const services: Services = createServices({
    dataDir: resolveDataFolder(userData),
    userData,
    // The device id names this computer's journal files, so it stays here, never synced.
    deviceId: readOrCreateDeviceId(userData),
    pickFolder: async () => {
      const choice = await dialog.showOpenDialog({
        title: 'Choose a folder for your Unknot data',
        properties: ['openDirectory', 'createDirectory'],
      });
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    restart: () => {
      app.relaunch();
      app.exit(0);
    },
    appVersion: app.getVersion(),
    // electron-store extends conf with the same constructor options; it only adds Electron defaults.
    SettingsBackend: ElectronStore as unknown as SettingsBackend,
    timerWindow: timer,
    broadcast,
    routines,
    techniques,
    startupNotices,
    narrationManifest: loadNarrationManifest(path.join(rendererDir, 'narration/manifest.json')),
    // shell.openPath answers '' on success, else an error message.
    openFolder: async (folder) => (await shell.openPath(folder)) === '',
  });

  const lastRoutineTitle = () => {
    const id = services.settings.get().lastRoutineId;
    return services.library.all().find((routine) => routine.id === id)?.title ?? null;
  };
  const run = (action: DeskAction) => {
    const { status } = services.playback.snapshot();
    const safely = (act: () => unknown) => {
      try {
        act();
      } catch (error) {
        console.error(`Tray or shortcut action ${action} failed`, error);
      }
    };
    switch (action) {
      case 'play-last': {
        const id = services.settings.get().lastRoutineId;
        if (id) safely(() => services.playback.start({ routineId: id }));
        showPlayer();
        return;
      }
      case 'toggle-playback':
        if (status === 'idle' || status === 'finished' || status === 'stopped')
          return run('play-last');
        return safely(() => services.playback.command('toggle'));
      case 'next-step':
        return safely(() => services.playback.command('next'));
      case 'previous-step':
        return safely(() => services.playback.command('previous'));
      case 'stop':
        return safely(() => services.playback.command('stop'));
      case 'toggle-timer':
        if (timer.isOpen()) timer.close();
        else timer.open();
        return broadcast('timerWindowChanged', { open: timer.isOpen() });
      case 'show-app':
        if (!playerWindow) openPlayer?.();
        return showPlayer();
      case 'pause-reminders-hour':
        return pauseReminders(pausedUntilInOneHour(new Date()));
      case 'pause-reminders-day':
        return pauseReminders(pausedUntilTomorrow(new Date()));
      case 'resume-reminders':
        return pauseReminders(null);
      case 'quit':
        return app.quit();
    }
  };
  const pauseReminders = (until: number | null) =>
    broadcast('settingsChanged', services.settings.update({ pausedUntil: until }));
  const reminders = startDesktopReminders({
    settings: services.settings,
    titleOf: (id) =>
      services.library.all().find((routine) => routine.id === id)?.title ?? 'your routine',
    pickForMe: () => services.history.stats().whatHelps[0]?.routineId ?? 'three-minute-reset',
    play: (routineId) => {
      try {
        services.playback.start({ routineId });
      } catch (error) {
        console.error('A reminder could not start its routine', error);
      }
      if (!playerWindow) openPlayer?.();
      showPlayer();
    },
  });
  const applyDesktopSettings = () => {
    const settings = services.settings.get();
    reminders.refresh();
    app.setLoginItemSettings({ openAtLogin: settings.launchAtLogin });
  };
  onSettingsChanged = applyDesktopSettings;
  applyDesktopSettings();

  const tray = createTray(path.join(rendererDir, 'icons'), run);
  updateTray = () => {
    const settings = services.settings.get();
    tray.update({
      status: services.playback.snapshot().status,
      lastRoutineTitle: lastRoutineTitle(),
      timerOpen: timer.isOpen(),
      remindersOn:
        settings.reminders.some((reminder) => reminder.enabled) || settings.sittingNudgeMinutes > 0,
      remindersPaused: settings.pausedUntil !== null && settings.pausedUntil > Date.now(),
    });
  };
  updateTray();
  const taken = registerGlobalShortcuts(run);
  if (taken.length > 0) {
    services.notify({
      id: 'shortcuts-taken',
      level: 'info',
      message: `Another app already uses ${taken.join(', ')}, so Unknot cannot answer ${taken.length === 1 ? 'it' : 'them'}. The buttons and the tray still work.`,
    });
  }
  app.on('will-quit', () => {
    reminders.stop();
    unregisterGlobalShortcuts();
    services.dispose();
    tray.destroy();
  });

  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), (event, payload: unknown) =>
      dispatch(
        services.handlers,
        method,
        payload,
        { senderUrl: event.senderFrame?.url ?? '' },
        { isTrustedSender: isAppUrl, log: (message, error) => console.error(message, error ?? '') },
      ),
    );
  }

  openPlayer = () => {
    playerWindow = createPlayerWindow(windowDeps);
    playerWindow.on('closed', () => {
      playerWindow = null;
      timer.close();
    });
  };
  openPlayer();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showPlayer);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS keeps the app alive with no window; the dock icon brings the player back.
    if (!playerWindow) openPlayer?.();
  });
  void app.whenReady().then(start);
}
