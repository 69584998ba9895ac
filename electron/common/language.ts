/**
 * The languages Unknot speaks, and which one a person gets: their choice in Settings, else
 * the first of the system's preferred languages that Unknot has, else English. Pure, so main
 * (which asks Electron for the system's languages) and the renderer (navigator.languages)
 * decide the same way.
 */
export const LANGUAGES = ['en', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageChoice = 'system' | Language;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['system', ...LANGUAGES];

/** Each language in its own words, as a language menu shows them. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
};

export const FALLBACK_LANGUAGE: Language = 'en';

function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}

export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[]): Language {
  if (choice !== 'system') return choice;
  for (const tag of preferred) {
    const code = primary(tag);
    if (isLanguage(code)) return code;
  }
  return FALLBACK_LANGUAGE;
}

/**
 * The locale for dates, numbers and the first day of the week: the system's own tag when it
 * is in the chosen language ("de-AT" keeps Austria's conventions), else the language itself.
 */
export function resolveLocale(language: Language, preferred: readonly string[]): string {
  const regional = preferred.find((tag) => primary(tag) === language);
  if (!regional) return language;
  const canonical = Intl.getCanonicalLocales(regional.replace('_', '-'))[0];
  return canonical ?? language;
}
