import { randomUUID } from 'node:crypto';
import type { Routine, Technique } from '../../content/schema';
import type { EventName, EventPayload, Notice } from '../common/ipc/contract';
import { HandlerError, type HandlerTable } from '../ipc/dispatch';
import {
  openSettingsStore,
  type SettingsBackend,
  type SettingsStore,
} from '../settings/settings-store';
import type { NarrationManifest } from '../../content/narration-manifest';
import { createPlaybackService, type PlaybackService } from '../playback/playback-service';
import type { ClockScheduler } from '../playback/routine-clock';
import type { SessionRecorder } from '../playback/session-recorder';
import { readOrCreateDeviceId } from '../data/device-id';
import { createHistoryService, type HistoryService } from '../history/history-service';
import { SessionJournal } from '../history/session-journal';
import { createBackupService, type BackupService } from '../data/backup';
import { openCustomRoutines } from '../routines/custom-routines';
import { moveDataFolder } from '../data/data-folder';
import { createPresets } from '../routines/presets';
import { createRoutineLibrary, type RoutineLibrary } from '../routines/routine-library';

/** What the services need from the window layer; main passes BrowserWindows, tests pass pages. */
export interface TimerWindowControl {
  open(): void;
  close(): void;
  isOpen(): boolean;
}

export type Broadcast = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface ServiceDeps {
  dataDir: string;
  appVersion: string;
  SettingsBackend: SettingsBackend;
  timerWindow: TimerWindowControl;
  broadcast: Broadcast;
  /** The built-in routines and technique catalogue (content/). */
  routines: readonly Routine[];
  techniques: readonly Technique[];
  /** Notices from outside the services (the XWayland switch, say), shown once with the rest. */
  startupNotices?: Notice[];
  narrationManifest?: NarrationManifest | null;
  /** This computer's id for its journal files; made and kept in the data folder if absent. */
  deviceId?: string;
  /** Shows a folder in the system's file manager (Electron's shell); absent in tests. */
  openFolder?: (folder: string) => Promise<boolean>;
  /** Where the pointer to a moved data folder is kept (Electron's userData); dataDir if absent. */
  userData?: string;
  /** Asks the user to choose a folder (a native dialog); null when they cancel. */
  pickFolder?: () => Promise<string | null>;
  /** Starts the app again, on the moved data folder. */
  restart?: () => void;
  /** The clock's time source; tests pass fake time. */
  clockScheduler?: ClockScheduler;
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

/**
 * Everything the main process does that is not Electron glue, wired through injected
 * dependencies so the e2e harness runs exactly this code against a real temp folder.
 */
export function createServices(deps: ServiceDeps): Services {
  const opened = openSettingsStore({
    dir: deps.dataDir,
    Backend: deps.SettingsBackend,
    appVersion: deps.appVersion,
  });
  const settings = opened.store;
  let pendingNotices: Notice[] = [...(deps.startupNotices ?? []), ...opened.notices];

  const timerState = () => ({ open: deps.timerWindow.isOpen() });
  const journal = new SessionJournal({
    dir: deps.dataDir,
    deviceId: deps.deviceId ?? readOrCreateDeviceId(deps.dataDir),
  });
  // Sessions a crash or power cut left open become 'interrupted' before anything new starts.
  const recovered = journal.recoverInterrupted();
  const loaded = journal.load();
  if (loaded.damaged.length > 0) {
    pendingNotices.push({
      id: 'journal-damaged',
      level: 'warning',
      message: `Part of your history file was damaged (a crash while writing). Unknot set ${loaded.damaged.reduce((sum, part) => sum + part.bytes, 0)} bytes aside in a .damaged file and kept everything else.`,
    });
  }
  const historyChanged = () => deps.broadcast('historyChanged', { at: Date.now() });
  const history = createHistoryService({
    journal,
    settings,
    recovered,
    onChanged: historyChanged,
  });
  const notify = (notice: Notice) => {
    pendingNotices = [...pendingNotices, notice];
  };
  /** The clock records through here: a failed write is told, and the routine plays on. */
  const recorder: SessionRecorder = {
    started: (start) => guard(() => journal.started(start)),
    checkpoint: (progress) => guard(() => journal.checkpoint(progress)),
    ended: (end) => {
      guard(() => journal.ended(end));
      historyChanged();
    },
  };
  function guard(write: () => void): void {
    try {
      write();
    } catch (error) {
      notify({
        id: `journal-${Date.now()}`,
        level: 'error',
        message: error instanceof Error ? error.message : 'Could not record the session.',
      });
    }
  }
  const settingsChanged = () => deps.broadcast('settingsChanged', settings.get());
  const library = createRoutineLibrary({
    dataDir: deps.dataDir,
    builtIn: deps.routines,
    techniques: deps.techniques,
    settings,
    onSettingsChanged: settingsChanged,
  });
  const presets = createPresets({
    settings,
    routineExists: (id) => library.all().some((routine) => routine.id === id),
    newId: randomUUID,
    onChanged: settingsChanged,
  });
  const backup = createBackupService({
    dataDir: deps.dataDir,
    settings,
    routines: openCustomRoutines(deps.dataDir, deps.techniques),
    journal,
    onRestored: () => {
      settingsChanged();
      historyChanged();
    },
  });
  const playback = createPlaybackService({
    routines: () => library.all(),
    settings,
    broadcast: deps.broadcast,
    recorder,
    manifest: deps.narrationManifest ?? null,
    scheduler: deps.clockScheduler,
  });

  const handlers: HandlerTable = {
    listRoutines: () => library.summaries(),
    getRoutine: ({ id }) => library.get(id),
    getSettings: () => settings.get(),
    updateSettings: (patch) => {
      const next = settings.update(patch);
      deps.broadcast('settingsChanged', next);
      return next;
    },
    openTimerWindow: () => {
      deps.timerWindow.open();
      const state = timerState();
      deps.broadcast('timerWindowChanged', state);
      return state;
    },
    closeTimerWindow: () => {
      deps.timerWindow.close();
      const state = timerState();
      deps.broadcast('timerWindowChanged', state);
      return state;
    },
    takeNotices: () => {
      const notices = pendingNotices;
      pendingNotices = [];
      return notices;
    },
    startRoutine: (request) => playback.start(request),
    controlPlayback: ({ command }) => playback.command(command),
    getPlayback: () => playback.snapshot(),
    listTechniques: () => [...deps.techniques],
    listStepCatalogue: () => library.catalogue(),
    saveRoutine: ({ routine }) => library.save(routine),
    deleteRoutine: ({ id }) => ({ deleted: library.remove(id) }),
    setRoutineHidden: ({ id, hidden }) => ({ hidden: library.setHidden(id, hidden) }),
    importRoutine: ({ text }) => library.import(text),
    listRoutineProblems: () => library.problems(),
    savePreset: (input) => {
      try {
        return presets.save(input);
      } catch (error) {
        throw new HandlerError('not-found', error instanceof Error ? error.message : String(error));
      }
    },
    deletePreset: ({ id }) => ({ deleted: presets.remove(id) }),
    listSessions: () => history.sessions(),
    getHistoryStats: () => history.stats(),
    checkIn: ({ sessionId, when, score }) => {
      history.checkIn(sessionId, when, score);
      return { saved: true };
    },
    setSessionNote: ({ sessionId, text }) => {
      history.setNote(sessionId, text);
      return { saved: true };
    },
    deleteSession: ({ sessionId }) => ({ deleted: history.remove(sessionId) }),
    exportHistory: ({ format }) => history.exportAs(format),
    takeRecovery: () => history.takeRecovery(),
    createBackup: () => backup.create(),
    restoreBackup: ({ text, apply }) =>
      apply
        ? { message: backup.apply(text), applied: true }
        : { message: backup.preview(text), applied: false },
    getDataFolder: () => ({ path: deps.dataDir }),
    openDataFolder: async () => ({ opened: (await deps.openFolder?.(deps.dataDir)) ?? false }),
    moveDataFolder: async () => {
      const target = (await deps.pickFolder?.()) ?? null;
      if (!target)
        return { moved: false, message: 'No folder was chosen; your data stays where it is.' };
      let result;
      try {
        result = moveDataFolder({
          userData: deps.userData ?? deps.dataDir,
          current: deps.dataDir,
          target,
        });
      } catch (error) {
        throw new HandlerError(
          'storage-failed',
          error instanceof Error ? error.message : String(error),
        );
      }
      if (result.folder === deps.dataDir) return { moved: false, message: result.message };
      // Answer first, then restart on the new folder.
      setTimeout(() => deps.restart?.(), 300);
      return { moved: true, message: `${result.message} Unknot restarts to use it.` };
    },
    resumeSession: ({ sessionId }) => {
      const session = history.find(sessionId);
      if (!session) throw new HandlerError('not-found', 'That session is not in your history.');
      return playback.resume(session.routineId, Math.max(0, session.lastStepIndex));
    },
  };
  return {
    handlers,
    settings,
    playback,
    journal,
    history,
    library,
    backup,
    notify,
    dispose: () => {
      playback.dispose();
      journal.close();
    },
  };
}
