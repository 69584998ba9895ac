import { useEffect } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Applies the chosen theme and text size to the document; "system" follows the OS live. */
export function useDocumentTheme(
  choice: ThemeChoice | undefined,
  textScale: number | undefined,
): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const dark = choice === 'dark' || ((choice ?? 'system') === 'system' && media.matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [choice]);

  useEffect(() => {
    document.documentElement.style.fontSize = `${(textScale ?? 1) * 100}%`;
  }, [textScale]);
}
