import { METHODS, channelOf, eventChannelOf, type EventName } from './channels';
import type { IpcErrorCode, IpcResult, UnknotApi } from './contract';

/** The wire underneath `window.unknot`: ipcRenderer in the preload, a page binding in tests. */
export interface Transport {
  invoke(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

export class UnknotApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UnknotApiError';
  }
}

/** Builds the named functions the renderer may call; nothing else of IPC is exposed. */
export function createApi(transport: Transport): UnknotApi {
  const api: Record<string, unknown> = {};
  for (const method of METHODS) {
    api[method] = async (input?: unknown) => {
      const result = await transport.invoke(channelOf(method), input);
      if (result.ok) return result.value;
      // Plain message text survives contextBridge; the code is kept in the message prefix too.
      throw new UnknotApiError(result.error.code, result.error.message);
    };
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) =>
    transport.on(eventChannelOf(event), listener);
  // The record is filled from the contract's own keys, so it has exactly UnknotApi's shape.
  return api as UnknotApi;
}
