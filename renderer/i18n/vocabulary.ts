import type { BodyArea, EquipmentId, TechniqueId } from '../../content/vocabulary';
import { i18n } from './i18n';
import { plainLine } from './plain-line';

type VocabularyKey =
  `bodyArea.${BodyArea}` | `technique.${TechniqueId}` | `equipment.${EquipmentId}`;
const vocabularyLine = (key: VocabularyKey): string =>
  plainLine(i18n, 'vocabulary', key) ?? i18n.t(`vocabulary:${key}`);

/**
 * The names of body areas, techniques and equipment in the language shown. A card shows a
 * dozen of them, so they are read as plain lines (plain-line.ts) without i18next's work.
 */
export const bodyAreaLabel = (area: BodyArea): string => vocabularyLine(`bodyArea.${area}`);
export const techniqueLabel = (technique: TechniqueId): string =>
  vocabularyLine(`technique.${technique}`);
export const equipmentLabel = (equipment: EquipmentId): string =>
  vocabularyLine(`equipment.${equipment}`);

/**
 * A name as it is written inside a sentence ("works on: neck, shoulders"). English and
 * Spanish write it in lower case there; German keeps a noun's capital. The catalog says which.
 */
export function inSentence(label: string): string {
  return i18n.t('vocabulary:inSentence') === 'lowercase'
    ? label.toLocaleLowerCase(i18n.language)
    : label;
}
