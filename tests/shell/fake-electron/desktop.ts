import { EventEmitter } from 'node:events';
import { refuse, requireReady, world, type World } from './world';

const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 32, width: 1920, height: 1048 },
  scaleFactor: 1,
};

/** `screen` cannot be used before ready; every call checks. */
export const screen = {
  getPrimaryDisplay() {
    requireReady('screen.getPrimaryDisplay');
    return display;
  },
  getAllDisplays() {
    requireReady('screen.getAllDisplays');
    return [display];
  },
};

const shortcuts = new Map<string, () => void>();
const MODIFIERS = new Set([
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'CommandOrControl',
  'CmdOrCtrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
]);
const NAMED_KEYS = new Set([
  'Plus',
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'MediaPlayPause',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'PrintScreen',
]);

/** Electron throws on an accelerator it cannot parse. */
function checkAccelerator(accelerator: string): void {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const known =
    parts.every((part) => MODIFIERS.has(part)) &&
    (/^[A-Z0-9]$/.test(key) ||
      /^F([1-9]|1\d|2[0-4])$/.test(key) ||
      NAMED_KEYS.has(key) ||
      /^[)!@#$%^&*(:;<=>?_~{}|"',./\\[\]`-]$/.test(key));
  if (!known)
    refuse(`Error processing argument at index 0, conversion failure from ${accelerator}`);
}

/** System-wide keys: after ready; another app may hold one, then register answers false. */
export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    requireReady('globalShortcut.register');
    checkAccelerator(accelerator);
    if (world.acceleratorsHeldElsewhere.has(accelerator) || shortcuts.has(accelerator))
      return false;
    shortcuts.set(accelerator, callback);
    return true;
  },
  isRegistered(accelerator: string): boolean {
    return shortcuts.has(accelerator);
  },
  unregister(accelerator: string): void {
    shortcuts.delete(accelerator);
  },
  unregisterAll(): void {
    shortcuts.clear();
  },
};

export function registeredShortcuts(): string[] {
  return [...shortcuts.keys()];
}

/** The test's side: the user presses a system-wide key. */
export function pressKey(accelerator: string): void {
  const callback = shortcuts.get(accelerator);
  if (!callback)
    throw new Error(`Nothing answers ${accelerator}: ${registeredShortcuts().join(', ')}`);
  callback();
}

const notifications: FakeNotification[] = [];

export function shownNotifications(): readonly FakeNotification[] {
  return notifications;
}

export class FakeNotification extends EventEmitter {
  static isSupported(): boolean {
    return true;
  }

  shown = false;

  constructor(readonly options: { title: string; body?: string; actions?: unknown[] }) {
    super();
    requireReady('new Notification()');
  }

  show(): void {
    this.shown = true;
    notifications.push(this);
  }

  close(): void {
    this.emit('close');
  }

  /** The test's side: the user clicks the notification. */
  click(): void {
    if (!this.shown) throw new Error('a notification that was never shown cannot be clicked');
    this.emit('click', {});
  }
}

class FakePowerMonitor extends EventEmitter {
  getSystemIdleTime(): number {
    requireReady('powerMonitor.getSystemIdleTime');
    return world.idleSeconds;
  }

  override on(event: string | symbol, listener: (...args: unknown[]) => void): this {
    requireReady(`powerMonitor.on('${String(event)}')`);
    return super.on(event, listener);
  }
}

export const powerMonitor = new FakePowerMonitor();

export const dialog = {
  // Documented as safe before ready: it is how a start failure is told.
  showErrorBox(title: string, content: string): void {
    world.errorBoxes.push({ title, content });
  },
  async showOpenDialog() {
    requireReady('dialog.showOpenDialog');
    const choice = world.nextFolderChoice;
    return { canceled: choice === null, filePaths: choice ? [choice] : [] };
  },
  /** As Electron: an optional parent window first, then the options. */
  async showSaveDialog(...args: unknown[]) {
    requireReady('dialog.showSaveDialog');
    const options = (args.length > 1 ? args[1] : args[0]) as World['saveDialogs'][number];
    world.saveDialogs.push(options);
    const choice = world.nextSavePath;
    return choice === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: choice };
  },
  async showMessageBox() {
    requireReady('dialog.showMessageBox');
    return { response: 0, checkboxChecked: false };
  },
};

export const openedPaths: string[] = [];

export const shell = {
  async openPath(target: string): Promise<string> {
    openedPaths.push(target);
    return '';
  },
};

type PermissionHandler = (
  contents: unknown,
  permission: string,
  callback: (ok: boolean) => void,
) => void;

const defaultSession = {
  permissionRequestHandler: null as PermissionHandler | null,
  permissionCheckHandler: null as ((...args: unknown[]) => boolean) | null,
  setPermissionRequestHandler(handler: PermissionHandler) {
    defaultSession.permissionRequestHandler = handler;
  },
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    defaultSession.permissionCheckHandler = handler;
  },
};

/** `session.defaultSession` exists only once the app is ready. */
export const session = {
  get defaultSession() {
    if (!world.ready) refuse('session.defaultSession was used before the app was ready');
    return defaultSession;
  },
};
