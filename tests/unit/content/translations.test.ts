import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareKeys,
  localizeRoutine,
  localizeTechniques,
  routineStrings,
  techniqueStrings,
  type ContentStrings,
} from '../../../content/content-strings';
import { ContentTranslationSchema, RoutineSchema, TechniqueSchema } from '../../../content/schema';
import { loadBuiltInContent } from '../../../electron/routines/content-files';

/**
 * Every language carries every line of the content, and nothing the English no longer has:
 * a routine or a caution changed in English shows up here until each language follows.
 */
const contentDir = path.join(process.cwd(), 'content');
const { routines, techniques } = loadBuiltInContent(contentDir);
const spokenLines = JSON.parse(
  fs.readFileSync(path.join(contentDir, 'spoken-lines.json'), 'utf8'),
) as ContentStrings;

function translation(language: string, file: string): ContentStrings {
  const json = JSON.parse(
    fs.readFileSync(path.join(contentDir, 'locales', language, file), 'utf8'),
  ) as unknown;
  return ContentTranslationSchema.parse(json).strings;
}

describe.each(['es', 'de'])('the content in %s', (language) => {
  it('has every line of every routine, and no line the English has dropped', () => {
    for (const routine of routines) {
      const strings = translation(language, `routines/${routine.id}.json`);
      expect(compareKeys(routineStrings(routine), strings), routine.id).toEqual({
        missing: [],
        stale: [],
      });
    }
    const files = fs.readdirSync(path.join(contentDir, 'locales', language, 'routines'));
    expect(files.sort()).toEqual(routines.map((routine) => `${routine.id}.json`).sort());
  });

  it('has every line of the techniques and of the player’s own spoken lines', () => {
    expect(
      compareKeys(techniqueStrings(techniques), translation(language, 'techniques.json')),
    ).toEqual({ missing: [], stale: [] });
    expect(compareKeys(spokenLines, translation(language, 'spoken-lines.json'))).toEqual({
      missing: [],
      stale: [],
    });
  });

  it('still meets the content rules once translated (lengths, cautions, every step)', () => {
    for (const routine of routines) {
      const localized = localizeRoutine(
        routine,
        translation(language, `routines/${routine.id}.json`),
      );
      const result = RoutineSchema.safeParse(localized);
      expect(result.error?.issues ?? [], routine.id).toEqual([]);
      expect(localized.title).not.toBe(routine.title);
      expect(localized.cautions).toHaveLength(routine.cautions.length);
    }
    const localized = localizeTechniques(techniques, translation(language, 'techniques.json'));
    expect(TechniqueSchema.array().safeParse(localized).success).toBe(true);
  });
});
