import type { EquipmentId } from './vocabulary';

/**
 * What a list of steps needs, in the order they first use it. Zod-free (types only), so the
 * library summary in main and the routine screen and count-in in the renderer share it.
 */
export function equipmentOf(
  steps: readonly { equipment?: readonly EquipmentId[] }[],
): EquipmentId[] {
  return [...new Set(steps.flatMap((step) => step.equipment ?? []))];
}
