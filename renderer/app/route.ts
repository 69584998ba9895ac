/**
 * Hash routes (#/library, #/settings, #/timer): they work from a custom protocol and a static
 * server alike. This module is the pure codec, with no React and no `window`, so the unit tests
 * can check it in node; the hook that follows the address is `useRoute` in ./use-route.
 */
export type Route =
  | { name: 'library' }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'player'; routineId?: string }
  | { name: 'timer' }
  /** The routine builder: a new routine, a copy of one, or editing one of the user's own. */
  | { name: 'builder'; mode: 'new'; routineId?: undefined }
  | { name: 'builder'; mode: 'copy' | 'edit'; routineId: string };

/** The id in an address, or null if it is not a well-formed percent-encoding. */
function decodeId(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The route an address's hash names. Anything unknown, or an id that cannot be decoded, falls
 * back to the library; a builder address without a copy/edit id opens a new routine.
 */
export function parseRoute(hash: string): Route {
  const [name, first, second] = hash.replace(/^#\/?/, '').split('/');
  switch (name) {
    case 'history':
      return { name: 'history' };
    case 'settings':
      return { name: 'settings' };
    case 'timer':
      return { name: 'timer' };
    case 'player': {
      if (!first) return { name: 'player' };
      const routineId = decodeId(first);
      return routineId === null ? { name: 'library' } : { name: 'player', routineId };
    }
    case 'builder': {
      if ((first === 'copy' || first === 'edit') && second) {
        const routineId = decodeId(second);
        return routineId === null
          ? { name: 'library' }
          : { name: 'builder', mode: first, routineId };
      }
      return { name: 'builder', mode: 'new' };
    }
    default:
      return { name: 'library' };
  }
}

/** The hash for a route; `parseRoute(hrefOf(route))` gives the route back. */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'player':
      return route.routineId ? `#/player/${encodeURIComponent(route.routineId)}` : '#/player';
    case 'builder':
      return route.mode === 'new'
        ? '#/builder/new'
        : `#/builder/${route.mode}/${encodeURIComponent(route.routineId)}`;
    default:
      return `#/${route.name}`;
  }
}
