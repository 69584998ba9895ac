import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { PlaybackSnapshot } from '../../electron/common/playback-schema';
import {
  FakeKdeNotifications,
  FakeMutter,
  MUTTER_NAME,
  MUTTER_PATH,
  NOTIFICATIONS_NAME,
  NOTIFICATIONS_PATH,
} from '../unit/support/fake-desktop-services';
import {
  startFakeService,
  startPrivateSessionBus,
  type FakeService,
  type PrivateSessionBus,
} from '../unit/support/private-session-bus';
import { startShell, type Shell } from './support/start-shell';

/**
 * Reminders, do-not-disturb and idle time as the running app meets them: scheduled in
 * simulated time (as Workrave tests its timers), with the desktop's answers coming over a
 * real D-Bus from small GNOME and KDE stand-ins.
 */

const realSetTimeout = globalThis.setTimeout;
const realWait = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));
/** The app polls the desktop every 15 s (desk-sensors.ts). */
const POLL_MS = 15_000;

let bus: PrivateSessionBus;
/** A stand-in `gsettings` first on PATH: it prints GNOME's show-banners from a file, if any. */
let gnomeSettings: string;
const setShowBanners = (value: 'true' | 'false') =>
  fs.writeFileSync(path.join(gnomeSettings, 'show-banners'), value);
let services: FakeService[] = [];
let shell: Shell | undefined;
const savedEnv = { ...process.env };

beforeAll(async () => {
  bus = await startPrivateSessionBus();
  gnomeSettings = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-gsettings-'));
  const tool = path.join(gnomeSettings, 'gsettings');
  fs.writeFileSync(tool, `#!/bin/sh\ncat "${gnomeSettings}/show-banners" 2>/dev/null || exit 1\n`, {
    mode: 0o755,
  });
});
afterAll(async () => {
  await bus.stop();
  fs.rmSync(gnomeSettings, { recursive: true, force: true });
});
beforeEach(() => {
  fs.rmSync(path.join(gnomeSettings, 'show-banners'), { force: true });
  process.env.PATH = `${gnomeSettings}:${savedEnv.PATH}`;
});
afterEach(async () => {
  await shell?.close();
  shell = undefined;
  vi.useRealTimers();
  for (const service of services) await service.close();
  services = [];
  process.env = { ...savedEnv };
});

/** Simulated time goes by in poll-sized steps, each giving the bus real time to answer. */
async function passMinutes(minutes: number): Promise<void> {
  for (let left = minutes * 60_000; left > 0; left -= POLL_MS) {
    await vi.advanceTimersByTimeAsync(Math.min(POLL_MS, left));
    await realWait(15);
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) {
    await vi.advanceTimersByTimeAsync(50);
    await realWait(10);
  }
  if (!check()) throw new Error(`Still waiting for ${what}`);
}

/** A Tuesday morning, 10:00 local time. */
function startClockAtTen(): void {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
  vi.setSystemTime(new Date(2026, 11, 1, 10, 0, 0));
}

const reminderAt = (time: string) => ({
  reminders: [
    {
      id: 'morning',
      enabled: true,
      days: [0, 1, 2, 3, 4, 5, 6],
      time,
      routineId: 'three-minute-reset',
    },
  ],
});
const titles = (s: Shell) => s.fake.shownNotifications().map((n) => n.options.title);
const timerWindow = (s: Shell) =>
  s.fake.BrowserWindow.getAllWindows().find((w) => w.webContents.url.includes('#/timer'));

test('a reminder comes as a notification whose click starts the routine and shows the player', async () => {
  process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  startClockAtTen();
  shell = await startShell();
  await shell.settle();
  await shell.call('updateSettings', reminderAt('10:02'));
  shell.player().hide();

  await passMinutes(1);
  expect(titles(shell)).toEqual([]);
  await passMinutes(2);
  expect(titles(shell)).toEqual(['Time for Three-minute reset']);

  shell.fake.shownNotifications()[0]!.click();
  const { status, plan } = await shell.call<PlaybackSnapshot>('getPlayback');
  expect(status).toMatch(/counting-in|playing/);
  expect(plan?.routineId).toBe('three-minute-reset');
  expect(shell.player().isVisible()).toBe(true);
});

