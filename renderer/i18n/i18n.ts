import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, type Language } from '../../electron/common/language';
import { NAMESPACES, type Namespace } from './namespaces';
import { pseudoLocalize } from './pseudo-locale';

/**
 * i18next for the renderer. The English lines the first screen shows (the library, the Now
 * playing bar, the shared words) are part of the entry chunk; English for the other screens
 * comes with them (`loadScreenCatalogs`, awaited before a screen's first render). Another
 * language's catalogs are all fetched before the first frame that needs them. So no screen
 * ever shows a key or flashes English first.
 */
// Vite reads these patterns at build time and takes literals only, so the first screen's
// namespaces are spelled in both.
const english = import.meta.glob<Record<string, unknown>>(
  '../locales/en/{common,vocabulary,library,player,ui}.json',
  { eager: true, import: 'default' },
);
const englishForScreens = import.meta.glob<Record<string, unknown>>(
  ['../locales/en/*.json', '!../locales/en/{common,vocabulary,library,player,ui}.json'],
  { import: 'default' },
);
const others = import.meta.glob<Record<string, unknown>>(
  ['../locales/*/*.json', '!../locales/en/*.json'],
  {
    import: 'default',
  },
);

function namespaceOf(file: string): Namespace | undefined {
  const name = /\/([^/]+)\.json$/.exec(file)?.[1];
  return NAMESPACES.find((namespace) => namespace === name);
}

function bundle(files: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [file, catalog] of Object.entries(files)) {
    const namespace = namespaceOf(file);
    if (namespace) out[namespace] = catalog;
  }
  return out;
}

async function loadLanguage(language: Language): Promise<Record<string, unknown>> {
  if (language === FALLBACK_LANGUAGE) return bundle(english);
  const entries = Object.entries(others).filter(([file]) =>
    file.startsWith(`../locales/${language}/`),
  );
  const loaded = await Promise.all(
    entries.map(async ([file, load]) => [file, await load()] as const),
  );
  return bundle(Object.fromEntries(loaded));
}

/** Each screen namespace's English, fetched once; a failed fetch is forgotten. */
const fetched = new Map<string, Promise<Record<string, unknown>>>();
function englishFor(file: string, load: () => Promise<Record<string, unknown>>) {
  let pending = fetched.get(file);
  if (!pending) {
    pending = load();
    fetched.set(file, pending);
    // Forgotten, so the screen's "Try again" fetches afresh.
    pending.catch(() => fetched.delete(file));
  }
  return pending;
}

/**
 * English for screens off the first screen's path (builder, history, settings, welcome, the
 * routine and the timer), the given namespaces or all of them. Each such screen awaits its
 * own with its code; English is also the fallback for a line another language lacks.
 */
export async function loadScreenCatalogs(only?: readonly Namespace[]): Promise<void> {
  const wanted = Object.entries(englishForScreens).filter(([file]) => {
    const namespace = namespaceOf(file);
    return namespace !== undefined && (!only || only.includes(namespace));
  });
  const loaded = await Promise.all(
    wanted.map(async ([file, load]) => [file, await englishFor(file, load)] as const),
  );
  for (const [namespace, catalog] of Object.entries(bundle(Object.fromEntries(loaded)))) {
    if (!i18n.hasResourceBundle(FALLBACK_LANGUAGE, namespace)) {
      i18n.addResourceBundle(FALLBACK_LANGUAGE, namespace, catalog, true, true);
    }
  }
}

/** The page says its language, so screen readers and the system voice pronounce it right. */
function markPageLanguage(language: Language): void {
  // Unit tests run this in Node, where there is no page.
  const page = (globalThis as { document?: { documentElement: { lang: string } } }).document;
  if (page) page.documentElement.lang = language;
}

export const i18n: I18n = i18next.createInstance();

/** The language shown now and the locale for dates and numbers ("de-AT"). */
let currentLocale: string = FALLBACK_LANGUAGE;
export function currentFormatLocale(): string {
  return currentLocale;
}

/**
 * Starts i18next in the language, before the first render. `pseudo` shows every line
 * accented and 40 % longer, so a test can see any English left and any text that overflows.
 */
export async function startI18n(
  language: Language,
  locale: string,
  options: { pseudo?: boolean } = {},
): Promise<void> {
  const resources: Resource = { [FALLBACK_LANGUAGE]: bundle(english) as Resource[string] };
  if (language !== FALLBACK_LANGUAGE) {
    resources[language] = (await loadLanguage(language)) as Resource[string];
  }
  currentLocale = locale;
  if (options.pseudo) i18n.use(pseudoLocalize);
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: ['en', 'es', 'de'],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
    postProcess: options.pseudo ? [pseudoLocalize.name] : false,
  });
  markPageLanguage(language);
}

/** Switches language while the app runs (a change in Settings). */
export async function changeLanguage(language: Language, locale: string): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'common')) {
    const catalogs = await loadLanguage(language);
    for (const [namespace, catalog] of Object.entries(catalogs)) {
      i18n.addResourceBundle(language, namespace, catalog, true, true);
    }
  }
  currentLocale = locale;
  await i18n.changeLanguage(language);
  markPageLanguage(language);
}
