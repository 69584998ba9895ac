import {
  type MethodCall,
  type SessionBusLike,
  CALL_TIMEOUT_MS,
  dbusErrorName,
  unwrapVariant,
} from './session-bus';
import { readGSetting } from './gsettings';

/**
 * Whether a Linux desktop is in do-not-disturb, which Electron cannot tell. Two places say so:
 *
 * - GNOME: the setting org.gnome.desktop.notifications show-banners (false = do not disturb),
 *   read through the desktop portal's Settings interface, and with the `gsettings` tool. The
 *   portal is asked first because a sandboxed app can reach only it; but at the time of
 *   writing the stock GNOME and GTK portal backends serve a fixed list of schemas that leaves
 *   this one out (settings.c in both) and answer NotFound, so on stock GNOME the tool answers.
 * - KDE Plasma: the notification server's Inhibited property (true = do not disturb).
 *
 * Both are asked at once, so a hung service costs one timeout, not two. Either saying "quiet"
 * wins: a KDE session may also run a GTK portal that reports GNOME's default (banners on).
 */

export interface LinuxQuietSource {
  /** true: do not disturb is on; false: it is off; null: nothing on this desktop can tell. */
  isQuiet(): Promise<boolean | null>;
}

export interface QuietSourceOptions {
  timeoutMs?: number;
  /** Reads a GSettings value; the `gsettings` tool by default. */
  readGSetting?: (schema: string, key: string, timeoutMs: number) => Promise<string | null>;
}

const PORTAL = {
  destination: 'org.freedesktop.portal.Desktop',
  path: '/org/freedesktop/portal/desktop',
  interface: 'org.freedesktop.portal.Settings',
} as const;
const BANNERS = ['org.gnome.desktop.notifications', 'show-banners'] as const;

const NOTIFICATIONS: MethodCall = {
  destination: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  interface: 'org.freedesktop.DBus.Properties',
  member: 'Get',
  signature: 'ss',
  body: ['org.freedesktop.Notifications', 'Inhibited'],
  noAutoStart: true,
};

const UNKNOWN_METHOD = 'org.freedesktop.DBus.Error.UnknownMethod';

export function createLinuxQuietSource(
  bus: SessionBusLike | null,
  options: QuietSourceOptions = {},
): LinuxQuietSource {
  const timeoutMs = options.timeoutMs ?? CALL_TIMEOUT_MS;
  const readSetting = options.readGSetting ?? readGSetting;
  /** Portal version 1 has no ReadOne; once told so, we go straight to Read. */
  let portalLacksReadOne = false;

  async function readPortalSetting(live: SessionBusLike, member: 'ReadOne' | 'Read') {
    const [value] = await live.call(
      { ...PORTAL, member, signature: 'ss', body: [...BANNERS] },
      timeoutMs,
    );
    // ReadOne returns the value in one variant; the deprecated Read, in two.
    return unwrapVariant(value);
  }

  async function showBanners(live: SessionBusLike): Promise<unknown> {
    if (!portalLacksReadOne) {
      try {
        return await readPortalSetting(live, 'ReadOne');
      } catch (error) {
        if (dbusErrorName(error) !== UNKNOWN_METHOD) throw error;
        portalLacksReadOne = true;
      }
    }
    return readPortalSetting(live, 'Read');
  }

  async function gnomeQuiet(live: SessionBusLike): Promise<boolean | null> {
    try {
      const banners = await showBanners(live);
      if (typeof banners === 'boolean') return !banners;
    } catch {
      // No portal, or one that does not serve the key: the tool may still know.
    }
    const text = await readSetting(...BANNERS, timeoutMs);
    return text === 'false' ? true : text === 'true' ? false : null;
  }

  async function kdeQuiet(live: SessionBusLike): Promise<boolean | null> {
    try {
      const [value] = await live.call(NOTIFICATIONS, timeoutMs);
      const inhibited = unwrapVariant(value);
      return typeof inhibited === 'boolean' ? inhibited : null;
    } catch {
      return null;
    }
  }

  return {
    async isQuiet() {
      if (!bus) return null;
      const [gnome, kde] = await Promise.all([gnomeQuiet(bus), kdeQuiet(bus)]);
      if (gnome === true || kde === true) return true;
      return gnome ?? kde;
    },
  };
}