test('with do-not-disturb on (KDE), the timer steps aside and a due reminder is skipped, not stacked', async () => {
  const kde = new FakeKdeNotifications(false);
  services.push(
    await startFakeService(bus.address, [NOTIFICATIONS_NAME], [[NOTIFICATIONS_PATH, kde]]),
  );
  process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  startClockAtTen();
  shell = await startShell();
  await shell.settle();
  await shell.call('updateSettings', reminderAt('10:02'));
  shell.tray().click('Show timer');
  await until(() => timerWindow(shell!)?.isVisible() === true, 'the timer to show');

  kde.Inhibited = true;
  await passMinutes(0.5);
  await until(() => timerWindow(shell!)?.isVisible() === false, 'the timer to step aside');
  expect(timerWindow(shell)!.isDestroyed()).toBe(false);

  await passMinutes(3);
  expect(titles(shell)).toEqual([]);

  kde.Inhibited = false;
  await passMinutes(0.5);
  await until(() => timerWindow(shell!)?.isVisible() === true, 'the timer to come back');
  await passMinutes(5);
  // The 10:02 reminder was skipped while quiet; it does not arrive late.
  expect(titles(shell)).toEqual([]);
});

test('with do-not-disturb on in GNOME (banners off), a due reminder is skipped', async () => {
  process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  setShowBanners('false');
  startClockAtTen();
  shell = await startShell();
  await shell.settle();
  await shell.call('updateSettings', reminderAt('10:02'));
  await passMinutes(4);
  expect(titles(shell)).toEqual([]);

  setShowBanners('true');
  await shell.call('updateSettings', reminderAt('10:06'));
  await passMinutes(3);
  expect(titles(shell)).toEqual(['Time for Three-minute reset']);
});

/** A GNOME Wayland session whose idle monitor says the user has been away `minutes`. */
async function startOnWaylandIdleFor(minutes: number): Promise<{ mutter: FakeMutter; s: Shell }> {
  const mutter = new FakeMutter(BigInt(minutes) * 60_000n);
  services.push(await startFakeService(bus.address, [MUTTER_NAME], [[MUTTER_PATH, mutter]]));
  process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  process.env.XDG_SESSION_TYPE = 'wayland';
  startClockAtTen();
  shell = await startShell();
  await shell.settle();
  return { mutter, s: shell };
}

test('on Wayland, time away read from GNOME Mutter starts the sitting count again', async () => {
  const { mutter, s } = await startOnWaylandIdleFor(10);
  // powerMonitor says 0 under Wayland; only the compositor knows the user was away.
  s.world.idleSeconds = 0;
  await s.call('updateSettings', { sittingNudgeMinutes: 30 });

  await passMinutes(35);
  expect(mutter.calls).toBeGreaterThan(100);
  expect(titles(s)).toEqual([]);

  mutter.idleMs = 0n;
  await passMinutes(32);
  expect(titles(s)).toEqual(['Time to move']);
});

test('the time-only nudge comes on time even for someone who looks idle (dictating)', async () => {
  const { s } = await startOnWaylandIdleFor(10);
  await s.call('updateSettings', { sittingNudgeMinutes: 30, sittingNudgeCounts: 'time' });

  await passMinutes(29);
  expect(titles(s)).toEqual([]);
  await passMinutes(3);
  expect(titles(s)).toEqual(['Time to move']);
});

test('with no desktop bus at all, reminders still come and idle comes from powerMonitor', async () => {
  process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/bus';
  startClockAtTen();
  shell = await startShell();
  await shell.settle();
  await shell.call('updateSettings', { sittingNudgeMinutes: 30 });
  shell.world.idleSeconds = 600;
  await passMinutes(35);
  expect(titles(shell)).toEqual([]);
  shell.world.idleSeconds = 0;
  await passMinutes(32);
  expect(titles(shell)).toEqual(['Time to move']);
  expect(shell.world.violations).toEqual([]);
});
