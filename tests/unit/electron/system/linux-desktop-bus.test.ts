import type { interface as dbusInterface } from 'dbus-next';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLinuxIdleSource } from '../../../../electron/system/linux-idle';
import { createLinuxQuietSource } from '../../../../electron/system/linux-quiet';
import {
  type SessionBusLike,
  openSessionBus,
  sessionBusAddress,
} from '../../../../electron/system/session-bus';
import {
  type FakeService,
  type PrivateSessionBus,
  startFakeService,
  startPrivateSessionBus,
  startSilentService,
} from '../../support/private-session-bus';
import { useTempDirs } from '../../support/temp-dir';
import {
  FakeKdeNotifications,
  FakeKdeScreenSaver,
  FakeMutter,
  FakeOldPortal,
  FakePortal,
  MUTTER_NAME,
  MUTTER_PATH,
  NOTIFICATIONS_NAME,
  NOTIFICATIONS_PATH,
  PORTAL_NAME,
  PORTAL_PATH,
  SCREEN_SAVER_NAME,
  SCREEN_SAVER_PATH,
} from '../../support/fake-desktop-services';

/**
 * The Linux do-not-disturb and idle readers against a real dbus-daemon, with small stand-ins
 * for GNOME's and KDE's services on it: what goes over the wire (variants, uint64, D-Bus
 * errors, a service that never answers) is the real thing.
 */

/** Short, so the never-answering cases stay fast. */
const TIMEOUT_MS = 250;
/** Room for timers that fire late on a busy machine. */
const SLACK_MS = 750;

let daemon: PrivateSessionBus | undefined;
const services: FakeService[] = [];
const clients: SessionBusLike[] = [];

beforeAll(async () => {
  daemon = await startPrivateSessionBus();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  for (const service of services.splice(0)) await service.close();
});

afterAll(async () => {
  await daemon?.stop();
});

function busAddress(): string {
  if (!daemon) throw new Error('The private session bus did not start');
  return daemon.address;
}

/** The app's side: a session bus handle on the private bus. */
function client(address = busAddress()): SessionBusLike {
  const bus = openSessionBus(address);
  if (!bus) throw new Error(`openSessionBus(${address}) gave no bus`);
  clients.push(bus);
  return bus;
}

async function serve(name: string, objectPath: string, iface: dbusInterface.Interface) {
  const service = await startFakeService(busAddress(), [name], [[objectPath, iface]]);
  services.push(service);
  return service;
}

async function serveSilently(...names: string[]) {
  services.push(await startSilentService(busAddress(), names));
}

/** What the `gsettings` tool answers; null (not installed) unless a test says otherwise. */
let gsettingsAnswer: string | null = null;
const quiet = (bus: SessionBusLike | null = client()) =>
  createLinuxQuietSource(bus, {
    timeoutMs: TIMEOUT_MS,
    readGSetting: async () => gsettingsAnswer,
  });
const idle = (bus: SessionBusLike | null = client()) =>
  createLinuxIdleSource(bus, { timeoutMs: TIMEOUT_MS });

describe('Linux do not disturb over D-Bus', () => {
  it('GNOME with banners off is quiet', async () => {
    await serve(PORTAL_NAME, PORTAL_PATH, new FakePortal(false));
    expect(await quiet().isQuiet()).toBe(true);
  });

  it('GNOME with banners on is not quiet', async () => {
    await serve(PORTAL_NAME, PORTAL_PATH, new FakePortal(true));
    expect(await quiet().isQuiet()).toBe(false);
  });

  it('a portal with only the old Read (value in two variants) is still read, every time', async () => {
    const portal = new FakeOldPortal(false);
    await serve(PORTAL_NAME, PORTAL_PATH, portal);
    const source = quiet();
    expect(await source.isQuiet()).toBe(true);
    portal.showBanners = true;
    expect(await source.isQuiet()).toBe(false);
  });

  it('KDE with notifications inhibited is quiet', async () => {
    await serve(NOTIFICATIONS_NAME, NOTIFICATIONS_PATH, new FakeKdeNotifications(true));
    expect(await quiet().isQuiet()).toBe(true);
  });

  it('KDE with notifications not inhibited is not quiet', async () => {
    await serve(NOTIFICATIONS_NAME, NOTIFICATIONS_PATH, new FakeKdeNotifications(false));
    expect(await quiet().isQuiet()).toBe(false);
  });

  it('a portal that does not know the GNOME setting leaves the answer to KDE', async () => {
    await serve(PORTAL_NAME, PORTAL_PATH, new FakePortal(null));
    await serve(NOTIFICATIONS_NAME, NOTIFICATIONS_PATH, new FakeKdeNotifications(true));
    expect(await quiet().isQuiet()).toBe(true);
  });

  it('KDE inhibited is quiet even when a portal reports banners on', async () => {
    await serve(PORTAL_NAME, PORTAL_PATH, new FakePortal(true));
    await serve(NOTIFICATIONS_NAME, NOTIFICATIONS_PATH, new FakeKdeNotifications(true));
    expect(await quiet().isQuiet()).toBe(true);
  });

  it('a portal that does not know the setting, and nothing else, cannot tell', async () => {
    await serve(PORTAL_NAME, PORTAL_PATH, new FakePortal(null));
    expect(await quiet().isQuiet()).toBeNull();
  });

  it('nothing on the bus cannot tell (null, not a throw)', async () => {
    expect(await quiet().isQuiet()).toBeNull();
  });

  it('services that never reply give null within the timeout', async () => {
    await serveSilently(PORTAL_NAME, NOTIFICATIONS_NAME);
    const started = performance.now();
    expect(await quiet().isQuiet()).toBeNull();
    // Both are asked at once: one timeout, plus slack for a busy machine.
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + SLACK_MS);
  });
});

