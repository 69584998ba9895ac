import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setMainLanguage, tm } from '../../../../electron/i18n/main-i18n';
import { trayMenu } from '../../../../electron/desk/desk-controls';
import { flatten, placeholders, readCatalog } from '../../support/catalog-lines';

/** Main's catalogs (tray, notifications, dialogs, messages): the same keys in every language. */
const dir = path.join(process.cwd(), 'electron', 'locales');
const read = (language: string, namespace: string): Record<string, string> =>
  flatten(readCatalog(dir, language, namespace));

afterEach(() => setMainLanguage('en'));

describe.each(['es', 'de'])('main’s %s catalogs', (language) => {
  it.each(['desk', 'errors'])(
    '%s has the English keys and placeholders, none empty',
    (namespace) => {
      const english = read('en', namespace);
      const translated = read(language, namespace);
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect(translated[key]?.trim(), key).toBeTruthy();
        expect(placeholders(translated[key] ?? ''), key).toEqual(placeholders(text));
      }
    },
  );
});

describe('main’s language', () => {
  it('follows the windows: the tray speaks German once German is chosen', () => {
    const state = {
      status: 'idle' as const,
      lastRoutineTitle: null,
      timerOpen: false,
      remindersOn: false,
      remindersPaused: false,
    };
    const quit = () => trayMenu(state).find((item) => 'action' in item && item.action === 'quit');
    expect(quit()).toMatchObject({ label: 'Quit Unknot' });
    setMainLanguage('de');
    expect(quit()).toMatchObject({ label: read('de', 'desk')['tray.quit'] });
    expect(tm('desk:tray.quit')).not.toBe('Quit Unknot');
  });
});
