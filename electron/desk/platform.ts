import { tm } from '../i18n/main-i18n';
import deDesk from '../locales/de/desk.json' with { type: 'json' };
import enDesk from '../locales/en/desk.json' with { type: 'json' };
import esDesk from '../locales/es/desk.json' with { type: 'json' };

/**
 * Wayland compositors ignore always-on-top, which the floating timer depends on, so on a
 * Wayland session Unknot asks Chromium for X11 (XWayland) before the app is ready.
 */
export function shouldUseXWayland(
  platform: string,
  env: Record<string, string | undefined>,
): boolean {
  if (platform !== 'linux') return false;
  if (env.UNKNOT_ALLOW_WAYLAND === '1') return false;
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY);
}

/** Why Unknot runs through XWayland, in the language shown. */
export function xwaylandNotice(): string {
  return tm('desk:wayland.notice');
}

/**
 * A Wayland session, even when Unknot itself runs through XWayland: there the system idle
 * time Electron reads is always 0, so idle must come from the compositor.
 */
export function isWaylandSession(
  platform: string,
  env: Record<string, string | undefined>,
): boolean {
  return (
    platform === 'linux' && (env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY))
  );
}

/** The flag a login start passes, so Unknot opens in the tray rather than in your face. */
export const HIDDEN_FLAG = '--hidden';

export function startsInTray(argv: readonly string[], openedAtLogin: boolean): boolean {
  return openedAtLogin || argv.includes(HIDDEN_FLAG);
}

/**
 * Linux has no login-item API in Electron: desktops start what the XDG autostart folder
 * lists. `exec` is the AppImage or the binary; quoted, as paths may hold spaces. The comment
 * comes in every language Unknot speaks (Comment[de]=...): the desktop picks its own.
 */
export function autostartEntry(exec: string): string {
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Unknot',
    `Comment=${enDesk.autostart.comment}`,
    `Comment[es]=${esDesk.autostart.comment}`,
    `Comment[de]=${deDesk.autostart.comment}`,
    `Exec=${quoted} ${HIDDEN_FLAG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
