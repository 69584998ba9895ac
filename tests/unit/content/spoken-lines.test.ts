import { describe, expect, it } from 'vitest';
import { SPOKEN_LINES } from '../../../content/step-timeline';
import { spokenLinesFor } from '../../../content/spoken-lines-by-language';
import { plan } from '../../../content/planner';
import { loadBuiltInContent } from '../../../electron/routines/content-files';
import german from '../../../content/locales/de/spoken-lines.json' with { type: 'json' };

const { routines } = loadBuiltInContent('content');

describe('the player’s own lines in each language', () => {
  it('are the English ones in English, and the translation in German and Spanish', () => {
    expect(spokenLinesFor('en')).toEqual(SPOKEN_LINES);
    expect(spokenLinesFor('de')).toEqual(german.strings);
    expect(spokenLinesFor('es').breathIn).not.toBe(SPOKEN_LINES.breathIn);
  });

  it('are what a breathing step in a German plan says at each breath', () => {
    const breathing = routines.find((routine) =>
      routine.steps.some((step) => step.breathing !== undefined),
    )!;
    const texts = (language: string) =>
      plan(breathing, { spokenLines: spokenLinesFor(language) }).steps.flatMap((step) =>
        step.cues.map((cue) => cue.text),
      );
    expect(texts('de')).toContain(german.strings.breathIn);
    expect(texts('de')).not.toContain(SPOKEN_LINES.breathIn);
    expect(texts('en')).toContain(SPOKEN_LINES.breathIn);
  });
});
