import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
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

/** Serves the built renderer from unknot://app/, each file with the CSP and nosniff. */
export function serveAppProtocol(rendererDir: string): void {
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
    return new Response(response.body, {
      status: response.status,
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
