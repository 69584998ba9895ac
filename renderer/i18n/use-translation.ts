import type { TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';
import { i18n } from './i18n';
import type { Namespace } from './namespaces';
import { plainLine } from './plain-line';

/**
 * The screens' `useTranslation`: a `t` for a namespace (or the first of several, as
 * react-i18next's), answering a plain line from the catalogs (plain-line.ts) and anything
 * else through i18next's own `t`. A change of language draws every user again.
 *
 * Why not react-i18next's hook: for each component drawn it copies its options, builds a
 * `t` of its own, copies the i18next instance into a wrapper and subscribes to it, and the
 * first screen draws many such components. Here one `t` per namespace is shared until the
 * language changes, and one listener serves every component. `Trans` still comes from
 * react-i18next and takes this `t`.
 */
let revision = 0;
const listeners = new Set<() => void>();
let listening = false;

function subscribe(listener: () => void): () => void {
  if (!listening) {
    listening = true;
    i18n.on('languageChanged', () => {
      revision += 1;
      for (const each of [...listeners]) each();
    });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const currentRevision = () => revision;

type Namespaces = Namespace | readonly Namespace[];
const translators = new Map<string, TFunction<Namespaces>>();
let translatorsRevision = -1;

function translatorFor(namespaces: readonly Namespace[]): TFunction<Namespaces> {
  if (translatorsRevision !== revision) {
    translators.clear();
    translatorsRevision = revision;
  }
  const id = namespaces.join(' ');
  let t = translators.get(id);
  if (!t) {
    const first = namespaces[0] ?? 'common';
    const full = i18n.getFixedT(null, first) as unknown as (
      key: unknown,
      ...rest: unknown[]
    ) => string;
    const translate = (key: unknown, ...rest: unknown[]): string =>
      (rest.length === 0 && typeof key === 'string' ? plainLine(i18n, first, key) : undefined) ??
      full(key, ...rest);
    // Trans reads the namespace off the `t` it is given, as off i18next's own.
    t = Object.assign(translate, { ns: first }) as unknown as TFunction<Namespaces>;
    translators.set(id, t);
  }
  return t;
}

export function useTranslation<const Ns extends Namespaces = 'common'>(
  namespace?: Ns,
): { t: TFunction<Ns>; i18n: typeof i18n } {
  useSyncExternalStore(subscribe, currentRevision, currentRevision);
  const namespaces: readonly Namespace[] =
    namespace === undefined ? ['common'] : typeof namespace === 'string' ? [namespace] : namespace;
  return { t: translatorFor(namespaces) as unknown as TFunction<Ns>, i18n };
}
