import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  longestTarget,
  reachableTarget,
  sliderMaxMinutes,
  sliderMinMinutes,
} from '../../../../renderer/routine/target-length';

describe('the length slider', () => {
  it('tops out at the longest plan rounded up to a whole minute', () => {
    expect(sliderMaxMinutes(480)).toBe(8);
    expect(sliderMaxMinutes(405)).toBe(7);
    expect(sliderMaxMinutes(421)).toBe(8);
  });

  it('starts at the shortest plan rounded down, never below two minutes', () => {
    expect(sliderMinMinutes(510, 900)).toBe(8);
    expect(sliderMinMinutes(60, 900)).toBe(2);
    expect(sliderMinMinutes(480, 480)).toBe(8);
  });

  it('never tops out below two minutes nor above an hour', () => {
    expect(sliderMaxMinutes(0)).toBe(2);
    expect(sliderMaxMinutes(90)).toBe(2);
    expect(sliderMaxMinutes(5000)).toBe(60);
    expect(longestTarget(90)).toBe(120);
    expect(longestTarget(5000)).toBe(3600);
  });

  it('keeps a target between the shortest and longest plans, and leaves no target alone', () => {
    expect(reachableTarget(undefined, 200, 405)).toBeUndefined();
    expect(reachableTarget(420, 200, 405)).toBe(405);
    expect(reachableTarget(360, 200, 405)).toBe(360);
    // "2 min" asked of a routine that needs 8 min 30 s is that 8 min 30 s, not a warning.
    expect(reachableTarget(120, 510, 900)).toBe(510);
    expect(reachableTarget(1200, 60, 5000)).toBe(1200);
    expect(reachableTarget(3600, 60, 5000)).toBe(3600);
  });

  it('offers only reachable lengths: every stop asks for a target within the plans that exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 3600 }),
        fc.integer({ min: 0, max: 3600 }),
        (shortest, extra) => {
          const longest = Math.min(3600, shortest + extra);
          const low = sliderMinMinutes(shortest, longest);
          const high = sliderMaxMinutes(longest);
          expect(low).toBeLessThanOrEqual(high);
          for (let minutes = low; minutes <= high; minutes++) {
            const target = reachableTarget(minutes * 60, shortest, longest)!;
            expect(target).toBeGreaterThanOrEqual(
              Math.min(longestTarget(longest), Math.max(120, shortest)),
            );
            expect(target).toBeLessThanOrEqual(longestTarget(longest));
          }
          // The first and last stops ask for exactly the shortest and longest plans.
          expect(reachableTarget(high * 60, shortest, longest)).toBe(longestTarget(longest));
          if (shortest >= 120) {
            expect(reachableTarget(low * 60, shortest, longest)).toBe(shortest);
          }
        },
      ),
    );
  });
});
