import { describe, expect, it } from 'vitest';
import {
  defaultTimerBounds,
  placeTimer,
  playerWindowOptions,
  timerWindowOptions,
  TIMER_ALWAYS_ON_TOP_LEVEL,
} from '../../../../electron/desk/window-options';
import { shouldUseXWayland } from '../../../../electron/desk/platform';

const secure = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  disableBlinkFeatures: 'Auxclick',
};

describe('window options', () => {
  it('the player window is isolated, sandboxed and keeps time when hidden', () => {
    const options = playerWindowOptions('/app/preload.cjs');
    expect(options.webPreferences).toMatchObject({ ...secure, preload: '/app/preload.cjs' });
    expect(options.webPreferences.backgroundThrottling).toBe(false);
  });

  it('the timer window is frameless, floating and does not steal focus when it appears', () => {
    const options = timerWindowOptions('/app/preload.cjs', { x: 10, y: 20 }, 0.8);
    expect(options).toMatchObject({
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      show: false,
      opacity: 0.8,
      x: 10,
      y: 20,
    });
    expect(options.webPreferences).toMatchObject(secure);
    expect(TIMER_ALWAYS_ON_TOP_LEVEL).toBe('floating');
  });

  it('puts the timer back where it was left when that spot is still on a screen', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    const saved = { x: 1500, y: 40, width: 260, height: 148 };
    expect(placeTimer(saved, screens)).toEqual(saved);
  });

  it('brings a timer left on an unplugged screen back to the default corner', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    expect(placeTimer({ x: 2500, y: 40, width: 260, height: 148 }, screens)).toBeNull();
    expect(placeTimer(undefined, screens)).toBeNull();
    expect(defaultTimerBounds(screens[0]!)).toEqual({ x: 1636, y: 24, width: 260, height: 148 });
    // Larger text, a larger first timer, up to the timer's largest size.
    expect(defaultTimerBounds(screens[0]!, 1.5)).toEqual({
      x: 1506,
      y: 24,
      width: 390,
      height: 222,
    });
    expect(defaultTimerBounds(screens[0]!, 2)).toMatchObject({ width: 480, height: 273 });
  });
});

describe('Wayland', () => {
  it('runs under XWayland on a Wayland session so the timer can stay on top', () => {
    expect(shouldUseXWayland('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(shouldUseXWayland('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(shouldUseXWayland('linux', { XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(shouldUseXWayland('darwin', { XDG_SESSION_TYPE: 'wayland' })).toBe(false);
    expect(shouldUseXWayland('linux', { WAYLAND_DISPLAY: 'w', UNKNOT_ALLOW_WAYLAND: '1' })).toBe(
      false,
    );
  });
});
