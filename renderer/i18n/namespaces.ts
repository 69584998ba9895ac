/**
 * The renderer's catalogs, one per screen folder (renderer/locales/<language>/<namespace>.json),
 * so each screen's words sit together and a translator can take one screen at a time.
 */
export const NAMESPACES = [
  'common',
  'vocabulary',
  'library',
  'routine',
  'player',
  'timer',
  'builder',
  'history',
  'settings',
  'welcome',
  'ui',
] as const;
export type Namespace = (typeof NAMESPACES)[number];
