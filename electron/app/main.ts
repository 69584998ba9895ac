import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import ElectronStore from 'electron-store';
import {
  METHODS,
  channelOf,
  eventChannelOf,
  type Broadcast,
  type Notice,
} from '../common/ipc/contract';
import { locateDataFolder } from '../data/data-folder';
import { readOrCreateDeviceId } from '../data/device-id';
import { createDeskActions } from '../desk/desk-actions';
import { shouldUseXWayland, startsInTray, xwaylandNotice } from '../desk/platform';
import type { Bounds } from '../desk/window-options';
import { resolveLanguage } from '../common/language';
import { setMainLanguage, tm } from '../i18n/main-i18n';
import { dispatch } from '../ipc/dispatch';
import { writeCrashLog } from '../notices/crash-log';
import { APP_ENTRY_URL, createAppUrlCheck } from '../protocol/app-protocol';
import {
  loadBuiltInContent,
  loadContentTranslations,
  loadNarrationManifest,
} from '../routines/content-files';
import type { SettingsBackend } from '../settings/settings-store';
import { closeToTray } from './close-to-tray';
import { startDeskShell } from './desk-shell';
import { openedAtLogin } from './login-items';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { electronReportPorts } from './report-printer';
import { gatherStartupData } from '../ipc/gather-startup-data';
import { hardenApp } from './security';
import { createServices, type Services } from './services';
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
const usesXWayland = shouldUseXWayland(process.platform, process.env);
if (usesXWayland) app.commandLine.appendSwitch('ozone-platform', 'x11');

registerAppScheme();

let playerWindow: BrowserWindow | null = null;
/** Set when the user quits, so closing the window no longer means "keep running in the tray". */
let quitting = false;
let openPlayer: (() => void) | null = null;

function showPlayer(): void {
  if (!playerWindow || playerWindow.isDestroyed()) return;
  if (playerWindow.isMinimized()) playerWindow.restore();
  playerWindow.show();
  playerWindow.focus();
}

