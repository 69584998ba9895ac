import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { FakeBrowserWindow } from '../fake-electron/browser-window';
import type { FakeNotification } from '../fake-electron/desktop';
import type * as FakeElectron from '../fake-electron/electron';
import type { FakeTray } from '../fake-electron/tray';
import type { World } from '../fake-electron/world';

/** The main process's entry; vitest.shell.config.ts runs it as if from out/main/. */
export const MAIN_ENTRY = path.resolve('electron/app/main.ts');
/** What the entry needs from the build: the renderer, the preload, the icons. */
const BUILT = ['out/renderer/index.html', 'out/preload/preload.cjs', 'out/main/main.js'];

type Fake = typeof FakeElectron & {
  world: World;
  becomeReady: () => Promise<void>;
  launchSecondInstance: (argv?: string[]) => void;
  request: (url: string) => Promise<Response>;
  invoke: (channel: string, payload: unknown, senderUrl: string) => Promise<unknown>;
  handledChannels: () => string[];
  registeredShortcuts: () => string[];
  pressKey: (accelerator: string) => void;
  shownNotifications: () => readonly FakeNotification[];
  allTrays: () => readonly FakeTray[];
  privilegedSchemes: () => { scheme: string; privileges: Record<string, boolean> }[];
  exposed: Record<string, unknown>;
  deliverSent: () => void;
  rendererListenerCount: (channel: string) => number;
};

export interface Shell {
  fake: Fake;
  world: World;
  /** The app's own folder (userData), where settings and history live. */
  userData: string;
  /** The library window. */
  player(): FakeBrowserWindow;
  tray(): FakeTray;
  /** Calls the app's IPC as its own page does. */
  call<T = unknown>(method: string, payload?: unknown): Promise<T>;
  /** Waits for timers and promises the app started to settle. */
  settle(): Promise<void>;
  /** Quits the app if it still runs, and forgets it. */
  close(): Promise<void>;
}

export interface ShellOptions {
  /** Changes to the world before the app starts: a lock held, keys taken, argv. */
  before?: (world: World) => void;
  /** An existing userData folder (a second start of the same app). */
  userData?: string;
  /** Stop after loading the bundle, before the app is ready. */
  notReady?: boolean;
}

/**
 * Starts the real main process on a fresh fake Electron, with a fresh temp folder for its
 * data. Modules are reset first, so the entry's top level runs again, as at a launch.
 */
export async function startShell(options: ShellOptions = {}): Promise<Shell> {
  if (!BUILT.every((file) => existsSync(file))) {
    throw new Error('No built app: run `npm run build` first (npm run test:shell does).');
  }
  vi.resetModules();
  const fake = {
    ...(await import('../fake-electron/electron')),
    ...(await import('../fake-electron/app')),
    ...(await import('../fake-electron/world')),
    ...(await import('../fake-electron/protocol')),
    ...(await import('../fake-electron/ipc-main')),
    ...(await import('../fake-electron/desktop')),
    ...(await import('../fake-electron/tray')),
    ...(await import('../fake-electron/renderer-side')),
  } as unknown as Fake;
  const { world } = fake;
  const ownsFolder = !options.userData;
  const userData = options.userData ?? mkdtempSync(path.join(tmpdir(), 'unknot-shell-'));
  world.paths = {
    userData,
    logs: path.join(userData, 'logs'),
    appData: path.join(userData, 'config'),
    home: userData,
    documents: path.join(userData, 'Documents'),
    temp: tmpdir(),
  };
  options.before?.(world);

  // main.ts listens for uncaught errors on the process; those listeners go when the app does.
  const listening = {
    uncaughtException: new Set(process.listeners('uncaughtException')),
    unhandledRejection: new Set(process.listeners('unhandledRejection')),
  };
  // The app reads its command line when it starts and again when ready.
  const savedArgv = process.argv;
  process.argv = [process.argv[0]!, MAIN_ENTRY, ...world.argv];
  await import(/* @vite-ignore */ MAIN_ENTRY);
  if (!options.notReady) await fake.becomeReady();

  const settle = async () => {
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    fake,
    world,
    userData,
    player() {
      const window = fake.BrowserWindow.getAllWindows().find((w) =>
        w.webContents.url.includes('#/library'),
      );
      if (!window) {
        const why = [...world.violations, ...world.errorBoxes.map((box) => box.content)];
        throw new Error(`No library window is open. ${why.join(' | ')}`);
      }
      return window;
    },
    tray() {
      const tray = fake.allTrays().find((candidate) => !candidate.destroyed);
      if (!tray) throw new Error('No tray icon');
      return tray;
    },
    async call<T>(method: string, payload?: unknown): Promise<T> {
      const result = (await fake.invoke(
        `unknot:${method}`,
        payload,
        'unknot://app/index.html',
      )) as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(`${method} failed: ${result.error?.message}`);
      return result.value as T;
    },
    settle,
    async close() {
      if (!world.quit) fake.app.quit();
      if (!world.quit) fake.app.exit(0);
      await settle();
      process.argv = savedArgv;
      for (const listener of process.listeners('uncaughtException')) {
        if (!listening.uncaughtException.has(listener))
          process.removeListener('uncaughtException', listener);
      }
      for (const listener of process.listeners('unhandledRejection')) {
        if (!listening.unhandledRejection.has(listener))
          process.removeListener('unhandledRejection', listener);
      }
      if (ownsFolder) rmSync(userData, { recursive: true, force: true });
    },
  };
}
