import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Electron fixes security holes in its latest three majors only. electronegativity's own
 * check for this needs the network, so the suite keeps the dates here and fails once the
 * pinned major is past its end of support: time to move to a newer one.
 *
 * A major's support ends when the third major after it comes out, and a major comes out
 * every 8 weeks (releases.electronjs.org/schedule). 40's end, 2026-06-30, is Electron's
 * published date (the day 43 came out); the later ones follow the cadence. When you move to a new major, add its
 * line from the schedule.
 */
const END_OF_SUPPORT: Record<number, string> = {
  40: '2026-06-30',
  43: '2026-12-15',
  44: '2027-02-09',
  45: '2027-04-06',
};

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const pinned = pkg.devDependencies.electron!;
const major = Number(pinned.split('.')[0]);

describe('the pinned Electron', () => {
  it('is an exact version of a major in the support table', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(END_OF_SUPPORT)).toContain(String(major));
  });

  it('still gets security fixes today', () => {
    const end = END_OF_SUPPORT[major]!;
    expect(
      new Date().toISOString().slice(0, 10) <= end,
      `Electron ${major} stopped getting security fixes on ${end}: move to a supported major`,
    ).toBe(true);
  });

  it('asks for the Node its install script needs (22.12 or newer from Electron 45)', () => {
    expect(pkg.engines.node).toBe('>=22.12');
  });
});
