import { EventEmitter } from 'node:events';
import { refuse } from './world';

type Handler = (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown;

const handlers = new Map<string, Handler>();

/** `ipcMain`: one handler per channel, as Electron insists. */
class FakeIpcMain extends EventEmitter {
  handle(channel: string, handler: Handler): void {
    if (handlers.has(channel)) refuse(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    handlers.delete(channel);
  }
}

export const ipcMain = new FakeIpcMain();

export function handledChannels(): string[] {
  return [...handlers.keys()];
}

/** The test's side: a page at senderUrl invokes a channel, as ipcRenderer.invoke would. */
export async function invoke(
  channel: string,
  payload: unknown,
  senderUrl: string,
): Promise<unknown> {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`No handler registered for '${channel}'`);
  return handler({ senderFrame: { url: senderUrl } }, payload);
}
