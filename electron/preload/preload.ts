import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../common/ipc/api-factory';
import type { IpcResult } from '../common/ipc/contract';

// Only the contract's named functions cross into the page; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'unknot',
  createApi({
    invoke: (channel, payload) =>
      ipcRenderer.invoke(channel, payload) as Promise<IpcResult<unknown>>,
    on: (channel, listener) => {
      const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, handler);
      return () => {
        ipcRenderer.removeListener(channel, handler);
      };
    },
  }),
);
