import fs from 'node:fs';
import path from 'node:path';
import { parseBuiltInRoutines, parseTechniques } from '../content/library';
import type { Routine, Technique } from '../content/schema';

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
