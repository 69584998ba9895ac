import i18next from 'i18next';
import { FALLBACK_LANGUAGE, type Language } from '../common/language';
import deDesk from '../locales/de/desk.json' with { type: 'json' };
import deErrors from '../locales/de/errors.json' with { type: 'json' };
import enDesk from '../locales/en/desk.json' with { type: 'json' };
import enErrors from '../locales/en/errors.json' with { type: 'json' };
import esDesk from '../locales/es/desk.json' with { type: 'json' };
import esErrors from '../locales/es/errors.json' with { type: 'json' };

/**
 * i18next for main: the tray, notifications, dialogs and the messages main sends the windows,
 * in the language the windows show (electron/common/language.ts decides it). Catalogs in
 * electron/locales/<language>/<namespace>.json; English is the fallback for a missing line.
 * Loaded at once (no Electron, no files), so services and their tests can call tm() anywhere.
 */
const instance = i18next.createInstance();
void instance.init({
  lng: FALLBACK_LANGUAGE,
  fallbackLng: FALLBACK_LANGUAGE,
  ns: ['desk', 'errors'],
  defaultNS: 'desk',
  resources: {
    en: { desk: enDesk, errors: enErrors },
    es: { desk: esDesk, errors: esErrors },
    de: { desk: deDesk, errors: deErrors },
  },
  interpolation: { escapeValue: false },
  initAsync: false,
});

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${'one' | 'other'}` ? Base : K}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key of main's English catalogs, "desk:tray.quit" or "errors:routine.notFound". */
export type MainKey = `desk:${Leaves<typeof enDesk>}` | `errors:${Leaves<typeof enErrors>}`;

/** A line of main's catalogs in the current language. */
export function tm(key: MainKey, values?: Record<string, unknown>): string {
  // i18next's own key types describe the renderer's catalogs; main's are checked by MainKey.
  const translate = instance.t as unknown as (key: string, values?: object) => string;
  return translate(key, values);
}

/** Main speaks the language the windows show from now on. */
export function setMainLanguage(language: Language): void {
  void instance.changeLanguage(language);
}

export function mainLanguage(): Language {
  return instance.language as Language;
}
