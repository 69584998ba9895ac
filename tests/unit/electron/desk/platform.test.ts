import { describe, expect, it } from 'vitest';
import { autostartEntry, isWaylandSession, startsInTray } from '../../../../electron/desk/platform';

describe('a Wayland session', () => {
  it('is told by the session type or the Wayland display, on Linux only', () => {
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(isWaylandSession('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(isWaylandSession('linux', { XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(isWaylandSession('linux', {})).toBe(false);
    expect(isWaylandSession('win32', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
  });

  it('stays one when Unknot itself runs through XWayland', () => {
    expect(
      isWaylandSession('linux', { XDG_SESSION_TYPE: 'wayland', UNKNOT_ALLOW_WAYLAND: '0' }),
    ).toBe(true);
  });
});

describe('starting at login', () => {
  it('opens in the tray when started with --hidden or by the OS at login', () => {
    expect(startsInTray(['--hidden'], false)).toBe(true);
    expect(startsInTray([], true)).toBe(true);
    expect(startsInTray(['--inspect'], false)).toBe(false);
  });

  it('writes a Linux autostart entry that starts the app hidden, its path quoted', () => {
    const entry = autostartEntry('/opt/My Apps/Unknot.AppImage');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toContain('Exec="/opt/My Apps/Unknot.AppImage" --hidden');
    expect(entry).toContain('Type=Application');
    expect(entry.endsWith('\n')).toBe(true);
  });

  it('escapes the characters an Exec line gives meaning to', () => {
    expect(autostartEntry('/home/a"b/$x`y\\z')).toContain(
      'Exec="/home/a\\"b/\\$x\\`y\\\\z" --hidden',
    );
  });
});
