import { afterEach, expect, test } from 'vitest';
import type { Notice } from '../../electron/common/ipc/contract';
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import type { Settings } from '../../electron/common/settings-schema';
import { startShell, type Shell } from './support/start-shell';

let shell: Shell | undefined;
afterEach(async () => {
  await shell?.close();
  shell = undefined;
});

const status = async (s: Shell) => (await s.call<PlaybackSnapshot>('getPlayback')).status;
const settings = (s: Shell) => s.call<Settings>('getSettings');
const timerWindow = (s: Shell) =>
  s.fake.BrowserWindow.getAllWindows().find((w) => w.webContents.url.includes('#/timer'));

async function withLastRoutine(): Promise<Shell> {
  const s = await startShell();
  await s.settle();
  await s.call('updateSettings', { lastRoutineId: 'three-minute-reset' });
  return s;
}

test('the tray plays the last routine and brings the player forward', async () => {
  shell = await startShell();
  await shell.settle();
  expect(shell.tray().labels()).toContain('Play last routine');
  expect(() => shell!.tray().click('Play last routine')).toThrow(/greyed out/);

  await shell.call('updateSettings', { lastRoutineId: 'three-minute-reset' });
  shell.player().hide();
  shell.tray().click('Play Three-minute reset');
  expect(await status(shell)).toMatch(/counting-in|playing/);
  expect(shell.player().isVisible()).toBe(true);
  expect(shell.player().isFocused()).toBe(true);
  expect(shell.tray().tooltip).toBe('Unknot: playing');
});

test('the tray pauses and resumes the routine that plays', async () => {
  shell = await withLastRoutine();
  await shell.call('startRoutine', { routineId: 'three-minute-reset' });
  shell.tray().click('Pause');
  expect(await status(shell)).toBe('paused');
  expect(shell.tray().tooltip).toBe('Unknot: paused');
  shell.tray().click('Resume');
  expect(await status(shell)).toMatch(/counting-in|playing/);
});

test('the tray shows and hides the floating timer, kept out of screen shares', async () => {
  shell = await startShell();
  await shell.settle();
  shell.tray().click('Show timer');
  await shell.settle();
  const timer = timerWindow(shell)!;
  expect(timer.isVisible()).toBe(true);
  expect(timer.isFocused()).toBe(false);
  expect(timer.alwaysOnTop).toEqual({ on: true, level: 'floating' });
  expect(timer.contentProtection).toBe(true);
  expect(timer.allWorkspaces).toEqual({ on: true, options: { visibleOnFullScreen: false } });
  expect(shell.player().webContents.sent).toContainEqual({
    channel: 'unknot:event:timerWindowChanged',
    payload: { open: true },
  });

  await shell.call('updateSettings', { hideTimerFromScreenShare: false });
  expect(timer.contentProtection).toBe(false);
  expect(timer.allWorkspaces).toEqual({ on: true, options: { visibleOnFullScreen: true } });

  shell.tray().click('Hide timer');
  expect(timer.isDestroyed()).toBe(true);
  expect(shell.tray().labels()).toContain('Show timer');
});

test('the tray pauses reminders for an hour or until tomorrow, and resumes them', async () => {
  shell = await startShell();
  await shell.settle();
  expect(shell.tray().labels()).not.toContain('Pause reminders for 1 hour');
  await shell.call('updateSettings', { sittingNudgeMinutes: 45 });

  const before = Date.now();
  shell.tray().click('Pause reminders for 1 hour');
  const hour = (await settings(shell)).pausedUntil!;
  expect(hour - before).toBeGreaterThanOrEqual(59 * 60_000);
  expect(hour - before).toBeLessThanOrEqual(61 * 60_000);
  expect(shell.tray().labels()).toContain('Resume reminders');

  shell.tray().click('Resume reminders');
  expect((await settings(shell)).pausedUntil).toBeNull();

  shell.tray().click('Pause reminders until tomorrow');
  const tomorrow = new Date((await settings(shell)).pausedUntil!);
  expect(tomorrow.getTime()).toBeGreaterThan(Date.now());
  expect(tomorrow.getDate()).not.toBe(new Date().getDate());
});

