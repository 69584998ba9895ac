import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLength } from '../../../content/format-length';

/** Reads the words back into seconds, accepting only the formatter's own shapes. */
function parseLength(text: string): number {
  const short = /^(\d+) s$/.exec(text);
  if (short) {
    const seconds = Number(short[1]);
    if (seconds >= 60) throw new Error(`"${text}" should be written in minutes`);
    return seconds;
  }
  const long = /^([1-9]\d*) min(?: ([1-9]|[1-5]\d) s)?$/.exec(text);
  if (!long) throw new Error(`"${text}" is not a length`);
  return Number(long[1]) * 60 + Number(long[2] ?? 0);
}

describe('formatLength', () => {
  it.each([
    [0, '0 s'],
    [1, '1 s'],
    [45, '45 s'],
    [59.6, '1 min'],
    [60, '1 min'],
    [90, '1 min 30 s'],
    [270, '4 min 30 s'],
    [3600, '60 min'],
  ])('writes %s seconds as "%s"', (seconds, text) => {
    expect(formatLength(seconds)).toBe(text);
  });

  it('reads back as the length rounded to whole seconds', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100_000, noNaN: true }), (seconds) => {
        expect(parseLength(formatLength(seconds))).toBe(Math.round(seconds));
      }),
    );
  });
});
