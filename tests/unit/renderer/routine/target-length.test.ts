import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  longestTarget,
  reachableTarget,
  SLIDER_MIN_MINUTES,
  sliderMaxMinutes,
} from '../../../../renderer/routine/target-length';

describe('the length slider', () => {
  it('tops out at the longest plan rounded up to a whole minute', () => {
    expect(sliderMaxMinutes(480)).toBe(8);
    expect(sliderMaxMinutes(405)).toBe(7);
    expect(sliderMaxMinutes(421)).toBe(8);
  });

  it('never tops out below its bottom nor above an hour', () => {
    expect(SLIDER_MIN_MINUTES).toBe(2);
    expect(sliderMaxMinutes(0)).toBe(2);
    expect(sliderMaxMinutes(90)).toBe(2);
    expect(sliderMaxMinutes(5000)).toBe(60);
    expect(longestTarget(90)).toBe(120);
    expect(longestTarget(5000)).toBe(3600);
  });

  it('keeps a target to the longest plan, and leaves no target alone', () => {
    expect(reachableTarget(undefined, 405)).toBeUndefined();
    expect(reachableTarget(420, 405)).toBe(405);
    expect(reachableTarget(360, 405)).toBe(360);
    expect(reachableTarget(1200, 5000)).toBe(1200);
    expect(reachableTarget(3600, 5000)).toBe(3600);
  });

  it('its last stop asks for exactly the longest plan (within 2 to 60 minutes)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 120, max: 3600 }), (longest) => {
        const top = sliderMaxMinutes(longest);
        expect(top * 60).toBeGreaterThanOrEqual(longest);
        expect(top * 60 - longest).toBeLessThan(60);
        expect(reachableTarget(top * 60, longest)).toBe(longest);
      }),
    );
  });
});
