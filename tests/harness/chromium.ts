import fs from 'node:fs';

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own browser (undefined). */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Quiet, offline-safe flags; autoplay so narration can start without a click. */
export const CHROMIUM_ARGS = [
  '--autoplay-policy=no-user-gesture-required',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
