import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allWindows } from './browser-window';
import { world } from './world';

/** An event whose default the listener may prevent, as Electron's are. */
export function preventable(): { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

const packageJson = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as {
  name: string;
  version: string;
};

let resolveReady: () => void = () => {};
const readyPromise = new Promise<void>((resolve) => {
  resolveReady = resolve;
});
let quitting = false;

/** The `app` module: lifecycle, paths, the single-instance lock and login items. */
class FakeApp extends EventEmitter {
  readonly isPackaged = false;
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => {
      if (world.ready) world.violations.push(`commandLine.appendSwitch('${name}') after ready`);
      world.commandLineSwitches.set(name, value);
    },
    hasSwitch: (name: string) => world.commandLineSwitches.has(name),
  };

  whenReady(): Promise<void> {
    return readyPromise;
  }

  isReady(): boolean {
    return world.ready;
  }

  getPath(name: string): string {
    const folder = world.paths[name];
    if (!folder) throw new Error(`Fake Electron: no path for '${name}'`);
    return folder;
  }

  getVersion(): string {
    return packageJson.version;
  }

  getName(): string {
    return packageJson.name;
  }

  getAppPath(): string {
    return path.resolve('.');
  }

  getPreferredSystemLanguages(): string[] {
    return ['en-US'];
  }

  requestSingleInstanceLock(): boolean {
    return !world.lockHeldElsewhere;
  }

  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void {
    world.loginItem = { ...settings };
  }

  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean } {
    return {
      openAtLogin: world.loginItem.openAtLogin,
      wasOpenedAtLogin: world.argv.includes('--hidden'),
    };
  }

  /**
   * before-quit, then every window is asked to close (any may refuse, which cancels the quit),
   * then will-quit, then quit. As documented for app.quit().
   */
  quit(): void {
    if (world.quit || quitting) return;
    const beforeQuit = preventable();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    quitting = true;
    try {
      for (const window of [...allWindows()]) {
        window.close();
        if (!window.isDestroyed()) return;
      }
      const willQuit = preventable();
      this.emit('will-quit', willQuit);
      if (willQuit.defaultPrevented) return;
      world.quit = true;
      this.emit('quit', preventable(), 0);
    } finally {
      quitting = false;
    }
  }

  /** Quits at once: windows are destroyed, no before-quit or will-quit. */
  exit(code = 0): void {
    for (const window of [...allWindows()]) window.destroy();
    world.exitCode = code;
    world.quit = true;
  }

  relaunch(): void {
    world.relaunched = true;
  }

  /** Electron quits when the last window closes, unless the app listens for this. */
  lastWindowClosed(): void {
    if (quitting) return;
    if (this.listenerCount('window-all-closed') === 0) this.quit();
    else this.emit('window-all-closed');
  }
}

export const app = new FakeApp();

/** The test's side: the runtime finishes launching. */
export async function becomeReady(): Promise<void> {
  world.ready = true;
  app.emit('ready', preventable(), {});
  world.events.emit('ready');
  resolveReady();
  await readyPromise;
  // Let whenReady().then(...) in the app run before the test looks.
  await new Promise((resolve) => setImmediate(resolve));
}

/** The test's side: the user launches the app again while it runs. */
export function launchSecondInstance(argv: string[] = []): void {
  app.emit('second-instance', preventable(), argv, process.cwd(), {});
}
