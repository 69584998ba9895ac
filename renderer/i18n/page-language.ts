import { resolveLanguage, resolveLocale, type Language } from '../../electron/common/language';
import { embeddedSettings } from '../app/startup-data';

/**
 * The language the page starts in: the one chosen in Settings (carried in the page), else the
 * system's, as main decides it for the tray and notifications. `?pseudo` (tests only) shows
 * the pseudo-language.
 */
export function pageLanguage(): { language: Language; locale: string; pseudo: boolean } {
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const language = resolveLanguage(embeddedSettings()?.language ?? 'system', preferred);
  return {
    language,
    locale: resolveLocale(language, preferred),
    pseudo: new URLSearchParams(window.location.search).has('pseudo'),
  };
}
