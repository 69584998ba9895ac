import { MAX_TARGET_SECONDS, MIN_TARGET_SECONDS } from '../../content/planner';

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

/** The shortest target worth asking for: the shortest plan, kept within 2 to 60 minutes. */
export function shortestTarget(shortestSeconds: number): number {
  return Math.min(MAX_TARGET_SECONDS, Math.max(MIN_TARGET_SECONDS, shortestSeconds));
}

/**
 * The length slider's bottom, in whole minutes: the shortest plan rounded down, so the first
 * stop reaches it (the stop is then snapped up to exactly the shortest plan).
 */
export function sliderMinMinutes(shortestSeconds: number, longestSeconds: number): number {
  return Math.min(
    Math.floor(shortestTarget(shortestSeconds) / 60),
    sliderMaxMinutes(longestSeconds),
  );
}

/**
 * A chosen target kept to what the routine can reach, so the slider never offers a length
 * the plan cannot be: its first and last stops ask for exactly the shortest and longest
 * plans, and a target chosen before the choices changed (an area avoided, a step turned
 * off) moves with them.
 */
export function reachableTarget(
  targetSeconds: number | undefined,
  shortestSeconds: number,
  longestSeconds: number,
): number | undefined {
  if (targetSeconds === undefined) return undefined;
  const longest = longestTarget(longestSeconds);
  return Math.min(
    longest,
    Math.max(targetSeconds, Math.min(longest, shortestTarget(shortestSeconds))),
  );
}
