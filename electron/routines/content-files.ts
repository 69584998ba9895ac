import fs from 'node:fs';
import path from 'node:path';
import { parseBuiltInRoutines, parseTechniques } from '../../content/library';
import { ContentTranslationSchema, type Routine, type Technique } from '../../content/schema';
import type { ContentStrings, ContentTranslations } from '../../content/content-strings';
import type { Language } from '../common/language';
import type { NarrationManifest } from '../../content/narration-manifest';
import { NarrationManifestSchema } from '../../content/narration-manifest-schema';

export interface BuiltInContent {
  routines: Routine[];
  techniques: Technique[];
}

/** Reads the shipped content folder (routines/*.json and techniques.json) and validates it. */
export function loadBuiltInContent(contentDir: string): BuiltInContent {
  const routinesDir = path.join(contentDir, 'routines');
  const files = fs
    .readdirSync(routinesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      name,
      json: JSON.parse(fs.readFileSync(path.join(routinesDir, name), 'utf8')) as unknown,
    }));
  const techniques = JSON.parse(
    fs.readFileSync(path.join(contentDir, 'techniques.json'), 'utf8'),
  ) as unknown;
  return { routines: parseBuiltInRoutines(files), techniques: parseTechniques(techniques) };
}

/**
 * The narration manifest, or null when it is missing or unreadable: playback then goes on
 * with captions (and the system voice where allowed) instead of failing.
 */
export function loadNarrationManifest(
  file: string,
  log: (message: string) => void = console.warn,
): NarrationManifest | null {
  try {
    return NarrationManifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (error) {
    log(`Narration manifest ${file} is unusable, playing with captions only: ${String(error)}`);
    return null;
  }
}

function readTranslation(file: string): ContentStrings {
  return ContentTranslationSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).strings;
}

/**
 * A language's translations of the built-in content, or null for English (the source) and for
 * a language whose files cannot be read: the content then shows in English, never broken.
 */
export function loadContentTranslations(
  contentDir: string,
  language: Language,
  log: (message: string) => void = console.warn,
): ContentTranslations | null {
  if (language === 'en') return null;
  const dir = path.join(contentDir, 'locales', language);
  try {
    const routines = new Map<string, ContentStrings>();
    for (const name of fs.readdirSync(path.join(dir, 'routines')).sort()) {
      if (name.endsWith('.json')) {
        routines.set(
          name.slice(0, -'.json'.length),
          readTranslation(path.join(dir, 'routines', name)),
        );
      }
    }
    return {
      routines,
      techniques: readTranslation(path.join(dir, 'techniques.json')),
      spokenLines: readTranslation(path.join(dir, 'spoken-lines.json')),
    };
  } catch (error) {
    log(`The ${language} content in ${dir} is unusable, showing it in English: ${String(error)}`);
    return null;
  }
}
