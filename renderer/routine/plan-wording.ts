import type { PlanWording } from '../../content/plan-wording';
import { i18n } from '../i18n/i18n';
import { formatLength, formatList } from '../i18n/format';
import { bodyAreaLabel, inSentence } from '../i18n/vocabulary';

/** The plan's explanation in the language shown (the planner decides, the catalog words it). */
export function planWording(): PlanWording {
  const t = i18n.getFixedT(null, 'routine', 'planMessage');
  return {
    length: formatLength,
    list: formatList,
    area: (area) => inSentence(bodyAreaLabel(area)),
    protection: (reason) => t(`protection.${reason}`),
    withDetail: (title, detail) => t('withDetail', { title, detail }),
    clamped: (min, max, target) => t('clamped', { min, max, target }),
    avoided: (steps) => t('avoided', { steps }),
    health: (steps) => t('health', { steps }),
    gentle: (steps) => t('gentle', { steps }),
    turnedOff: (steps) => t('turnedOff', { steps }),
    time: (target, steps) => t('time', { target, steps }),
    nothingLeft: () => t('nothingLeft'),
    tooShort: (total) => t('tooShort', { total }),
    tooLong: (total) => t('tooLong', { total }),
  };
}
