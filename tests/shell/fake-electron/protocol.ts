import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { refuse, requireReady, world } from './world';

type Handler = (request: Request) => Response | Promise<Response>;

const privileged: { scheme: string; privileges: Record<string, boolean> }[] = [];
const handlers = new Map<string, Handler>();
let schemesRegistered = false;

/** The `protocol` module: privileged schemes before ready, handlers after. */
export const protocol = {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: Record<string, boolean> }[],
  ): void {
    if (world.ready) refuse('protocol.registerSchemesAsPrivileged after the app was ready');
    if (schemesRegistered) refuse('protocol.registerSchemesAsPrivileged called twice');
    schemesRegistered = true;
    privileged.push(...schemes);
  },
  handle(scheme: string, handler: Handler): void {
    requireReady('protocol.handle');
    if (handlers.has(scheme)) refuse(`protocol.handle('${scheme}') twice`);
    handlers.set(scheme, handler);
  },
  isProtocolHandled(scheme: string): boolean {
    return handlers.has(scheme);
  },
};

/** The test's side: what the privileged schemes are. */
export function privilegedSchemes() {
  return privileged;
}

/** The test's side: a page asks for a URL of a handled scheme. */
export async function request(url: string): Promise<Response> {
  const scheme = new URL(url).protocol.replace(/:$/, '');
  const handler = handlers.get(scheme);
  if (!handler) throw new Error(`Fake Electron: nothing handles ${scheme}:`);
  return handler(new Request(url));
}

/** `net.fetch`, for the file: URLs the app's protocol handler reads its files with. */
export const net = {
  async fetch(url: string): Promise<Response> {
    requireReady('net.fetch');
    if (!url.startsWith('file:')) refuse(`net.fetch of ${url}: the app fetches only its own files`);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      throw new Error(`net::ERR_FILE_NOT_FOUND ${url}`);
    }
  },
};
