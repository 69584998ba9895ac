import { BrowserWindow, screen } from 'electron';
import type ElectronStore from 'electron-store';
import {
  defaultTimerBounds,
  placeTimer,
  playerWindowOptions,
  timerWindowOptions,
  TIMER_ALWAYS_ON_TOP_LEVEL,
  type Bounds,
} from '../desk/window-options';
import type { TimerWindowControl } from '../desk/timer-window';

export interface WindowDeps {
  preloadPath: string;
  /** URL of a route in the renderer, e.g. pageUrl('timer'). */
  pageUrl: (route: string) => string;
  windowState: ElectronStore<Record<string, Bounds>>;
  timerOpacity: () => number;
  /** The app's text size (Settings), for the timer's first size. */
  textScale: () => number;
  onTimerChanged: () => void;
  /** Settings: leave the timer out of screen shares and recordings, and off full-screen apps. */
  hideTimerFromScreenShare: () => boolean;
}

type WindowOptions = ReturnType<typeof playerWindowOptions> | ReturnType<typeof timerWindowOptions>;

/**
 * Every window is made here. The security-critical flags are restated in the literal: the
 * last word wins over the spread, and static scanners (electronegativity) read literals only.
 */
function createSecureWindow(options: WindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

export function createPlayerWindow(deps: WindowDeps): BrowserWindow {
  const window = createSecureWindow(playerWindowOptions(deps.preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(deps.pageUrl('library'));
  return window;
}

/** The always-on-top timer: frameless, floating, on every workspace, placed where it was left. */
export function createTimerWindowControl(deps: WindowDeps): TimerWindowControl & {
  window(): BrowserWindow | null;
  /** Follows the screen-share setting on an open timer. */
  applySharing(): void;
  /** Do-not-disturb: an open timer steps aside while it is on, and comes back after. */
  setQuiet(quiet: boolean): void;
} {
  let timer: BrowserWindow | null = null;
  let quiet = false;
  const displayKey = () => `display-${screen.getPrimaryDisplay().id}`;
  const alive = (): BrowserWindow | null => (timer && !timer.isDestroyed() ? timer : null);

  const applySharing = () => {
    const window = alive();
    if (!window) return;
    const hidden = deps.hideTimerFromScreenShare();
    // Windows and macOS keep a protected window out of captures; elsewhere it is a no-op.
    window.setContentProtection(hidden);
    window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: !hidden });
  };

  const open = () => {
    if (timer && !timer.isDestroyed()) {
      if (!quiet) timer.showInactive();
      timer.setAlwaysOnTop(true, TIMER_ALWAYS_ON_TOP_LEVEL);
      return;
    }
    const saved = deps.windowState.get(displayKey());
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const bounds =
      placeTimer(saved, workAreas) ??
      defaultTimerBounds(screen.getPrimaryDisplay().workArea, deps.textScale());
    timer = createSecureWindow(timerWindowOptions(deps.preloadPath, bounds, deps.timerOpacity()));
    timer.setAlwaysOnTop(true, TIMER_ALWAYS_ON_TOP_LEVEL);
    applySharing();
    const remember = () => {
      if (timer && !timer.isDestroyed()) deps.windowState.set(displayKey(), timer.getBounds());
    };
    timer.on('moved', remember);
    timer.on('resized', remember);
    // Some window managers drop the level on hide/show; assert it again each time.
    timer.on('show', () => timer?.setAlwaysOnTop(true, TIMER_ALWAYS_ON_TOP_LEVEL));
    timer.on('closed', () => {
      timer = null;
      deps.onTimerChanged();
    });
    timer.once('ready-to-show', () => {
      if (!quiet) timer?.showInactive();
    });
    void timer.loadURL(deps.pageUrl('timer'));
  };

  return {
    open,
    applySharing,
    setQuiet(next: boolean) {
      if (next === quiet) return;
      quiet = next;
      const window = alive();
      if (!window) return;
      if (quiet) window.hide();
      else window.showInactive();
    },
    close: () => {
      if (timer && !timer.isDestroyed()) timer.close();
      timer = null;
    },
    isOpen: () => timer !== null && !timer.isDestroyed(),
    window: () => timer,
  };
}
