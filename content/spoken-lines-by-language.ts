import english from './spoken-lines.json' with { type: 'json' };
import german from './locales/de/spoken-lines.json' with { type: 'json' };
import spanish from './locales/es/spoken-lines.json' with { type: 'json' };
import type { SpokenLines } from './step-timeline';

/**
 * The lines the player says itself ("Breathe in.", "Now switch to the other side.") in each
 * language, so a routine in German is not interrupted by an English breath cue. Main's plan
 * and the routine screen's preview take them from here, so both leave the same room.
 */
export function spokenLinesFor(language: string): SpokenLines {
  const translated = language === 'de' ? german : language === 'es' ? spanish : null;
  if (!translated) return english;
  // A line missing from a translation is said in English rather than not at all.
  return { ...english, ...(translated.strings as Partial<SpokenLines>) };
}
