import { MAX_TARGET_SECONDS, MIN_TARGET_SECONDS } from '../../content/planner';

/** The length slider's bottom, in whole minutes (the planner's shortest target). */
export const SLIDER_MIN_MINUTES = MIN_TARGET_SECONDS / 60;

/**
 * The longest target worth asking for: the longest plan the routine can make with these
 * choices, kept within the planner's 2 to 60 minutes.
 */
export function longestTarget(longestSeconds: number): number {
  return Math.min(MAX_TARGET_SECONDS, Math.max(MIN_TARGET_SECONDS, longestSeconds));
}

/**
 * The length slider's top, in whole minutes: the longest plan rounded up, so the last stop
 * reaches it, and never below the bottom.
 */
export function sliderMaxMinutes(longestSeconds: number): number {
  return Math.ceil(longestTarget(longestSeconds) / 60);
}

/**
 * A chosen target kept to what the routine can reach: the slider's last stop (a whole minute,
 * rounded up) asks for exactly the longest plan, and a target chosen before the choices got
 * shorter (an area avoided, a step turned off) shrinks with them.
 */
export function reachableTarget(
  targetSeconds: number | undefined,
  longestSeconds: number,
): number | undefined {
  return targetSeconds === undefined
    ? undefined
    : Math.min(targetSeconds, longestTarget(longestSeconds));
}
