import type { BodyArea, EquipmentId, TechniqueId } from '../../content/vocabulary';
import { i18n } from './i18n';

/** The names of body areas, techniques and equipment in the language shown. */
export const bodyAreaLabel = (area: BodyArea): string => i18n.t(`vocabulary:bodyArea.${area}`);
export const techniqueLabel = (technique: TechniqueId): string =>
  i18n.t(`vocabulary:technique.${technique}`);
export const equipmentLabel = (equipment: EquipmentId): string =>
  i18n.t(`vocabulary:equipment.${equipment}`);

/**
 * A name as it is written inside a sentence ("works on: neck, shoulders"). English and
 * Spanish write it in lower case there; German keeps a noun's capital. The catalog says which.
 */
export function inSentence(label: string): string {
  return i18n.t('vocabulary:inSentence') === 'lowercase'
    ? label.toLocaleLowerCase(i18n.language)
    : label;
}
