import { useMemo } from 'react';
import { plan, type Plan } from '../../content/planner';
import type { BodyArea, Routine } from '../../content/schema';
import type { PlanChoices } from '../../electron/common/settings-schema';
import { useMainData } from '../app/use-main-data';
import { loadClipSeconds } from '../audio/narration-clips';

/**
 * Re-plans on every change, here in the window: the planner is pure and takes well under a
 * millisecond, and it is the same code main runs when Play is pressed, with the same clip
 * lengths, so the preview is what will play.
 */
export function usePlanPreview(
  routine: Routine | null,
  choices: PlanChoices,
  globalAvoid: readonly BodyArea[],
): Plan | null {
  // The clip lengths come with the app's files (the narration manifest), read once.
  const clipSeconds = useMainData(loadClipSeconds).data;

  return useMemo(() => {
    if (!routine || !clipSeconds) return null;
    const avoidAreas = [...new Set([...globalAvoid, ...(choices.avoidAreas ?? [])])];
    return plan(routine, { ...choices, avoidAreas, clipSeconds });
  }, [routine, choices, globalAvoid, clipSeconds]);
}
