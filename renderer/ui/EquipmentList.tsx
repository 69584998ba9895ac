import {
  Bath,
  BrickWall,
  Circle,
  CircleDot,
  Droplet,
  Droplets,
  Flame,
  GlassWater,
  Layers,
  RectangleHorizontal,
  ShowerHead,
  type LucideIcon,
} from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { EquipmentId } from '../../content/vocabulary';
import { equipmentLabel, inSentence } from '../i18n/vocabulary';
import './EquipmentList.css';

const ICONS: Record<EquipmentId, LucideIcon> = {
  'heat-pack': Flame,
  'bowl-of-warm-water': Droplets,
  'warm-cloth': Droplet,
  towel: Layers,
  ball: CircleDot,
  'balls-in-sock': CircleDot,
  'soft-ball': Circle,
  wall: BrickWall,
  'warm-bath': Bath,
  shower: ShowerHead,
  'bath-mat': RectangleHorizontal,
  'glass-of-water': GlassWater,
};

/**
 * What to have at hand before starting, so no one stops half-way to fetch a ball or warm a
 * pack. Nothing at all when a desk and a chair are enough. `compact` is a run of text, to sit
 * inside a line of a row where icons would crowd.
 */
export function EquipmentList({
  equipment,
  compact = false,
}: {
  equipment: readonly EquipmentId[];
  compact?: boolean;
}) {
  const { t } = useTranslation('ui');
  const labelId = useId();
  if (equipment.length === 0) return null;
  if (compact) {
    // Mid-sentence, as the language writes a name there (vocabulary's inSentence).
    const inRun = (id: EquipmentId) => inSentence(equipmentLabel(id));
    return (
      <span className="equipment-compact">
        <span className="equipment-lead">{t('equipmentList.lead')}</span>{' '}
        {equipment.map(inRun).join(t('equipmentList.separator'))}
      </span>
    );
  }
  return (
    <div className="equipment">
      <span className="equipment-lead" id={labelId}>
        {t('equipmentList.lead')}
      </span>
      <ul className="equipment-items" aria-labelledby={labelId}>
        {equipment.map((id) => {
          const Icon = ICONS[id];
          return (
            <li key={id}>
              <Icon aria-hidden="true" size={14} strokeWidth={1.75} />
              {equipmentLabel(id)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
