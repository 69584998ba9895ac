import { spokenLinesFor } from '../../content/spoken-lines-by-language';
import { i18n } from '../i18n/i18n';
import { useMemo } from 'react';
import { planSettings } from '../../content/health-protections';
import { plan, planBounds, type Plan, type PlanOptions } from '../../content/planner';
import type { BodyArea, Routine } from '../../content/schema';
import type { PlanChoices, Settings } from '../../electron/common/settings-schema';
import { useMainData } from '../app/use-main-data';
import { loadClipSeconds } from '../audio/narration-clips';
import { planWording } from './plan-wording';
import { reachableTarget } from './target-length';

export interface PlanPreview {
  /** The choices as planned and played: the target no longer than the longest plan. */
  choices: PlanChoices;
  /** The shortest and longest plans these choices can make (their target aside), in seconds. */
  shortestSeconds: number;
  longestSeconds: number;
  /** What will play; null until the clip lengths are read. */
  plan: Plan | null;
}

/**
 * Re-plans on every change, here in the window: the planner is pure and takes well under a
 * millisecond, and it is the same code main runs when Play is pressed, with the same clip
 * lengths, so the preview is what will play. The longest plan comes from the same options.
 */
export function usePlanPreview(
  routine: Routine | null,
  choices: PlanChoices,
  globalAvoid: readonly BodyArea[],
  settings: Pick<Settings, 'narrationDetail' | 'healthAnswers' | 'gentleByDefault'> | null,
): PlanPreview | null {
  // The clip lengths come with the app's files (the narration manifest), read once.
  const clipSeconds = useMainData(loadClipSeconds).data;

  return useMemo(() => {
    if (!routine) return null;
    const avoidAreas = [...new Set([...globalAvoid, ...(choices.avoidAreas ?? [])])];
    // The same settings main plans with: detail, health protections, gentle by default.
    const options: PlanOptions = {
      ...(settings ? planSettings(settings) : {}),
      ...choices,
      intensity: choices.intensity ?? (settings?.gentleByDefault ? 'gentle' : 'standard'),
      avoidAreas,
      // The player's own lines in the language shown, as main plans with them.
      spokenLines: spokenLinesFor(i18n.language),
      // Its explanation (what was left out, what length can be met) in that language too.
      wording: planWording(),
    };
    if (clipSeconds) options.clipSeconds = clipSeconds;
    // Known before the clips are: clip lengths only raise a step's shortest length.
    const bounds = planBounds(routine, options);
    const longestSeconds = bounds.maxSeconds;
    const shortestSeconds = bounds.minSeconds;
    const targetSeconds = reachableTarget(choices.targetSeconds, shortestSeconds, longestSeconds);
    const planned: PlanChoices =
      targetSeconds === choices.targetSeconds ? choices : { ...choices, targetSeconds };
    return {
      choices: planned,
      shortestSeconds,
      longestSeconds,
      plan: clipSeconds ? plan(routine, { ...options, targetSeconds }) : null,
    };
  }, [routine, choices, globalAvoid, clipSeconds, settings]);
}