function start(): void {
  const isAppUrl = createAppUrlCheck(devServerUrl);
  hardenApp(isAppUrl);

  const pageUrl = (route: string) =>
    devServerUrl ? `${devServerUrl}#/${route}` : `${APP_ENTRY_URL}#/${route}`;
  // Window positions are cheap to lose, unlike settings, so a broken file may be reset.
  const windowState = new ElectronStore<Record<string, Bounds>>({
    name: 'window-state',
    clearInvalidConfig: true,
  });

  // Set once the tray and keys exist; until then there is nothing to follow.
  let refreshDesk = () => {};
  const broadcast: Broadcast = (event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send(eventChannelOf(event), payload);
    }
    if (event !== 'playbackEvent') refreshDesk();
  };
  const windowDeps = {
    preloadPath,
    pageUrl,
    windowState,
    timerOpacity: () => services.settings.get().timerOpacity,
    textScale: () => services.settings.get().textScale,
    onTimerChanged: () => broadcast('timerWindowChanged', { open: timer.isOpen() }),
    hideTimerFromScreenShare: () => services.settings.get().hideTimerFromScreenShare,
  };
  const timer = createTimerWindowControl(windowDeps);
  const { routines, techniques } = loadBuiltInContent(contentDir);
  const userData = app.getPath('userData');
  // Until the settings are read, main speaks the system's language: a notice about a data
  // folder or settings file that could not be opened is written before the choice is known.
  setMainLanguage(resolveLanguage('system', app.getPreferredSystemLanguages()));
  const location = locateDataFolder(userData);
  if (location.notice) startupNotices.push(location.notice);
  const services: Services = createServices({
    dataDir: location.folder,
    userData,
    // The device id names this computer's journal files, so it stays here, never synced.
    deviceId: readOrCreateDeviceId(userData),
    pickFolder: async () => {
      const choice = await dialog.showOpenDialog({
        title: tm('desk:dialogs.pickDataFolder'),
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
    systemLanguages: () => app.getPreferredSystemLanguages(),
    contentTranslations: (language) => loadContentTranslations(contentDir, language),
    startupNotices,
    narrationManifest: loadNarrationManifest(path.join(rendererDir, 'narration/manifest.json')),
    // shell.openPath answers '' on success, else an error message.
    openFolder: async (folder) => (await shell.openPath(folder)) === '',
    reportPorts: electronReportPorts(() =>
      playerWindow && !playerWindow.isDestroyed() ? playerWindow : null,
    ),
  });
  // Told once the services have set main's language (the switch itself is made before ready).
  if (usesXWayland) services.notify({ id: 'xwayland', level: 'info', message: xwaylandNotice() });

  const showApp = () => {
    if (!playerWindow) openPlayer?.();
    showPlayer();
  };
  const log = (message: string, error: unknown) => console.error(message, error);
  const run = createDeskActions({
    playback: services.playback,
    settings: services.settings,
    timer,
    timerChanged: () => broadcast('timerWindowChanged', { open: timer.isOpen() }),
    showApp,
    quit: () => app.quit(),
    log,
  });
  const desk = startDeskShell({
    services,
    timer,
    run,
    iconDir: path.join(rendererDir, 'icons'),
    playFromReminder: (routineId) => {
      try {
        services.playback.start({ routineId });
      } catch (error) {
        log('A reminder could not start its routine', error);
      }
      showApp();
    },
    log,
  });
  refreshDesk = desk.refresh;
  app.on('will-quit', () => {
    desk.stop();
    services.dispose();
  });

  const dispatchOptions = {
    isTrustedSender: isAppUrl,
    log: (message: string, error?: unknown) => console.error(message, error ?? ''),
  };
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), (event, payload: unknown) =>
      dispatch(
        services.handlers,
        method,
        payload,
        { senderUrl: event.senderFrame?.url ?? '' },
        dispatchOptions,
      ),
    );
  }
  serveAppProtocol(rendererDir, () =>
    gatherStartupData(services.handlers, APP_ENTRY_URL, dispatchOptions),
  );

  openPlayer = () => {
    const window = createPlayerWindow(windowDeps);
    playerWindow = window;
    closeToTray(window, {
      keepRunning: () => process.platform !== 'darwin' && services.settings.get().closeToTray,
      quitting: () => quitting,
      explained: () => services.settings.get().closeToTrayExplained,
      markExplained: () => {
        try {
          services.settings.update({ closeToTrayExplained: true });
        } catch (error) {
          log('Could not remember the tray notice', error);
        }
      },
    });
    window.on('closed', () => {
      playerWindow = null;
      timer.close();
    });
  };
  // Opened at login: the window waits in the tray until asked for.
  if (!startsInTray(process.argv, openedAtLogin())) openPlayer();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('second-instance', () => {
    if (!playerWindow) openPlayer?.();
    showPlayer();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS keeps the app alive with no window; the dock icon brings the player back.
    if (!playerWindow) openPlayer?.();
  });
  // Nothing that goes wrong vanishes: it is logged, and the user is told in a dialog that
  // names the log. A failure to start quits after saying so, rather than leaving no window.
  // The log is for whoever reads it later and stays in English; the dialog is the user's.
  const LOGGED: Record<'problem' | 'couldNotStart', string> = {
    problem: 'Unknot ran into a problem',
    couldNotStart: 'Unknot could not start',
  };
  const report = (what: 'problem' | 'couldNotStart', error: unknown): void => {
    const log = writeCrashLog(app.getPath('logs'), LOGGED[what], error);
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(
      tm(`desk:crash.${what}`),
      log
        ? tm('desk:crash.details', { message, file: log })
        : tm('desk:crash.detailsNoLog', { message }),
    );
  };
  process.on('uncaughtException', (error) => report('problem', error));
  process.on('unhandledRejection', (reason) => report('problem', reason));
  void app.whenReady().then(() => {
    try {
      start();
    } catch (error) {
      report('couldNotStart', error);
      app.exit(1);
    }
  });
}
