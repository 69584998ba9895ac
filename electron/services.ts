import { summarizeRoutine } from '../content/routine-summary';
import type { Routine } from '../content/schema';
import type { EventName, EventPayload, Notice } from './contract';
import { HandlerError, type HandlerTable } from './ipc-handlers';
import { openSettingsStore, type SettingsBackend, type SettingsStore } from './settings-store';
import type { NarrationManifest } from '../content/narration-manifest';
import { createPlaybackService, type PlaybackService } from './playback-service';
import type { ClockScheduler } from './routine-clock';
import { MemorySessionRecorder, type SessionRecorder } from './session-recorder';

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
  routines: readonly Routine[];
  /** Notices from outside the services (the XWayland switch, say), shown once with the rest. */
  startupNotices?: Notice[];
  narrationManifest?: NarrationManifest | null;
  /** Where sessions are checkpointed; in memory until the history journal lands. */
  recorder?: SessionRecorder;
  /** The clock's time source; tests pass fake time. */
  clockScheduler?: ClockScheduler;
}

export interface Services {
  handlers: HandlerTable;
  settings: SettingsStore;
  playback: PlaybackService;
  recorder: SessionRecorder;
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
  const { routines } = deps;
  const opened = openSettingsStore({
    dir: deps.dataDir,
    Backend: deps.SettingsBackend,
    appVersion: deps.appVersion,
  });
  const settings = opened.store;
  let pendingNotices: Notice[] = [...(deps.startupNotices ?? []), ...opened.notices];

  const timerState = () => ({ open: deps.timerWindow.isOpen() });
  const recorder = deps.recorder ?? new MemorySessionRecorder();
  const playback = createPlaybackService({
    routines: () => routines,
    settings,
    broadcast: deps.broadcast,
    recorder,
    manifest: deps.narrationManifest ?? null,
    scheduler: deps.clockScheduler,
  });

  const handlers: HandlerTable = {
    listRoutines: () => routines.map((routine) => summarizeRoutine(routine, true)),
    getRoutine: ({ id }) => {
      const routine = routines.find((candidate) => candidate.id === id);
      if (!routine) throw new HandlerError('not-found', `There is no routine "${id}".`);
      return routine;
    },
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
  };
  return {
    handlers,
    settings,
    playback,
    recorder,
    notify: (notice) => {
      pendingNotices = [...pendingNotices, notice];
    },
    dispose: () => playback.dispose(),
  };
}
