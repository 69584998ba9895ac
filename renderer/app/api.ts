import type { UnknotApi } from '../../electron/common/ipc/contract';

declare global {
  interface Window {
    /** Built by the preload (or the e2e harness) from the IPC contract. */
    unknot: UnknotApi;
  }
}

export function api(): UnknotApi {
  return window.unknot;
}

/** The message to show for a failed call; the bridge already words them for people. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
