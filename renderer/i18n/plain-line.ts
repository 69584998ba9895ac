import type { i18n as I18n } from 'i18next';
import { NAMESPACES, type Namespace } from './namespaces';

function isNamespace(name: string): name is Namespace {
  return (NAMESPACES as readonly string[]).includes(name);
}

/**
 * A line with nothing to fill in, read straight from the catalogs in the language shown
 * (then its fallback, as i18next looks), or undefined when i18next has work to do: a
 * placeholder, a nested line, an object, an empty or missing line, a post-processor (the
 * pseudo-locale), a namespace it does not know.
 *
 * Why: i18next's `t` copies every option into new objects, then checks interpolation,
 * nesting, plurals and missing keys for each line. The library asks for over a hundred
 * lines before it can be used, most of them plain, all on code still cold: 22–39 ms of its
 * first render went inside i18next's `t`. The answer is the same:
 * tests/unit/renderer/i18n/plain-line.test.ts compares it with i18next's own for every line
 * of every catalog.
 */
export function plainLine(i18n: I18n, namespace: Namespace, key: string): string | undefined {
  const postProcess = i18n.options.postProcess;
  if (postProcess && postProcess.length > 0) return undefined;
  let ns = namespace;
  let path = key;
  const colon = key.indexOf(':');
  if (colon >= 0) {
    const prefix = key.slice(0, colon);
    if (!isNamespace(prefix)) return undefined;
    ns = prefix;
    path = key.slice(colon + 1);
  }
  for (const language of i18n.languages ?? []) {
    const line: unknown = i18n.getResource(language, ns, path);
    if (line === undefined) continue;
    const plain =
      typeof line === 'string' && line !== '' && !line.includes('{{') && !line.includes('$t(');
    return plain ? line : undefined;
  }
  return undefined;
}
