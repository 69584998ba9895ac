import { type MethodCall, type SessionBusLike, CALL_TIMEOUT_MS } from './session-bus';

/**
 * How long the Linux user has been away from keyboard and mouse. Under Wayland Electron's
 * powerMonitor.getSystemIdleTime() answers 0, so we ask the compositor's session instead:
 *
 * - GNOME (Mutter): org.gnome.Mutter.IdleMonitor GetIdletime, a uint64 in milliseconds.
 * - KDE Plasma: org.freedesktop.ScreenSaver GetSessionIdleTime, a uint32 in MILLISECONDS,
 *   not seconds: kscreenlocker's Interface::GetSessionIdleTime returns KIdleTime::idleTime(),
 *   and KIdleTime gives every time in milliseconds (github.com/KDE/kscreenlocker
 *   interface.cpp; api.kde.org/kidletime.html). Another owner of this name may mean seconds;
 *   then we would read too little idle time, never too much.
 *   Since Plasma 5.27 it replies org.freedesktop.DBus.Error.NotSupported under Wayland
 *   (kscreenlocker a4244d3, KDE bug 449488), so there it is "no answer" and this reads only
 *   KDE on X11.
 *
 * The first source to answer is asked first from then on; if it stops answering, the others
 * are tried again.
 */

export interface LinuxIdleSource {
  /** Whole seconds since the last input, or null when nothing on this desktop can tell. */
  idleSeconds(): Promise<number | null>;
}

export interface IdleSourceOptions {
  timeoutMs?: number;
}

/** Both answer in milliseconds. */
const MUTTER: MethodCall = {
  destination: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  interface: 'org.gnome.Mutter.IdleMonitor',
  member: 'GetIdletime',
  noAutoStart: true,
};

const KDE_SCREEN_SAVER: MethodCall = {
  destination: 'org.freedesktop.ScreenSaver',
  // KDE exports the same object at /ScreenSaver too.
  path: '/org/freedesktop/ScreenSaver',
  interface: 'org.freedesktop.ScreenSaver',
  member: 'GetSessionIdleTime',
  noAutoStart: true,
};

const READERS: readonly MethodCall[] = [MUTTER, KDE_SCREEN_SAVER];

/** Whole seconds from a count of milliseconds (a BigInt for uint64), or null if it is not one. */
function wholeSeconds(milliseconds: unknown): number | null {
  if (typeof milliseconds === 'bigint') {
    return milliseconds >= 0n ? Number(milliseconds / 1000n) : null;
  }
  if (typeof milliseconds === 'number' && Number.isFinite(milliseconds) && milliseconds >= 0) {
    return Math.floor(milliseconds / 1000);
  }
  return null;
}

export function createLinuxIdleSource(
  bus: SessionBusLike | null,
  options: IdleSourceOptions = {},
): LinuxIdleSource {
  const timeoutMs = options.timeoutMs ?? CALL_TIMEOUT_MS;
  let answered: MethodCall | null = null;

  async function read(live: SessionBusLike, reader: MethodCall): Promise<number | null> {
    try {
      const [value] = await live.call(reader, timeoutMs);
      return wholeSeconds(value);
    } catch {
      return null;
    }
  }

  return {
    async idleSeconds() {
      if (!bus) return null;
      const order = answered ? [answered, ...READERS.filter((r) => r !== answered)] : READERS;
      for (const reader of order) {
        const seconds = await read(bus, reader);
        if (seconds !== null) {
          answered = reader;
          return seconds;
        }
        if (reader === answered) answered = null;
      }
      return null;
    },
  };
}
