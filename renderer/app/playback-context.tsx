import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { MethodInput } from '../../electron/common/ipc/contract';
import type {
  ClockCommand,
  ClockEvent,
  PlaybackSnapshot,
} from '../../electron/common/playback-schema';
import { inMainWindow, loadPlayback } from './startup-data';
import { api, errorMessage } from './api';
import { useMainData } from './use-main-data';
import { msUntilNextSecond, playbackTimeAt, type PlaybackTime } from '../player/playback-time';

/** What the clock does: the same functions for the whole life of the window. */
interface PlaybackActions {
  start: (request: MethodInput<'startRoutine'>) => Promise<boolean>;
  command: (command: ClockCommand) => Promise<void>;
  /** Every clock event with the newest snapshot (already updated), for the audio director. */
  subscribe: (listener: ClockListener) => () => void;
}

interface PlaybackState extends PlaybackActions {
  snapshot: PlaybackSnapshot | null;
  error: string | null;
}

export type ClockListener = (event: ClockEvent, snapshot: PlaybackSnapshot | null) => void;

// Three contexts, so each change re-renders only what shows it: the snapshot changes at a
// step's edge, the spoken line several times a step (only the player's caption shows it),
// and the actions never (the check-in dialog and the buttons only start and command).
const PlaybackContext = createContext<PlaybackState | null>(null);
const PlaybackActionsContext = createContext<PlaybackActions | null>(null);
const PlaybackLineContext = createContext<string | null>(null);

/** Mirrors the clock in main: one snapshot per change, one event per moment due. */
export function PlaybackProvider({ children }: { children: ReactNode }) {
  // The snapshot is read like any data from main, and kept by its playbackChanged events.
  const mirrored = useMainData<PlaybackSnapshot>(loadPlayback, {
    mirror: 'playbackChanged',
  });
  const snapshot = mirrored.data ?? null;
  const { replace } = mirrored;
  // Clock events are handled as they arrive, before React re-renders, so they read the
  // newest snapshot here: set by every playbackChanged (which main sends before the events
  // it causes) and by the answers to start and command.
  const latest = useRef<PlaybackSnapshot | null>(null);
  useLayoutEffect(() => {
    latest.current ??= snapshot;
  }, [snapshot]);
  const setSnapshot = useCallback(
    (next: PlaybackSnapshot) => {
      latest.current = next;
      replace(next);
    },
    [replace],
  );
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? mirrored.error;
  const [listeners] = useState(() => new Set<ClockListener>());

  useEffect(() => {
    const offSnapshot = api().on('playbackChanged', (next) => {
      latest.current = next;
    });
    const offEvent = api().on('playbackEvent', (event) => {
      for (const listener of listeners) listener(event, latest.current);
    });
    return () => {
      offSnapshot();
      offEvent();
    };
  }, [listeners]);

  const start = useCallback(
    async (request: MethodInput<'startRoutine'>) => {
      try {
        setSnapshot(await api().startRoutine(request));
        setError(null);
        return true;
      } catch (failure) {
        setError(errorMessage(failure));
        return false;
      }
    },
    [setSnapshot],
  );

  const command = useCallback(
    async (next: ClockCommand) => {
      try {
        setSnapshot(await api().controlPlayback({ command: next }));
      } catch (failure) {
        setError(errorMessage(failure));
      }
    },
    [setSnapshot],
  );

  const subscribe = useCallback(
    (listener: ClockListener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    [listeners],
  );

  const actions = useMemo(() => ({ start, command, subscribe }), [start, command, subscribe]);
  const state = useMemo(() => ({ ...actions, snapshot, error }), [actions, snapshot, error]);
  return (
    <PlaybackActionsContext.Provider value={actions}>
      <PlaybackContext.Provider value={state}>
        {/* The floating timer shows no caption: it does not follow the lines at all. */}
        {inMainWindow ? <SpokenLine subscribe={subscribe}>{children}</SpokenLine> : children}
      </PlaybackContext.Provider>
    </PlaybackActionsContext.Provider>
  );
}

/**
 * Keeps the line being said now, for the caption: set by a cue or the outro, cleared at a
 * step's start and when the routine ends or stops. Held here rather than in the player, so
 * the caption is still right after a visit to another screen.
 */
function SpokenLine({
  subscribe,
  children,
}: {
  subscribe: PlaybackActions['subscribe'];
  children: ReactNode;
}) {
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    const offSnapshot = api().on('playbackChanged', (next) => {
      if (next.status !== 'playing' && next.status !== 'paused') setLine(null);
    });
    const offEvent = subscribe((event) => {
      if (event.type === 'step-start') setLine(null);
      else if (event.type === 'cue' && !event.cue.tone) setLine(event.cue.text);
      else if (event.type === 'outro') setLine(event.text);
    });
    return () => {
      offSnapshot();
      offEvent();
    };
  }, [subscribe]);
  return <PlaybackLineContext.Provider value={line}>{children}</PlaybackLineContext.Provider>;
}

export function usePlayback(): PlaybackState {
  const state = useContext(PlaybackContext);
  if (!state) throw new Error('usePlayback needs a PlaybackProvider');
  return state;
}

/** Start and command only: a component using just these never re-renders for the clock. */
export function usePlaybackActions(): PlaybackActions {
  const actions = useContext(PlaybackActionsContext);
  if (!actions) throw new Error('usePlaybackActions needs a PlaybackProvider');
  return actions;
}

/** The line being said now, for the caption; null between lines. */
export function useSpokenLine(): string | null {
  return useContext(PlaybackLineContext);
}

/**
 * The live countdown: re-renders once a second, on the second, while the clock runs, and
 * not at all while paused or idle (no animation-frame loop).
 */
export function usePlaybackTime(snapshot: PlaybackSnapshot | null): PlaybackTime | null {
  const [now, setNow] = useState(() => Date.now());
  const running = snapshot?.status === 'playing' || snapshot?.status === 'counting-in';
  useEffect(() => {
    if (!snapshot || !running) return;
    let timer: ReturnType<typeof setTimeout>;
    const wake = () => {
      const current = Date.now();
      setNow(current);
      const left = playbackTimeAt(snapshot, current).stepRemainingMs;
      if (left > 0) timer = setTimeout(wake, msUntilNextSecond(left) + 5);
    };
    wake();
    return () => clearTimeout(timer);
  }, [snapshot, running]);
  if (!snapshot) return null;
  return playbackTimeAt(snapshot, running ? Math.max(now, snapshot.at) : snapshot.at);
}
