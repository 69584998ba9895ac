import { allWindows } from './browser-window';
import { invoke } from './ipc-main';

/**
 * The preload's half of Electron: what it exposes to the page, and ipcRenderer wired to this
 * fake's ipcMain, as from the app's own page (unknot://app/). Messages main sends to a window
 * reach the listeners the preload added.
 */
export const exposed: Record<string, unknown> = {};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (key in exposed)
      throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    exposed[key] = api;
  },
};

type Listener = (event: unknown, payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

export const ipcRenderer = {
  invoke: (channel: string, payload: unknown) =>
    invoke(channel, payload, 'unknot://app/index.html'),
  on(channel: string, listener: Listener) {
    const set = listeners.get(channel) ?? new Set();
    set.add(listener);
    listeners.set(channel, set);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    listeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};

export function rendererListenerCount(channel: string): number {
  return listeners.get(channel)?.size ?? 0;
}

/** The test's side: deliver what main sent the first window to the preload's listeners. */
export function deliverSent(): void {
  const window = allWindows()[0];
  if (!window) return;
  for (const { channel, payload } of window.webContents.sent.splice(0)) {
    for (const listener of listeners.get(channel) ?? []) listener({}, payload);
  }
}