test('closing the window keeps Unknot in the tray, and says so the first time only', async () => {
  shell = await startShell();
  await shell.settle();
  const player = shell.player();
  player.close();
  expect(player.isDestroyed()).toBe(false);
  expect(player.isVisible()).toBe(false);
  expect(shell.world.quit).toBe(false);
  const told = shell.fake.shownNotifications();
  expect(told.map((n) => n.options.title)).toEqual(['Unknot is still running']);
  expect(told[0]!.options.body).toMatch(/Quit Unknot from the tray/);
  expect((await settings(shell)).closeToTrayExplained).toBe(true);

  shell.tray().click('Show Unknot');
  expect(player.isVisible()).toBe(true);
  player.close();
  expect(shell.fake.shownNotifications()).toHaveLength(1);
  expect(shell.world.quit).toBe(false);
});

test('with "keep running in the tray" off, closing the window quits', async () => {
  shell = await startShell();
  await shell.settle();
  await shell.call('updateSettings', { closeToTray: false });
  shell.player().close();
  expect(shell.world.quit).toBe(true);
  expect(shell.fake.shownNotifications()).toEqual([]);
});

test('Quit in the tray really quits: windows close, keys and tray are given back', async () => {
  shell = await withLastRoutine();
  await shell.call('startRoutine', { routineId: 'three-minute-reset' });
  shell.tray().click('Show timer');
  expect(shell.fake.registeredShortcuts().length).toBeGreaterThan(2);
  const tray = shell.tray();
  shell.tray().click('Quit Unknot');
  expect(shell.world.quit).toBe(true);
  expect(shell.fake.BrowserWindow.getAllWindows()).toEqual([]);
  expect(shell.fake.registeredShortcuts()).toEqual([]);
  expect(tray.isDestroyed()).toBe(true);
  // The routine that was playing is recorded as stopped by the services' dispose.
  expect(shell.world.violations).toEqual([]);
});

test('the screen locking pauses a routine, and coming back says why it waits', async () => {
  shell = await withLastRoutine();
  await shell.call('startRoutine', { routineId: 'three-minute-reset' });
  shell.fake.powerMonitor.emit('lock-screen');
  expect(await status(shell)).toBe('paused');
  shell.fake.powerMonitor.emit('unlock-screen');
  const notices = await shell.call<Notice[]>('takeNotices');
  expect(notices.map((n) => n.id)).toContain('paused-while-away');
  expect(notices.find((n) => n.id === 'paused-while-away')!.message).toMatch(/screen was locked/);
});

test('sleep pauses a routine too', async () => {
  shell = await withLastRoutine();
  await shell.call('startRoutine', { routineId: 'three-minute-reset' });
  shell.fake.powerMonitor.emit('suspend');
  expect(await status(shell)).toBe('paused');
  shell.fake.powerMonitor.emit('resume');
  const notices = await shell.call<Notice[]>('takeNotices');
  expect(notices.find((n) => n.id === 'paused-while-away')!.message).toMatch(/asleep/);
});

test('on macOS, closing the window keeps the app in the Dock, and the Dock icon brings it back', async () => {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  Object.defineProperty(process, 'platform', { value: 'darwin' });
  try {
    shell = await startShell();
    await shell.settle();
    const first = shell.player();
    first.close();
    expect(first.isDestroyed()).toBe(true);
    expect(shell.world.quit).toBe(false);
    expect(shell.fake.shownNotifications()).toEqual([]);
    shell.fake.app.emit('activate');
    await shell.settle();
    expect(shell.player()).not.toBe(first);
    expect(shell.player().isVisible()).toBe(true);
    expect(shell.world.loginItem).toEqual({ openAtLogin: false, args: ['--hidden'] });
  } finally {
    Object.defineProperty(process, 'platform', platform);
  }
});
