import { useEffect, useState } from 'react';

/** Hash routes (#/library, #/settings, #/timer): they work from a custom protocol and a static server alike. */
export type Route =
  | { name: 'library' }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'player'; routineId?: string }
  | { name: 'timer' }
  /** The routine builder: a new routine, a copy of one, or editing one of the user's own. */
  | { name: 'builder'; mode: 'new' | 'copy' | 'edit'; routineId?: string };

export function parseRoute(hash: string): Route {
  const [name, arg] = hash.replace(/^#\/?/, '').split('/');
  switch (name) {
    case 'history':
      return { name: 'history' };
    case 'settings':
      return { name: 'settings' };
    case 'player':
      return { name: 'player', routineId: arg ? decodeURIComponent(arg) : undefined };
    case 'timer':
      return { name: 'timer' };
    case 'builder': {
      const [, mode, id] = hash.replace(/^#\/?/, '').split('/');
      if ((mode === 'copy' || mode === 'edit') && id) {
        return { name: 'builder', mode, routineId: decodeURIComponent(id) };
      }
      return { name: 'builder', mode: 'new' };
    }
    default:
      return { name: 'library' };
  }
}

export function hrefOf(route: Route): string {
  if (route.name === 'player' && route.routineId)
    return `#/player/${encodeURIComponent(route.routineId)}`;
  return `#/${route.name}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
