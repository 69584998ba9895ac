import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../../electron/protocol/app-protocol';
import { embedStartupData, type StartupData } from '../../electron/common/ipc/startup-data';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Each harness's first-screen data, by the id its pages carry as `?harness=`. */
const pageData = new Map<string, () => Promise<StartupData>>();

/**
 * From now on `index.html?harness=<id>` arrives with this data in it, as the app's protocol
 * serves its page (electron/app/protocol.ts); returns how to stop.
 */
export function servePageData(id: string, gather: () => Promise<StartupData>): () => void {
  pageData.set(id, gather);
  return () => {
    pageData.delete(id);
  };
}

/** Serves the built renderer on 127.0.0.1 with the same CSP header the app protocol sends. */
export async function serveStatic(rootDir: string): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const pathname = decodeURIComponent(url.pathname);
    const file = path.resolve(root, pathname === '/' ? 'index.html' : pathname.slice(1));
    if (
      !file.startsWith(root + path.sep) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      response.writeHead(404).end('Not found');
      return;
    }
    const headers = {
      'content-type': contentTypeFor(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-store',
    };
    const gather = pageData.get(url.searchParams.get('harness') ?? '');
    if (gather && file === path.join(root, 'index.html')) {
      const html = fs.readFileSync(file, 'utf8');
      void gather()
        .catch(() => ({}))
        .then((data) => response.writeHead(200, headers).end(embedStartupData(html, data)));
      return;
    }
    response.writeHead(200, headers);
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
