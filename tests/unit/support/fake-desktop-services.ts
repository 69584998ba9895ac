import { DBusError, Variant, interface as dbusInterface } from 'dbus-next';

/**
 * Small stand-ins for GNOME's and KDE's desktop services, to export on a private session bus
 * (private-session-bus.ts): the names, paths and types the real ones use.
 */

export const PORTAL_NAME = 'org.freedesktop.portal.Desktop';
export const PORTAL_PATH = '/org/freedesktop/portal/desktop';
export const NOTIFICATIONS_NAME = 'org.freedesktop.Notifications';
export const NOTIFICATIONS_PATH = '/org/freedesktop/Notifications';
export const MUTTER_NAME = 'org.gnome.Mutter.IdleMonitor';
export const MUTTER_PATH = '/org/gnome/Mutter/IdleMonitor/Core';
export const SCREEN_SAVER_NAME = 'org.freedesktop.ScreenSaver';
export const SCREEN_SAVER_PATH = '/org/freedesktop/ScreenSaver';

const NOT_FOUND = new DBusError(
  'org.freedesktop.portal.Error.NotFound',
  'Requested setting not found',
);

/** GNOME's settings portal (version 2, with ReadOne), holding show-banners. */
export class FakePortal extends dbusInterface.Interface {
  showBanners: boolean | null;
  constructor(showBanners: boolean | null) {
    super('org.freedesktop.portal.Settings');
    this.showBanners = showBanners;
  }
  ReadOne(namespace: string, key: string): Variant {
    const known = namespace === 'org.gnome.desktop.notifications' && key === 'show-banners';
    if (!known || this.showBanners === null) throw NOT_FOUND;
    return new Variant('b', this.showBanners);
  }
}
FakePortal.configureMembers({ methods: { ReadOne: { inSignature: 'ss', outSignature: 'v' } } });

/** A version 1 portal: Read only, which wraps the value in a second variant. */
export class FakeOldPortal extends dbusInterface.Interface {
  showBanners: boolean;
  constructor(showBanners: boolean) {
    super('org.freedesktop.portal.Settings');
    this.showBanners = showBanners;
  }
  Read(namespace: string, key: string): Variant {
    if (namespace !== 'org.gnome.desktop.notifications' || key !== 'show-banners') throw NOT_FOUND;
    return new Variant('v', new Variant('b', this.showBanners));
  }
}
FakeOldPortal.configureMembers({ methods: { Read: { inSignature: 'ss', outSignature: 'v' } } });

/** KDE Plasma's notification server, with its Inhibited property. */
export class FakeKdeNotifications extends dbusInterface.Interface {
  Inhibited: boolean;
  constructor(inhibited: boolean) {
    super('org.freedesktop.Notifications');
    this.Inhibited = inhibited;
  }
}
FakeKdeNotifications.configureMembers({
  properties: { Inhibited: { signature: 'b', access: 'read' } },
});

/** Mutter's idle monitor: milliseconds as a uint64. */
export class FakeMutter extends dbusInterface.Interface {
  idleMs: bigint;
  calls = 0;
  constructor(idleMs: bigint) {
    super('org.gnome.Mutter.IdleMonitor');
    this.idleMs = idleMs;
  }
  GetIdletime(): bigint {
    this.calls += 1;
    return this.idleMs;
  }
}
FakeMutter.configureMembers({ methods: { GetIdletime: { outSignature: 't' } } });

/** kscreenlocker: milliseconds as a uint32 on X11, NotSupported under Wayland. */
export class FakeKdeScreenSaver extends dbusInterface.Interface {
  idleMs: number | 'wayland';
  constructor(idleMs: number | 'wayland') {
    super('org.freedesktop.ScreenSaver');
    this.idleMs = idleMs;
  }
  GetSessionIdleTime(): number {
    if (this.idleMs === 'wayland') {
      throw new DBusError(
        'org.freedesktop.DBus.Error.NotSupported',
        'GetSessionIdleTime is not supported on this platform',
      );
    }
    return this.idleMs;
  }
}
FakeKdeScreenSaver.configureMembers({ methods: { GetSessionIdleTime: { outSignature: 'u' } } });
