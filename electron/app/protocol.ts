import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { embedStartupData, type StartupData } from '../common/ipc/startup-data';
import {
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  resolveAppFile,
} from '../protocol/app-protocol';

/** Must run before the app is ready: unknot:// behaves like https (secure, fetch, streams). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/**
 * Serves the built renderer from unknot://app/, each file with the CSP and nosniff. The page
 * itself carries the first screen's data (see common/ipc/startup-data.ts); if gathering it
 * fails, the page is served as built and asks for its data over IPC.
 */
export function serveAppProtocol(
  rendererDir: string,
  startupData: () => Promise<StartupData>,
): void {
  const page = path.resolve(rendererDir, 'index.html');
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      // A file the build does not have: the page gets a plain 404, not a network error.
      return new Response('Not found', { status: 404 });
    }
    let body: ConstructorParameters<typeof Response>[0] = response.body;
    if (file === page) {
      const html = await response.text();
      body = await startupData().then(
        (data) => embedStartupData(html, data),
        () => html,
      );
    }
    return new Response(body, {
      status: response.status,
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
