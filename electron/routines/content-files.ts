import fs from 'node:fs';
import path from 'node:path';
import { parseBuiltInRoutines, parseTechniques } from '../../content/library';
import type { Routine, Technique } from '../../content/schema';
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
