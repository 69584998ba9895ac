import { setMainLanguage } from '../i18n/main-i18n';
import { spokenLinesFor } from '../../content/spoken-lines-by-language';
import { localizeContent, type ContentTranslations } from '../../content/content-strings';
import { resolveLanguage, type Language } from '../common/language';
import { randomUUID } from 'node:crypto';
import type { Routine, Technique } from '../../content/schema';
import type { NarrationManifest } from '../../content/narration-manifest';
import type { Broadcast, Notice } from '../common/ipc/contract';
import { createBackupService, type BackupService } from '../data/backup';
import { markDataFolder } from '../data/data-folder';
import { whyWriteFailed } from '../errors/user-error';
import { undoInterruptedRestore } from '../data/restore-record';
import { damageNotices } from '../history/damage-notices';
import { dataHandlers, type DataFolderDeps } from '../data/data-handlers';
import { readOrCreateDeviceId } from '../data/device-id';
import { timerWindowHandlers, type TimerWindowControl } from '../desk/timer-window';
import { historyHandlers } from '../history/history-handlers';
import { reportHandlers } from '../report/report-handlers';
import { createReportService, type ReportPorts } from '../report/report-service';
import { createHistoryService, type HistoryService } from '../history/history-service';
import { SessionJournal } from '../history/session-journal';
import type { HandlerTable } from '../ipc/handler-table';
import { createNoticeQueue, noticeHandlers } from '../notices/notice-queue';
import { playbackHandlers } from '../playback/playback-handlers';
import { createPlaybackService, type PlaybackService } from '../playback/playback-service';
import type { ClockScheduler } from '../playback/clock-scheduler';
import type { SessionRecorder } from '../playback/session-recorder';
import { openCustomRoutines } from '../routines/custom-routines';
import { createPresets } from '../routines/presets';
import { routineHandlers } from '../routines/routine-handlers';
import { createRoutineLibrary, type RoutineLibrary } from '../routines/routine-library';
import { settingsHandlers } from '../settings/settings-handlers';
import {
  openSettingsStore,
  type SettingsBackend,
  type SettingsStore,
} from '../settings/settings-store';

export interface ServiceDeps extends Omit<DataFolderDeps, 'dataDir'> {
  dataDir: string;
  appVersion: string;
  SettingsBackend: SettingsBackend;
  timerWindow: TimerWindowControl;
  broadcast: Broadcast;
  /** The built-in routines and technique catalogue (content/). */
  routines: readonly Routine[];
  techniques: readonly Technique[];
  /** The system's preferred languages, best first (Electron's getPreferredSystemLanguages). */
  systemLanguages?: () => readonly string[];
  /** The built-in content's lines in a language other than English (content/locales/). */
  contentTranslations?: (language: Language) => ContentTranslations | null;
  /** Notices from outside the services (the XWayland switch, say), shown once with the rest. */
  startupNotices?: Notice[];
  narrationManifest?: NarrationManifest | null;
  /** This computer's id for its journal files; made and kept in the data folder if absent. */
  deviceId?: string;
  /** The clock's time source; tests pass fake time. */
  clockScheduler?: ClockScheduler;
  /**
   * Printing the clinician report and asking where to save it (Electron, or the harness).
   * Absent in unit tests that make no report: asking for one then fails inside Unknot.
   */
  reportPorts?: ReportPorts;
}

export interface Services {
  handlers: HandlerTable;
  settings: SettingsStore;
  playback: PlaybackService;
  journal: SessionJournal;
  history: HistoryService;
  library: RoutineLibrary;
  backup: BackupService;
  /** Queues a message for the user, shown once by the next window that asks. */
  notify(notice: Notice): void;
  /** Stops timers; the app is quitting (or a test is done). */
  dispose(): void;
}

const NO_PRINTER: ReportPorts = {
  printPdf: () => Promise.reject(new Error('No printer was given to the services')),
  pickSavePath: () => Promise.resolve(null),
};

/**
 * The composition root: makes every feature of the main process and joins their handler
 * slices into one table. It decides nothing itself. The e2e harness runs exactly this code
 * against a real temp folder, with pages in place of windows.
 */