describe('GNOME do not disturb through the gsettings tool', () => {
  afterEach(() => {
    gsettingsAnswer = null;
  });

  it('stock GNOME: the portal does not serve the key, the tool says banners off: quiet', async () => {
    await serve(PORTAL_NAME, PORTAL_PATH, new FakePortal(null));
    gsettingsAnswer = 'false';
    expect(await quiet().isQuiet()).toBe(true);
    gsettingsAnswer = 'true';
    expect(await quiet().isQuiet()).toBe(false);
  });

  it('the portal, when it answers, has the first word', async () => {
    await serve(PORTAL_NAME, PORTAL_PATH, new FakePortal(true));
    gsettingsAnswer = 'false';
    expect(await quiet().isQuiet()).toBe(false);
  });

  it('an answer the tool cannot give (no schema) leaves it to KDE, else unknown', async () => {
    gsettingsAnswer = 'No such schema “org.gnome.desktop.notifications”';
    expect(await quiet().isQuiet()).toBeNull();
  });
});

describe('Linux idle time over D-Bus', () => {
  it('GNOME Mutter idle 90 000 ms is 90 s', async () => {
    await serve(MUTTER_NAME, MUTTER_PATH, new FakeMutter(90_000n));
    expect(await idle().idleSeconds()).toBe(90);
  });

  it('KDE ScreenSaver answers in milliseconds: 45 500 ms is 45 s', async () => {
    await serve(SCREEN_SAVER_NAME, SCREEN_SAVER_PATH, new FakeKdeScreenSaver(45_500));
    expect(await idle().idleSeconds()).toBe(45);
  });

  it('KDE under Wayland (NotSupported) cannot tell', async () => {
    await serve(SCREEN_SAVER_NAME, SCREEN_SAVER_PATH, new FakeKdeScreenSaver('wayland'));
    expect(await idle().idleSeconds()).toBeNull();
  });

  it('nothing on the bus cannot tell', async () => {
    expect(await idle().idleSeconds()).toBeNull();
  });

  it('services that never reply give null within the timeout', async () => {
    await serveSilently(MUTTER_NAME, SCREEN_SAVER_NAME);
    const started = performance.now();
    expect(await idle().idleSeconds()).toBeNull();
    // One after the other: two timeouts.
    expect(performance.now() - started).toBeLessThan(2 * TIMEOUT_MS + SLACK_MS);
  });

  it('asks the source that answered first, and the others again once it is gone', async () => {
    const screenSaver = await serve(
      SCREEN_SAVER_NAME,
      SCREEN_SAVER_PATH,
      new FakeKdeScreenSaver(12_000),
    );
    const source = idle();
    expect(await source.idleSeconds()).toBe(12);

    const mutter = new FakeMutter(3_000n);
    await serve(MUTTER_NAME, MUTTER_PATH, mutter);
    expect(await source.idleSeconds()).toBe(12);
    expect(mutter.calls).toBe(0);

    await screenSaver.close();
    expect(await source.idleSeconds()).toBe(3);
    expect(mutter.calls).toBe(1);
  });
});

describe('no session bus', () => {
  const tempDir = useTempDirs();

  it('a bus address with nothing behind it gives null answers and no unhandled error', async () => {
    const bus = client(`unix:path=${path.join(tempDir(), 'no-bus-here')}`);
    expect(await quiet(bus).isQuiet()).toBeNull();
    expect(await idle(bus).idleSeconds()).toBeNull();
    // A later call tries again and fails the same quiet way.
    expect(await idle(bus).idleSeconds()).toBeNull();
  });

  it('an address dbus-next cannot use gives null answers', async () => {
    const bus = client('not-a-dbus-address');
    expect(await quiet(bus).isQuiet()).toBeNull();
    expect(await idle(bus).idleSeconds()).toBeNull();
  });

  it('no address at all opens no bus, and the readers answer null', async () => {
    expect(sessionBusAddress({})).toBeNull();
    expect(openSessionBus('')).toBeNull();
    expect(await quiet(null).isQuiet()).toBeNull();
    expect(await idle(null).idleSeconds()).toBeNull();
  });

  it('finds the bus from DBUS_SESSION_BUS_ADDRESS, else at $XDG_RUNTIME_DIR/bus', () => {
    const runtimeDir = tempDir();
    expect(sessionBusAddress({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/x' })).toBe('unix:path=/x');
    expect(sessionBusAddress({ XDG_RUNTIME_DIR: runtimeDir })).toBeNull();
    fs.writeFileSync(path.join(runtimeDir, 'bus'), '');
    expect(sessionBusAddress({ XDG_RUNTIME_DIR: runtimeDir })).toBe(
      `unix:path=${path.join(runtimeDir, 'bus')}`,
    );
  });

  it('a disconnected bus answers null at once', async () => {
    const bus = client();
    bus.disconnect();
    expect(await quiet(bus).isQuiet()).toBeNull();
  });
});
