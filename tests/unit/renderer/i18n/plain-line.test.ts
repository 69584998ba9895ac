import path from 'node:path';
import fc from 'fast-check';
import i18next, { type i18n as I18n } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Trans } from 'react-i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { changeLanguage, i18n as appI18n } from '../../../../renderer/i18n/i18n';
import { NAMESPACES, type Namespace } from '../../../../renderer/i18n/namespaces';
import { plainLine } from '../../../../renderer/i18n/plain-line';
import { pseudoLocalize } from '../../../../renderer/i18n/pseudo-locale';
import { useTranslation } from '../../../../renderer/i18n/use-translation';
import { flatten, readCatalog, type Catalog } from '../../support/catalog-lines';

/**
 * A plain line read straight from the catalogs is what i18next's own `t` would say, for
 * every line of every catalog in every language; anything else is left to i18next.
 */
const dir = path.join(process.cwd(), 'renderer', 'locales');
const LANGUAGES = ['en', 'es', 'de'] as const;

function catalogs(language: string, drop: readonly string[] = []): Record<string, Catalog> {
  const out: Record<string, Catalog> = {};
  for (const namespace of NAMESPACES) {
    const catalog = readCatalog(dir, language, namespace);
    // A line this language lacks, to see the English fallback taken as i18next takes it.
    out[namespace] = Object.fromEntries(
      Object.entries(catalog).filter(([key]) => namespace !== 'common' || !drop.includes(key)),
    );
  }
  return out;
}

async function instance(language: string, options: { pseudo?: boolean } = {}): Promise<I18n> {
  const made = i18next.createInstance();
  if (options.pseudo) made.use(pseudoLocalize);
  await made.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {
      en: catalogs('en'),
      ...(language === 'en' ? {} : { [language]: catalogs(language, ['appName']) }),
    },
    interpolation: { escapeValue: false },
    returnNull: false,
    postProcess: options.pseudo ? [pseudoLocalize.name] : false,
  });
  return made;
}

const keysOf = (namespace: Namespace) => Object.keys(flatten(readCatalog(dir, 'en', namespace)));

describe.each(LANGUAGES)('plain lines in %s', (language) => {
  it('say what i18next says, for every line of every namespace', async () => {
    const i18n = await instance(language);
    let plain = 0;
    for (const namespace of NAMESPACES) {
      for (const key of keysOf(namespace)) {
        const fast = plainLine(i18n, namespace, key);
        if (fast === undefined) continue;
        plain += 1;
        expect(fast, `${namespace}:${key}`).toBe(i18n.t(key, { ns: namespace }));
      }
    }
    // Most lines are plain: the fast way is taken, not skipped.
    expect(plain).toBeGreaterThan(300);
  });

  it('read a namespace named in the key, as i18next does', async () => {
    const i18n = await instance(language);
    for (const namespace of NAMESPACES) {
      for (const key of keysOf(namespace)) {
        const fast = plainLine(i18n, 'common', `${namespace}:${key}`);
        if (fast !== undefined) expect(fast).toBe(i18n.t(`${namespace}:${key}`));
      }
    }
  });

  it('leave to i18next every line with a placeholder, a plural or nothing in it', async () => {
    const i18n = await instance(language);
    expect(plainLine(i18n, 'library', 'routineCard.start')).toBeUndefined();
    expect(plainLine(i18n, 'common', 'length.minutes')).toBeUndefined();
    expect(plainLine(i18n, 'common', 'no.such.line')).toBeUndefined();
    expect(plainLine(i18n, 'common', 'nowhere:appName')).toBeUndefined();
    // A group of lines is an object, not a line.
    expect(plainLine(i18n, 'common', 'length')).toBeUndefined();
  });

  it('agree with i18next on any key at all', async () => {
    const i18n = await instance(language);
    const known = NAMESPACES.flatMap((namespace) =>
      keysOf(namespace).map((key) => `${namespace}:${key}`),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMESPACES),
        fc.oneof(
          fc.constantFrom(...known),
          fc.string(),
          fc
            .array(fc.constantFrom('nav', 'library', 'length', 'title', ':', '.'), {
              maxLength: 4,
            })
            .map((parts) => parts.join('.')),
        ),
        (namespace, key) => {
          const fast = plainLine(i18n, namespace, key);
          if (fast !== undefined) expect(fast).toBe(i18n.t(key, { ns: namespace }));
        },
      ),
    );
  });
});

describe('plain lines', () => {
  it('fall back to English for a line the language lacks, as i18next does', async () => {
    const i18n = await instance('de');
    expect(plainLine(i18n, 'common', 'appName')).toBe(i18n.t('appName'));
    expect(plainLine(i18n, 'common', 'appName')).toBe('Unknot');
  });

  it('are not read around a post-processor such as the pseudo-locale', async () => {
    const i18n = await instance('en', { pseudo: true });
    expect(plainLine(i18n, 'common', 'appName')).toBeUndefined();
  });
});

describe('useTranslation', () => {
  afterAll(async () => {
    await changeLanguage('en', 'en');
  });

  function Title({ namespace }: { namespace: Namespace }) {
    const { t } = useTranslation(namespace);
    return createElement('h1', null, t('nav.library'), ' · ', t('length.minutes', { count: 3 }));
  }

  function DetailsLink() {
    const { t } = useTranslation('library');
    return createElement(Trans, {
      t,
      i18nKey: 'routineCard.details',
      values: { title: 'Body scan' },
      components: { hidden: createElement('span') },
    });
  }

  it("gives Trans a t that reads the screen's namespace", () => {
    expect(renderToStaticMarkup(createElement(DetailsLink))).toBe(
      'Details<span> of Body scan</span>',
    );
  });

  it('answers plain lines and lines with values in the language shown', async () => {
    expect(renderToStaticMarkup(createElement(Title, { namespace: 'common' }))).toBe(
      `<h1>${appI18n.t('nav.library')} · ${appI18n.t('length.minutes', { count: 3 })}</h1>`,
    );
    const english = renderToStaticMarkup(createElement(Title, { namespace: 'common' }));
    await changeLanguage('de', 'de-DE');
    const german = renderToStaticMarkup(createElement(Title, { namespace: 'common' }));
    expect(german).not.toBe(english);
    expect(german).toBe(
      `<h1>${appI18n.t('nav.library')} · ${appI18n.t('length.minutes', { count: 3 })}</h1>`,
    );
  });
});