export function createServices(deps: ServiceDeps): Services {
  // The system's language until the settings say otherwise: opening them may leave a notice.
  setMainLanguage(resolveLanguage('system', deps.systemLanguages?.() ?? []));
  const opened = openSettingsStore({
    dir: deps.dataDir,
    Backend: deps.SettingsBackend,
    appVersion: deps.appVersion,
  });
  const settings = opened.store;
  settings.onChange((next) => deps.broadcast('settingsChanged', next));
  // Main's words (tray, notifications, dialogs, messages) follow the windows' language.
  const language = (): Language =>
    resolveLanguage(settings.get().language, deps.systemLanguages?.() ?? []);
  setMainLanguage(language());
  settings.onChange(() => setMainLanguage(language()));
  const notices = createNoticeQueue([...(deps.startupNotices ?? []), ...opened.notices], () =>
    deps.broadcast('noticesChanged', { at: Date.now() }),
  );
  // A data folder in use is a whole one: marked, so a move to it later adopts it. Best
  // effort: a read-only folder still opens.
  try {
    markDataFolder(deps.dataDir);
  } catch {
    // Said elsewhere when it matters: every write to a read-only folder explains itself.
  }

  // A restore that a crash cut off is undone before anything reads the data.
  const undone = undoInterruptedRestore(deps.dataDir, settings);
  if (undone) notices.notify(undone);

  const journal = new SessionJournal({
    dir: deps.dataDir,
    deviceId: deps.deviceId ?? readOrCreateDeviceId(deps.dataDir),
  });
  // Sessions a crash or power cut left open become 'interrupted' before anything new starts.
  // The library then offers to continue the newest of them (renderer/library/LastRoutineCard).
  // The app always starts: a history it cannot write to (a full or read-only disk) is read
  // as it is, and the user is told what to do; nothing is deleted.
  try {
    journal.recoverInterrupted();
  } catch (error) {
    notices.notify({
      id: 'history-read-only',
      level: 'error',
      message: `Your history cannot be written to just now (${whyWriteFailed((error as { cause?: unknown }).cause ?? error)}). It is shown as it is, and sessions you play now may not be recorded. Free some space, or make the data folder writable, then restart Unknot.`,
    });
  }
  let loaded: ReturnType<SessionJournal['load']>;
  try {
    loaded = journal.load();
  } catch {
    loaded = { sessions: [], unknownEvents: [], damaged: [] };
  }
  for (const notice of damageNotices(loaded.damaged, deps.dataDir)) notices.notify(notice);
  const historyChanged = () => deps.broadcast('historyChanged', { at: Date.now() });
  const history = createHistoryService({ journal, settings, onChanged: historyChanged });

  /** The clock records through here: a failed write is told, and the routine plays on. */
  const guard = (write: () => void): void => {
    try {
      write();
    } catch (error) {
      notices.notify({
        id: `journal-${Date.now()}`,
        level: 'error',
        message: error instanceof Error ? error.message : 'Could not record the session.',
      });
    }
  };
  const recorder: SessionRecorder = {
    started: (start) => guard(() => journal.started(start)),
    resumed: (resume) => guard(() => journal.resumed(resume)),
    checkpoint: (progress) => guard(() => journal.checkpoint(progress)),
    ended: (end) => {
      guard(() => journal.ended(end));
      historyChanged();
    },
  };

  // The built-in routines in the language shown, translated once per language.
  const builtInByLanguage = new Map<Language, readonly Routine[]>();
  const builtIn = (): readonly Routine[] => {
    const now = language();
    let routines = builtInByLanguage.get(now);
    if (!routines) {
      const translations = now === 'en' ? null : (deps.contentTranslations?.(now) ?? null);
      routines = localizeContent(deps, translations).routines;
      builtInByLanguage.set(now, routines);
    }
    return routines;
  };
  const library = createRoutineLibrary({
    dataDir: deps.dataDir,
    builtIn,
    techniques: deps.techniques,
    settings,
  });
  const presets = createPresets({
    settings,
    routineExists: (id) => library.all().some((routine) => routine.id === id),
    newId: randomUUID,
  });
  const backup = createBackupService({
    dataDir: deps.dataDir,
    settings,
    routines: openCustomRoutines(deps.dataDir, deps.techniques),
    journal,
    builtInIds: new Set(deps.routines.map((routine) => routine.id)),
    techniques: deps.techniques,
    onRestored: historyChanged,
  });
  const playback = createPlaybackService({
    routines: () => library.all(),
    settings,
    onSnapshot: (snapshot) => deps.broadcast('playbackChanged', snapshot),
    onEvent: (event) => deps.broadcast('playbackEvent', event),
    recorder,
    manifest: deps.narrationManifest ?? null,
    spokenLines: () => spokenLinesFor(language()),
    scheduler: deps.clockScheduler,
  });

  const handlers: HandlerTable = {
    ...settingsHandlers(settings),
    ...timerWindowHandlers(deps.timerWindow, deps.broadcast),
    ...noticeHandlers(notices),
    ...playbackHandlers({ playback, findSession: (id) => history.find(id) }),
    ...routineHandlers({ library, presets, techniques: deps.techniques }),
    ...historyHandlers(history),
    ...reportHandlers(
      createReportService({ history, settings, library, ports: deps.reportPorts ?? NO_PRINTER }),
    ),
    ...dataHandlers({ ...deps, backup }),
  };
  return {
    handlers,
    settings,
    playback,
    journal,
    history,
    library,
    backup,
    notify: notices.notify,
    dispose: () => {
      playback.dispose();
      journal.close();
    },
  };
}
