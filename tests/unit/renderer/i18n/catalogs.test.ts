import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from '../../../../content/red-flags';
import { HEALTH_QUESTIONS } from '../../../../content/health-protections';
import {
  BODY_AREA_LABELS,
  EQUIPMENT_LABELS,
  TECHNIQUE_LABELS,
} from '../../../../content/vocabulary';
import { NAMESPACES } from '../../../../renderer/i18n/namespaces';
import { flatten, placeholders, readCatalog, type Catalog } from '../../support/catalog-lines';

/**
 * The renderer's catalogs: every language has exactly the English keys, each line keeps the
 * English line's placeholders, and the English copies of content's words say what content says.
 */
const dir = path.join(process.cwd(), 'renderer', 'locales');
const read = (language: string, namespace: string): Catalog =>
  readCatalog(dir, language, namespace);

describe.each(['es', 'de'])('the %s catalogs', (language) => {
  it.each([...NAMESPACES])('%s has exactly the English keys, none empty', (namespace) => {
    const english = flatten(read('en', namespace));
    const translated = flatten(read(language, namespace));
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(translated)) {
      expect(text.trim(), `${namespace}:${key}`).not.toBe('');
    }
  });

  it.each([...NAMESPACES])('%s keeps every placeholder and tag of the English', (namespace) => {
    const english = flatten(read('en', namespace));
    const translated = flatten(read(language, namespace));
    for (const [key, text] of Object.entries(english)) {
      expect(placeholders(translated[key] ?? ''), `${namespace}:${key}`).toEqual(
        placeholders(text),
      );
    }
  });
});

describe('the English catalogs', () => {
  it('have a file for every namespace, and no other', () => {
    expect(fs.readdirSync(path.join(dir, 'en')).sort()).toEqual(
      NAMESPACES.map((namespace) => `${namespace}.json`).sort(),
    );
  });

  it('name areas, techniques and equipment as the content does', () => {
    expect(read('en', 'vocabulary')).toEqual({
      inSentence: 'lowercase',
      bodyArea: BODY_AREA_LABELS,
      technique: TECHNIQUE_LABELS,
      equipment: EQUIPMENT_LABELS,
    });
  });

  it('carry the red flags and health questions word for word', () => {
    const welcome = flatten(read('en', 'welcome'));
    RED_FLAGS.forEach((flag, index) => expect(welcome[`redFlags.${index}`]).toBe(flag));
    for (const question of HEALTH_QUESTIONS) {
      expect(welcome[`healthQuestions.${question.id}`]).toBe(question.label);
    }
  });
});
