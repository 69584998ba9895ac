import { formatLength } from '../../content/format-length';
import type { BodyArea, TechniqueId } from '../../content/vocabulary';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import { i18n } from '../i18n/i18n';
import { bodyAreaLabel, equipmentLabel, techniqueLabel } from '../i18n/vocabulary';

/**
 * Which routines the library shows for a search and a set of filters. Pure, so the rules
 * people rely on ("Up to 5 min" keeps every card that says 5 min) are unit-tested.
 */

export type LengthFilter = 'any' | 'short' | 'medium' | 'long';

/** The length filters in the order offered; their words are in the library catalog. */
export const LENGTH_FILTERS: readonly LengthFilter[] = ['any', 'short', 'medium', 'long'];

export interface LibraryFilters {
  query: string;
  technique: TechniqueId | 'any';
  area: BodyArea | 'any';
  length: LengthFilter;
  /** Only routines that need nothing but a desk and a chair. */
  noEquipment: boolean;
}

export const NO_FILTERS: LibraryFilters = {
  query: '',
  technique: 'any',
  area: 'any',
  length: 'any',
  noEquipment: false,
};

/** True when something narrows the list, so "Clear filters" has something to clear. */
export function isFiltering(filters: LibraryFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.technique !== 'any' ||
    filters.area !== 'any' ||
    filters.length !== 'any' ||
    filters.noEquipment
  );
}

/**
 * The length a card shows, read back from the card's own words. Filtering on the raw seconds
 * hid a card saying "5 min" from "Up to 5 min"; reading the words keeps the two in step even
 * if the formatter's rounding changes.
 */
export function shownSeconds(seconds: number): number {
  // The English words: every language's length rounds the same way, and these parse back.
  const text = formatLength(seconds);
  const minutes = /(\d+) min/.exec(text);
  const rest = /(\d+) s$/.exec(text);
  return Number(minutes?.[1] ?? 0) * 60 + Number(rest?.[1] ?? 0);
}

export function fitsLength(seconds: number, length: LengthFilter): boolean {
  const shown = shownSeconds(seconds);
  switch (length) {
    case 'any':
      return true;
    case 'short':
      return shown <= 300;
    case 'medium':
      return shown > 300 && shown <= 600;
    case 'long':
      return shown > 600;
  }
}

/**
 * Everyday words people type for an area or a technique that its label does not contain
 * ("nape", "knots"), from the catalog of the language shown, and the English ones too: a
 * word someone knows from English still finds the routine.
 */
function searchWords(kind: 'area' | 'technique', id: string): string {
  // Not every area has such words, so the catalog is read as data rather than by typed key.
  const read = (language: string): string =>
    (i18n.getResource(language, 'library', `searchWords.${kind}.${id}`) as string | undefined) ??
    '';
  return i18n.language === 'en' ? read('en') : `${read(i18n.language)} ${read('en')}`;
}

/** Lower case, no accents, words split on anything that is not a letter or a digit. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** At most one letter added, dropped or changed: "sholder", "neckk" and "tigger" still match. */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A typed word matches a routine's word it begins, or (long enough to mean it) is close to. */
function wordMatches(typed: string, word: string): boolean {
  if (word.startsWith(typed)) return true;
  // Short words are too easily one letter from another ("heat", "head") to guess at.
  if (typed.length < 5) return false;
  // "shoulder" in "shoulders" is a prefix; "tigger" for "trigger" is a slip of the finger.
  return nearlyEqual(typed, word.slice(0, typed.length)) || nearlyEqual(typed, word);
}

interface Haystack {
  title: string[];
  rest: string[];
}

function haystackOf(routine: RoutineSummary): Haystack {
  const parts = [
    ...routine.conditions,
    ...routine.bodyAreas.flatMap((id) => [id, bodyAreaLabel(id), searchWords('area', id)]),
    ...routine.techniques.flatMap((id) => [id, techniqueLabel(id), searchWords('technique', id)]),
    ...routine.equipment.map((id) => equipmentLabel(id)),
  ];
  return { title: words(routine.title), rest: words(parts.join(' ')) };
}

/**
 * How well a routine answers a search: 0 is no match, 2 when every word is in the name
 * (so "neck" puts Neck and shoulders first), 1 when every word is in its name, areas,
 * techniques, conditions or equipment.
 */
export function searchScore(routine: RoutineSummary, query: string): number {
  const typed = words(query);
  if (typed.length === 0) return 1;
  const { title, rest } = haystackOf(routine);
  const all = [...title, ...rest];
  if (!typed.every((t) => all.some((w) => wordMatches(t, w)))) return 0;
  return typed.every((t) => title.some((w) => wordMatches(t, w))) ? 2 : 1;
}

export function matchesSearch(routine: RoutineSummary, query: string): boolean {
  return searchScore(routine, query) > 0;
}

/** The routines to show, in library order, except that name matches come first in a search. */
export function filterRoutines(
  routines: readonly RoutineSummary[],
  filters: LibraryFilters,
  showHidden = false,
): RoutineSummary[] {
  return routines
    .filter(
      (routine) =>
        (showHidden || !routine.hidden) &&
        (filters.technique === 'any' || routine.techniques.includes(filters.technique)) &&
        (filters.area === 'any' || routine.bodyAreas.includes(filters.area)) &&
        fitsLength(routine.seconds, filters.length) &&
        (!filters.noEquipment || routine.equipment.length === 0),
    )
    .map((routine, index) => ({ routine, index, score: searchScore(routine, filters.query) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ routine }) => routine);
}
