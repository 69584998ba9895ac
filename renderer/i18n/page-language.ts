import {
  resolveLanguage,
  resolveLocale,
  type Language,
  type LanguageChoice,
} from '../../electron/common/language';
import { embeddedSettings } from '../app/startup-data';

function systemLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/** The language a choice in Settings means on this system, and its locale for formats. */
export function languageFor(choice: LanguageChoice): { language: Language; locale: string } {
  const preferred = systemLanguages();
  const language = resolveLanguage(choice, preferred);
  return { language, locale: resolveLocale(language, preferred) };
}

/**
 * The language the page starts in: the one chosen in Settings (carried in the page), else the
 * system's, as main decides it for the content, the tray and notifications. `?pseudo` (tests
 * only) shows the pseudo-language.
 */
export function pageLanguage(): { language: Language; locale: string; pseudo: boolean } {
  return {
    ...languageFor(embeddedSettings()?.language ?? 'system'),
    pseudo: new URLSearchParams(window.location.search).has('pseudo'),
  };
}
