import { useEffect, useRef } from 'react';
import type { LanguageChoice } from '../../electron/common/language';
import { changeLanguage, i18n } from './i18n';
import { languageFor } from './page-language';

/**
 * Follows the language setting. The first value seen only corrects the page's guess (its
 * settings may not have come with the page). A change made later reloads the window, because
 * the routines, techniques and plans come from main in the language chosen, and a reload is
 * the one way every screen, open dialog and caption shows the new one at once; playback lives
 * in main and carries on.
 */
export function useLanguageSetting(choice: LanguageChoice | undefined): void {
  const seen = useRef<LanguageChoice | undefined>(undefined);
  useEffect(() => {
    if (!choice) return;
    const before = seen.current;
    seen.current = choice;
    if (before === undefined) {
      const { language, locale } = languageFor(choice);
      if (language !== i18n.language) void changeLanguage(language, locale);
    } else if (before !== choice) {
      window.location.reload();
    }
  }, [choice]);
}
