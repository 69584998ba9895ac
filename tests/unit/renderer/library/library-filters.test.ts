import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLength } from '../../../../content/format-length';
import { parseBuiltInRoutines } from '../../../../content/library';
import { summarizeRoutine } from '../../../../content/routine-summary';
import type { RoutineSummary } from '../../../../electron/common/ipc/contract';
import {
  NO_FILTERS,
  filterRoutines,
  fitsLength,
  isFiltering,
  matchesSearch,
  shownSeconds,
  type LibraryFilters,
} from '../../../../renderer/library/library-filters';
import { changeLanguage } from '../../../../renderer/i18n/i18n';
import { CONTENT_DIR } from '../../support/repo-paths';

const dir = join(CONTENT_DIR, 'routines');
const library: RoutineSummary[] = parseBuiltInRoutines(
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, json: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown })),
).map((routine) => ({ ...summarizeRoutine(routine, true), hidden: false }));

const ids = (filters: Partial<LibraryFilters>) =>
  filterRoutines(library, { ...NO_FILTERS, ...filters }).map((r) => r.id);

/** A card's length in seconds, read from what the card says ("4 min 30 s"). */
function cardSays(seconds: number): number {
  const text = formatLength(seconds);
  const [, min = '0', sec = '0'] = /^(?:(\d+) min)? ?(?:(\d+) s)?$/.exec(text) ?? [];
  return Number(min) * 60 + Number(sec);
}

describe('length filters', () => {
  it('reads back exactly the length a card shows', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 7200, noNaN: true }), (seconds) => {
        expect(shownSeconds(seconds)).toBe(cardSays(seconds));
      }),
    );
  });

  it('"Up to 5 min" keeps every card that says 5 min or less, and no other', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3600, noNaN: true }), (seconds) => {
        expect(fitsLength(seconds, 'short')).toBe(cardSays(seconds) <= 300);
      }),
    );
    // The card says "5 min" for anything that rounds to 300 seconds.
    for (const seconds of [299.5, 300, 300.4]) {
      expect(formatLength(seconds)).toBe('5 min');
      expect(fitsLength(seconds, 'short')).toBe(true);
      expect(fitsLength(seconds, 'medium')).toBe(false);
    }
    expect(fitsLength(300.5, 'short')).toBe(false);
  });

  it('puts every length in exactly one of the three ranges', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 7200, noNaN: true }), (seconds) => {
        const fits = (['short', 'medium', 'long'] as const).filter((l) => fitsLength(seconds, l));
        expect(fits).toHaveLength(1);
        expect(fitsLength(seconds, 'any')).toBe(true);
      }),
    );
    expect(fitsLength(600, 'medium')).toBe(true);
    expect(fitsLength(600.6, 'long')).toBe(true);
  });

  it('keeps the three-minute reset under "Up to 5 min"', () => {
    expect(ids({ length: 'short' })).toContain('three-minute-reset');
  });
});

describe('search', () => {
  it('finds a routine by its name, first', () => {
    const found = ids({ query: 'neck' });
    expect(found[0]).toBe('neck-and-shoulders');
  });

  it('finds every routine that works on a body area', () => {
    const neck = library.filter((r) => r.bodyAreas.includes('neck')).map((r) => r.id);
    expect(neck.length).toBeGreaterThan(2);
    expect([...ids({ query: 'Neck' })].sort()).toEqual(expect.arrayContaining(neck));
    for (const id of ids({ query: 'feet' })) {
      expect(library.find((r) => r.id === id)!.bodyAreas).toContain('feet');
    }
  });

  it('finds routines by technique', () => {
    const trigger = library.filter((r) => r.techniques.includes('trigger-point')).map((r) => r.id);
    expect(trigger.length).toBeGreaterThan(0);
    expect(ids({ query: 'trigger' }).sort()).toEqual([...trigger].sort());
    expect(ids({ query: 'trigger point' }).sort()).toEqual([...trigger].sort());
  });

  it('ignores case, accents, extra spaces and one slip of the finger', () => {
    const neck = library.find((r) => r.id === 'neck-and-shoulders')!;
    for (const query of ['NECK', '  neck  ', 'Néck', 'sholders', 'neck and shoulders', 'tigger']) {
      expect(matchesSearch(neck, query), query).toBe(true);
    }
    expect(matchesSearch(neck, '')).toBe(true);
  });

  it('does not guess at short words: heat is not head', () => {
    const found = ids({ query: 'heat' });
    expect(found).toContain('evening-heat-wind-down');
    for (const id of found) {
      const routine = library.find((r) => r.id === id)!;
      expect(routine.techniques.includes('heat') || /heat/i.test(routine.title)).toBe(true);
    }
  });

  it('needs every word to match', () => {
    expect(ids({ query: 'neck feet' })).toEqual(
      library
        .filter((r) => r.bodyAreas.includes('neck') && r.bodyAreas.includes('feet'))
        .map((r) => r.id),
    );
    expect(ids({ query: 'zzzz' })).toEqual([]);
  });

  it('finds routines by the everyday words for an area or a technique', () => {
    const withArea = (area: string) =>
      library.filter((r) => r.bodyAreas.includes(area as never)).map((r) => r.id);
    expect(ids({ query: 'nape' }).sort()).toEqual(withArea('neck').sort());
    expect(ids({ query: 'knots' })).toEqual(
      library.filter((r) => r.techniques.includes('trigger-point')).map((r) => r.id),
    );
  });

  it('finds them by the words of the language shown, and still by the English ones', async () => {
    const lowBack = library.filter((r) => r.bodyAreas.includes('lower-back')).map((r) => r.id);
    try {
      await changeLanguage('es', 'es-ES');
      expect(ids({ query: 'lumbares' }).sort()).toEqual([...lowBack].sort());
      expect(ids({ query: 'lumbar' }).sort()).toEqual([...lowBack].sort());
      await changeLanguage('de', 'de-DE');
      // "Kreuz" (the small of the back), written with or without its capital.
      expect(ids({ query: 'kreuz' }).sort()).toEqual([...lowBack].sort());
      expect(ids({ query: 'Verspannungen' })).toEqual(ids({ query: 'knots' }));
    } finally {
      await changeLanguage('en', 'en');
    }
  });
});

describe('other filters', () => {
  it('"No equipment" keeps only routines that need nothing but a desk and a chair', () => {
    const found = ids({ noEquipment: true });
    expect(found).toContain('three-minute-reset');
    expect(found).not.toContain('evening-heat-wind-down');
    expect(found).not.toContain('warm-bath-wind-down');
    for (const id of found) expect(library.find((r) => r.id === id)!.equipment).toEqual([]);
  });

  it('combines filters, and leaves hidden routines out unless asked', () => {
    expect(ids({ area: 'feet', technique: 'stretching' })).toEqual(
      library
        .filter((r) => r.bodyAreas.includes('feet') && r.techniques.includes('stretching'))
        .map((r) => r.id),
    );
    const hidden = library.map((r) => (r.id === 'jaw-release' ? { ...r, hidden: true } : r));
    expect(filterRoutines(hidden, NO_FILTERS).map((r) => r.id)).not.toContain('jaw-release');
    expect(filterRoutines(hidden, NO_FILTERS, true).map((r) => r.id)).toContain('jaw-release');
  });

  it('knows when anything is being filtered', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, query: '   ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, query: 'neck' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, noEquipment: true })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, length: 'long' })).toBe(true);
  });
});
