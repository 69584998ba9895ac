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

export const XWAYLAND_NOTICE =
  'Your desktop uses Wayland, which does not let windows stay on top. Unknot runs through XWayland so the timer can float above your work.';

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
 * lists. `exec` is the AppImage or the binary; quoted, as paths may hold spaces.
 */
export function autostartEntry(exec: string): string {
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Unknot',
    'Comment=Guided self-massage and stretching breaks',
    `Exec=${quoted} ${HIDDEN_FLAG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
