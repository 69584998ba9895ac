import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepLengthOptions } from '../../../../renderer/routine/step-length-options';

describe('a step length picker', () => {
  it('offers round lengths between the step’s least and most, with both ends', () => {
    expect(stepLengthOptions(40, 90, 60)).toEqual([40, 45, 60, 75, 90]);
    expect(stepLengthOptions(290, 720, 300)).toEqual([
      290, 300, 330, 360, 390, 420, 450, 480, 510, 540, 570, 600, 660, 720,
    ]);
  });

  it('only offers what the step can be, sorted, and always includes its current length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 3600 }),
        fc.integer({ min: 0, max: 3600 }),
        fc.integer({ min: 0, max: 4000 }),
        (min, extra, current) => {
          const max = Math.min(3600, min + extra);
          const options = stepLengthOptions(min, max, current);
          expect(options[0]).toBe(min);
          expect(options[options.length - 1]).toBe(max);
          expect(options).toContain(Math.min(max, Math.max(min, current)));
          for (let i = 1; i < options.length; i++)
            expect(options[i]!).toBeGreaterThan(options[i - 1]!);
          expect(options.length).toBeLessThanOrEqual(120);
        },
      ),
    );
  });
});
