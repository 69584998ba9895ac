import {
  Activity,
  CircleDot,
  Hand,
  Layers,
  Sun,
  Target,
  Waves,
  Wind,
  MoveHorizontal,
  type LucideIcon,
} from 'lucide-react';
import type { TechniqueId } from '../../content/vocabulary';

const ICONS: Record<TechniqueId, LucideIcon> = {
  swedish: Hand,
  'deep-tissue': Layers,
  'trigger-point': Target,
  'myofascial-release': Waves,
  'self-myofascial-rolling': CircleDot,
  heat: Sun,
  stretching: MoveHorizontal,
  movement: Activity,
  meditation: Wind,
};

export function TechniqueIcon({ technique, size = 20 }: { technique: TechniqueId; size?: number }) {
  const Icon = ICONS[technique];
  return <Icon aria-hidden="true" size={size} strokeWidth={1.5} />;
}
