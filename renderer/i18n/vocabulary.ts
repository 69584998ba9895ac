import type { BodyArea, EquipmentId, TechniqueId } from '../../content/vocabulary';
import { i18n } from './i18n';

/** The names of body areas, techniques and equipment in the language shown. */
export const bodyAreaLabel = (area: BodyArea): string => i18n.t(`vocabulary:bodyArea.${area}`);
export const techniqueLabel = (technique: TechniqueId): string =>
  i18n.t(`vocabulary:technique.${technique}`);
export const equipmentLabel = (equipment: EquipmentId): string =>
  i18n.t(`vocabulary:equipment.${equipment}`);
