import { currentFormatLocale, i18n } from './i18n';
import { formatLength as lengthInWords } from '../../content/format-length';
import type { PlannedStep } from '../../content/planner';

/**
 * Lengths, dates and numbers in the language shown, for code outside React (and inside it,
 * as these read the current language each call). Dates and numbers go through Intl in the
 * locale the system uses for that language ("de-AT"); a length's words come from the catalog.
 */

/** "45 s", "12 min", "4 min 30 s": content's rule in the catalog's words. */
export function formatLength(seconds: number): string {
  return lengthInWords(seconds, {
    seconds: (count) => i18n.t('common:length.seconds', { count }),
    minutes: (count) => i18n.t('common:length.minutes', { count }),
    minutesSeconds: (minutes, rest) =>
      i18n.t('common:length.minutesSeconds', { minutes, seconds: rest }),
  });
}

export function formatDate(at: number | Date, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(currentFormatLocale(), options).format(at);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentFormatLocale(), options).format(value);
}

/** "neck, shoulders and jaw" in the language's own way of joining a list. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(currentFormatLocale(), { type: 'conjunction' }).format(items);
}

type Side = 'left' | 'right';

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(currentFormatLocale()) + text.slice(1);
}

/** "Left shoulder · use your right hand", "Left side": the side being worked, in words. */
export function sideBadge(step: Pick<PlannedStep, 'sideWork'>, side: Side): string {
  const work = step.sideWork;
  if (!work) return i18n.t(`common:side.${side}Side`);
  // Some languages put the part first ("hombro, lado izquierdo"): a badge starts with a capital.
  const part = capitalize(i18n.t(`common:side.${side}Part`, { part: work.part }));
  if (!work.otherHand) return part;
  return i18n.t('common:side.useOtherHand', {
    part,
    hand: i18n.t(`common:side.${side === 'left' ? 'right' : 'left'}Hand`),
  });
}
