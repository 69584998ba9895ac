import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { refuse, requireReady } from './world';

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

type WebPreferences = Record<string, unknown>;

const windows: FakeBrowserWindow[] = [];
let nextId = 1;
/** Set by electron.ts: app.emit for web-contents-created and the last window closing. */
export const appHooks: {
  webContentsCreated: (contents: FakeWebContents) => void;
  lastWindowClosed: () => void;
} = { webContentsCreated: () => {}, lastWindowClosed: () => {} };

export function allWindows(): readonly FakeBrowserWindow[] {
  return windows;
}

/**
 * The baseline Electron's security checklist asks of every window: isolation, the sandbox,
 * no Node in the page, web security on, and a preload that exists (a missing one fails
 * silently in Electron, leaving the page with no API).
 */
function checkWebPreferences(preferences: WebPreferences | undefined): void {
  if (!preferences) refuse('a window was made without webPreferences');
  const wrong: string[] = [];
  if (preferences.contextIsolation !== true) wrong.push('contextIsolation must be true');
  if (preferences.sandbox !== true) wrong.push('sandbox must be true');
  if (preferences.nodeIntegration !== false) wrong.push('nodeIntegration must be false');
  if (preferences.nodeIntegrationInWorker === true) wrong.push('nodeIntegrationInWorker is on');
  if (preferences.webSecurity === false) wrong.push('webSecurity is off');
  if (preferences.allowRunningInsecureContent === true) wrong.push('insecure content allowed');
  if (preferences.webviewTag === true) wrong.push('the webview tag is on');
  const preload = preferences.preload;
  if (typeof preload === 'string' && !existsSync(preload))
    wrong.push(`the preload ${preload} does not exist`);
  if (wrong.length > 0) refuse(`insecure window: ${wrong.join(', ')}`);
}

/** A window's page: what it loaded and every message main sent it. */
export class FakeWebContents extends EventEmitter {
  url = '';
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;

  send(channel: string, payload: unknown): void {
    if (this.destroyed) refuse(`webContents.send('${channel}') to a destroyed window`);
    this.sent.push({ channel, payload });
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Every printToPDF call: the page it printed and the options. */
  readonly printed: { url: string; options: Record<string, unknown> }[] = [];

  /**
   * As Electron: resolves with the PDF's bytes once a page is loaded. The fake writes one
   * page object per page break the page asks for (CSS cannot be laid out here), enough for
   * the app to count pages the way it does with a real PDF.
   */
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    if (this.destroyed) refuse('printToPDF on a destroyed window');
    if (!this.url) refuse('printToPDF before a page was loaded');
    this.printed.push({ url: this.url, options });
    return Promise.resolve(
      Buffer.from(
        '%PDF-1.4\n1 0 obj <</Type /Pages /Count 1>> endobj\n2 0 obj <</Type /Page /Parent 1 0 R>> endobj\n%%EOF\n',
        'latin1',
      ),
    );
  }

  /** The test's side: the page tries to go somewhere; answers whether the app allowed it. */
  tryNavigate(url: string): boolean {
    let prevented = false;
    this.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
    return !prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows(): FakeBrowserWindow[] {
    return [...windows];
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return windows.find((window) => window.focused) ?? null;
  }

  readonly id = nextId++;
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  visible: boolean;
  focused = false;
  minimized = false;
  destroyed = false;
  alwaysOnTop: { on: boolean; level?: string } = { on: false };
  allWorkspaces: { on: boolean; options?: unknown } = { on: false };
  contentProtection = false;
  opacity = 1;
  bounds: Bounds;

  constructor(options: Record<string, unknown> = {}) {
    super();
    requireReady('new BrowserWindow()');
    checkWebPreferences(options.webPreferences as WebPreferences | undefined);
    this.options = options;
    this.visible = options.show !== false;
    this.opacity = typeof options.opacity === 'number' ? options.opacity : 1;
    this.alwaysOnTop = { on: options.alwaysOnTop === true };
    this.bounds = {
      x: Number(options.x ?? 0),
      y: Number(options.y ?? 0),
      width: Number(options.width ?? 800),
      height: Number(options.height ?? 600),
    };
    windows.push(this);
    appHooks.webContentsCreated(this.webContents);
  }

  /** Loads the page; it is ready to show on the next turn, as a real page paints later. */
  loadURL(url: string): Promise<void> {
    this.alive('loadURL');
    this.webContents.url = url;
    setImmediate(() => {
      if (!this.destroyed) this.emit('ready-to-show');
    });
    return Promise.resolve();
  }

  show(): void {
    this.alive('show');
    this.visible = true;
    this.focused = true;
    this.minimized = false;
    this.emit('show');
  }

  showInactive(): void {
    this.alive('showInactive');
    this.visible = true;
    this.emit('show');
  }

  hide(): void {
    this.alive('hide');
    this.visible = false;
    this.focused = false;
    this.emit('hide');
  }

  focus(): void {
    this.alive('focus');
    this.focused = true;
  }

  minimize(): void {
    this.minimized = true;
    this.focused = false;
  }

  restore(): void {
    this.minimized = false;
  }

  isVisible(): boolean {
    return this.visible && !this.destroyed;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isFocused(): boolean {
    return this.focused;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Asks to close: a 'close' listener may prevent it; otherwise the window is destroyed. */
  close(): void {
    if (this.destroyed) return;
    const event = {
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    windows.splice(windows.indexOf(this), 1);
    this.emit('closed');
    if (windows.length === 0) appHooks.lastWindowClosed();
  }

  setAlwaysOnTop(on: boolean, level?: string): void {
    this.alwaysOnTop = { on, level };
  }

  setVisibleOnAllWorkspaces(on: boolean, options?: unknown): void {
    this.allWorkspaces = { on, options };
  }

  setContentProtection(on: boolean): void {
    this.contentProtection = on;
  }

  setOpacity(opacity: number): void {
    this.opacity = opacity;
  }

  getBounds(): Bounds {
    return { ...this.bounds };
  }

  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }

  private alive(what: string): void {
    if (this.destroyed) refuse(`${what}() on a destroyed window`);
  }
}
