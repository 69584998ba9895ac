import Conf from 'conf';
import { createServices } from '../../../electron/app/services';
import { loadBuiltInContent } from '../../../electron/routines/content-files';
import type { SettingsBackend } from '../../../electron/settings/settings-store';
import { CONTENT_DIR } from './repo-paths';

/** The main process's services on a data folder, as the app starts them (without Electron). */
export function openApp(
  dataDir: string,
  deviceId = 'kill-desk',
  appVersion = '0.2.0',
  systemLanguages: readonly string[] = [],
) {
  const content = loadBuiltInContent(CONTENT_DIR);
  return createServices({
    dataDir,
    appVersion,
    SettingsBackend: Conf as unknown as SettingsBackend,
    routines: content.routines,
    techniques: content.techniques,
    broadcast: () => {},
    timerWindow: { open: () => {}, close: () => {}, isOpen: () => false },
    deviceId,
    systemLanguages: () => [...systemLanguages],
  });
}

/** One completed five-minute session of Jaw release, recorded as the player would. */
export function recordSession(
  app: ReturnType<typeof openApp>,
  sessionId: string,
  startedAt = Date.now(),
): void {
  app.journal.started({
    sessionId,
    routineId: 'jaw-release',
    title: 'Jaw release',
    plannedSeconds: 300,
    startedAt,
  });
  app.journal.ended({
    sessionId,
    status: 'completed',
    stepIndex: 3,
    stepsDone: [],
    completedSeconds: 300,
    at: startedAt + 1000,
  });
}
