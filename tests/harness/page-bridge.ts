/**
 * Runs inside the page in e2e tests, in place of the preload: it builds `window.unknot`
 * with the same API factory, over a Playwright binding instead of ipcRenderer.
 */
import { createApi } from '../../electron/common/ipc/api-factory';
import type { IpcResult } from '../../electron/common/ipc/contract';

type Listener = (payload: unknown) => void;

declare global {
  interface Window {
    __unknotInvoke: (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;
    __unknotDeliver: (channel: string, payload: unknown) => void;
  }
}

const listeners = new Map<string, Set<Listener>>();

window.__unknotDeliver = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

window.unknot = createApi({
  invoke: (channel, payload) => window.__unknotInvoke(channel, payload),
  on: (channel, listener) => {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return () => {
      set.delete(listener);
    };
  },
});
