import { powerMonitor } from 'electron';
import { isWaylandSession } from '../desk/platform';
import { createLinuxIdleSource } from '../system/linux-idle';
import { createLinuxQuietSource } from '../system/linux-quiet';
import { openSessionBus } from '../system/session-bus';

/** How often do-not-disturb and the compositor's idle time are read. */
export const SENSOR_POLL_MS = 15_000;

export interface DeskSensors {
  /** Do-not-disturb is on, as last read; false where the OS cannot tell us. */
  isQuiet(): boolean;
  /** Seconds since the last keyboard or mouse input. */
  idleSeconds(): number;
  onQuietChange(listener: (quiet: boolean) => void): void;
  stop(): void;
}

/**
 * What the desktop says about the user, behind one interface. Linux reads do-not-disturb
 * (GNOME's banners setting, KDE's Inhibited) and, on Wayland, the idle time from the
 * compositor over D-Bus; elsewhere idle comes from powerMonitor and do-not-disturb is left
 * to the OS, which holds every app's notifications back itself. D-Bus answers arrive
 * asynchronously, so they are polled and the last answer is served: at most one poll
 * (15 s) old, against a five-minute "away" threshold.
 */
export function startDeskSensors(): DeskSensors {
  const listeners: ((quiet: boolean) => void)[] = [];
  let quiet = false;
  let compositorIdle: number | null = null;
  const bus = process.platform === 'linux' ? openSessionBus() : null;
  const quietSource = bus ? createLinuxQuietSource(bus) : null;
  const wayland = isWaylandSession(process.platform, process.env);
  const idleSource = bus && wayland ? createLinuxIdleSource(bus) : null;

  const poll = async () => {
    const [nextQuiet, nextIdle] = await Promise.all([
      quietSource?.isQuiet().catch(() => null) ?? null,
      idleSource?.idleSeconds().catch(() => null) ?? null,
    ]);
    compositorIdle = nextIdle;
    const now = nextQuiet === true;
    if (now === quiet) return;
    quiet = now;
    for (const listener of listeners) listener(quiet);
  };
  const timer = bus ? setInterval(() => void poll(), SENSOR_POLL_MS) : null;
  timer?.unref();
  if (bus) void poll();

  return {
    isQuiet: () => quiet,
    idleSeconds: () => compositorIdle ?? (wayland ? 0 : powerMonitor.getSystemIdleTime()),
    onQuietChange: (listener) => listeners.push(listener),
    stop() {
      if (timer) clearInterval(timer);
      bus?.disconnect();
    },
  };
}
