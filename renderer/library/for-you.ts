import type { BodyArea } from '../../content/vocabulary';
import type { HistoryStatsData } from '../../electron/common/history-schema';
import type { RoutineSummary } from '../../electron/common/ipc/contract';
import { formatNumber } from '../i18n/format';
import { i18n } from '../i18n/i18n';
import { bodyAreaLabel } from '../i18n/vocabulary';

/**
 * The few routines the library offers before the full list: a short one that fits any
 * moment, the one that has eased this person's pain most, and ones for where it hurts.
 * Pure, so the choice is unit-tested.
 */

export const RESET_ID = 'three-minute-reset';
export const FOR_YOU_LIMIT = 4;
/** More than two for one area reads as a list, not a suggestion. */
const PER_AREA = 2;
/** Less relief than this on average is within the noise of a 0 to 10 score. */
const HELPED_AT_LEAST = 0.5;

export interface Suggestion {
  routine: RoutineSummary;
  reason: string;
}

export interface ForYouInput {
  routines: readonly RoutineSummary[];
  focusAreas: readonly BodyArea[];
  whatHelps: HistoryStatsData['whatHelps'];
}

/** "2" or "1.5" ("1,5" in German): a drop in pain; the catalog puts the real minus sign. */
function drop(relief: number): string {
  return formatNumber(Math.round(relief * 10) / 10, { maximumFractionDigits: 1 });
}

/** Lower case, no accents, split on anything that is not a letter. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/);
}

/**
 * Whether a routine's name says the area ("Neck and shoulders", "Low back at the desk"), both
 * in the language shown.
 */
function namesArea(routine: RoutineSummary, area: BodyArea): boolean {
  const title = words(routine.title);
  return words(bodyAreaLabel(area)).some((word) => word.length > 3 && title.includes(word));
}

/** Less than a quarter of the steps on an area is passing through it, not working on it. */
const AREA_SHARE_AT_LEAST = 0.25;

/**
 * The routine that works most on an area: one named for it first, then the one with the
 * largest share of its steps there (a body scan touches the feet once; Feet under the desk
 * is all feet), then the shorter one.
 */
function bestFor(area: BodyArea, candidates: readonly RoutineSummary[]): RoutineSummary | null {
  const ranked = candidates
    .map((routine) => ({
      routine,
      named: namesArea(routine, area) ? 0 : 1,
      share: (routine.areaStepCounts[area] ?? 0) / Math.max(1, routine.stepCount),
    }))
    .filter(({ share }) => share >= AREA_SHARE_AT_LEAST)
    .sort(
      (a, b) => a.named - b.named || b.share - a.share || a.routine.seconds - b.routine.seconds,
    );
  return ranked[0]?.routine ?? null;
}

export function forYou({ routines, focusAreas, whatHelps }: ForYouInput): Suggestion[] {
  const shown = routines.filter((routine) => !routine.hidden);
  const picked: Suggestion[] = [];
  const has = (id: string) => picked.some((s) => s.routine.id === id);
  const add = (routine: RoutineSummary | null | undefined, reason: string) => {
    if (routine && !has(routine.id) && picked.length < FOR_YOU_LIMIT) {
      picked.push({ routine, reason });
    }
  };

  add(
    shown.find((r) => r.id === RESET_ID),
    i18n.t('library:forYou.reason.reset'),
  );

  const helped = [...whatHelps]
    .filter((row) => row.averageRelief >= HELPED_AT_LEAST)
    .sort((a, b) => b.averageRelief - a.averageRelief || b.checkIns - a.checkIns)[0];
  if (helped) {
    add(
      shown.find((r) => r.id === helped.routineId),
      i18n.t('library:forYou.reason.helpedMost', { drop: drop(helped.averageRelief) }),
    );
  }

  // One routine per area first, so two sore places each get one before either gets two.
  const areas = [...new Set(focusAreas)];
  for (let round = 0; round < PER_AREA && picked.length < FOR_YOU_LIMIT; round++) {
    let added = false;
    for (const area of areas) {
      const before = picked.length;
      add(
        bestFor(
          area,
          shown.filter((r) => !has(r.id)),
        ),
        i18n.t(`library:forYou.reason.forArea.${area}`),
      );
      added ||= picked.length > before;
    }
    if (!added) break;
  }
  return picked;
}
