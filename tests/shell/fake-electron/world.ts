import { EventEmitter } from 'node:events';

/**
 * What the fake Electron knows about the world outside the app and what it saw the app do.
 * A fresh world comes with every fresh import of the fake (the shell tests reset modules
 * between scenarios), so no scenario sees another's windows, keys or notifications.
 */
export interface World {
  ready: boolean;
  /** Misuses of Electron's documented contract, in the order the app made them. */
  violations: string[];
  /** The folders app.getPath answers with. */
  paths: Record<string, string>;
  /** The command line the app was started with (after the executable). */
  argv: string[];
  /** Another copy of the app already holds the single-instance lock. */
  lockHeldElsewhere: boolean;
  /** Keys that another app registered first. */
  acceleratorsHeldElsewhere: Set<string>;
  /** What the user picks in the next open-folder dialog; null cancels. */
  nextFolderChoice: string | null;
  /** Where the next save dialog saves; null cancels. Every save dialog's options are kept. */
  nextSavePath: string | null;
  saveDialogs: { defaultPath?: string; filters?: unknown }[];
  /** The system's idle time for powerMonitor. */
  idleSeconds: number;
  errorBoxes: { title: string; content: string }[];
  loginItem: { openAtLogin: boolean; args?: string[] };
  commandLineSwitches: Map<string, string | undefined>;
  exitCode: number | null;
  quit: boolean;
  relaunched: boolean;
  /** Emits 'ready' once becomeReady() runs. */
  events: EventEmitter;
}

export const world: World = {
  ready: false,
  violations: [],
  paths: {},
  argv: [],
  lockHeldElsewhere: false,
  acceleratorsHeldElsewhere: new Set(),
  nextFolderChoice: null,
  nextSavePath: null,
  saveDialogs: [],
  idleSeconds: 0,
  errorBoxes: [],
  loginItem: { openAtLogin: false },
  commandLineSwitches: new Map(),
  exitCode: null,
  quit: false,
  relaunched: false,
  events: new EventEmitter(),
};

/**
 * Refuses what Electron refuses, with Electron's reasons. The error is thrown, as Electron
 * throws, and kept, so a scenario fails on a misuse even when the app catches it.
 */
export function refuse(message: string): never {
  world.violations.push(message);
  throw new Error(`Fake Electron: ${message}`);
}

/** Many Electron modules "cannot be used before the ready event of the app module". */
export function requireReady(what: string): void {
  if (!world.ready) refuse(`${what} was used before the app was ready`);
}
