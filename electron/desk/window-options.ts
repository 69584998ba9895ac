/**
 * Window options as plain data, so unit tests can assert the security baseline and the
 * timer's floating behaviour without an Electron binary. main.ts passes these straight
 * to BrowserWindow.
 */

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // Middle-click would otherwise open links in a new window, around our window-open handler.
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const;
}

export function playerWindowOptions(preloadPath: string) {
  return {
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'Unknot',
    backgroundColor: '#f6f1ea',
    autoHideMenuBar: true,
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      // Cues and audio must stay on time while the player is hidden behind other work.
      backgroundThrottling: false,
    },
  };
}

export const TIMER_SIZE = { width: 260, height: 148 } as const;
const TIMER_MAX = { width: 480, height: 280 } as const;

/** The always-on-top level: 'floating' sits above normal windows without covering system UI. */
export const TIMER_ALWAYS_ON_TOP_LEVEL = 'floating' as const;

export function timerWindowOptions(preloadPath: string, bounds: Partial<Bounds>, opacity: number) {
  return {
    ...TIMER_SIZE,
    ...bounds,
    minWidth: 200,
    minHeight: 120,
    maxWidth: TIMER_MAX.width,
    maxHeight: TIMER_MAX.height,
    frame: false,
    transparent: false,
    resizable: true,
    alwaysOnTop: true,
    skipTaskbar: true,
    focusable: true,
    // Appearing must not pull focus away from what the user is typing.
    show: false,
    fullscreenable: false,
    minimizable: false,
    maximizable: false,
    hasShadow: true,
    opacity,
    title: 'Unknot timer',
    backgroundColor: '#f6f1ea',
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      backgroundThrottling: false,
    },
  };
}

/**
 * Puts saved timer bounds back on a visible display, or null to use the default corner.
 * Displays change (a laptop undocked), and a timer restored off-screen is a lost timer.
 */
export function placeTimer(saved: Bounds | undefined, workAreas: readonly Bounds[]): Bounds | null {
  if (!saved) return null;
  const visible = workAreas.some(
    (area) =>
      saved.x + 40 <= area.x + area.width &&
      saved.x + saved.width - 40 >= area.x &&
      saved.y >= area.y &&
      saved.y + 24 <= area.y + area.height,
  );
  return visible ? saved : null;
}

/** Top-right corner of the primary work area, with a margin. */
/**
 * The timer's first size grows with the app's text size, up to the largest the timer may be,
 * so large text gets room to be large; a size the user chose by resizing wins over it.
 */
export function timerSizeFor(textScale: number): { width: number; height: number } {
  const scale = Math.min(Math.max(1, textScale), TIMER_MAX.width / TIMER_SIZE.width);
  return {
    width: Math.round(TIMER_SIZE.width * scale),
    height: Math.min(TIMER_MAX.height, Math.round(TIMER_SIZE.height * scale)),
  };
}

export function defaultTimerBounds(workArea: Bounds, textScale = 1): Bounds {
  const size = timerSizeFor(textScale);
  return {
    x: workArea.x + workArea.width - size.width - 24,
    y: workArea.y + 24,
    ...size,
  };
}
