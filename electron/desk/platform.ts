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
