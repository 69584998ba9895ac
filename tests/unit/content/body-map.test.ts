import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_AREAS, DESK_BODY_AREAS } from '../../../content/schema';
import { REPO_ROOT } from '../support/repo-paths';

/**
 * The body-map SVGs (assets/body-map): one lit-up-able region per desk body area, and
 * nothing a strict CSP or a sanitiser would object to.
 */
const read = (name: string): string =>
  readFileSync(join(REPO_ROOT, 'assets/body-map', name), 'utf8');

const SVGS = { 'front.svg': read('front.svg'), 'back.svg': read('back.svg') };

interface Region {
  tag: string;
  id: string | undefined;
  area: string | undefined;
  classes: string[];
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every element whose class list holds `region`. */
function regions(svg: string): Region[] {
  return [...svg.matchAll(/<([a-zA-Z]+)\b[^>]*>/g)]
    .map((m) => ({ source: m[0], tag: m[1]! }))
    .filter(({ source }) => (attr(source, 'class') ?? '').split(/\s+/).includes('region'))
    .map(({ source, tag }) => ({
      tag,
      id: attr(source, 'id'),
      area: attr(source, 'data-area'),
      classes: (attr(source, 'class') ?? '').split(/\s+/),
    }));
}

function areasOf(svg: string): string[] {
  return regions(svg).map((r) => r.area ?? '');
}

describe('body map', () => {
  it('has a region for every desk body area in at least one view', () => {
    const covered = new Set([...areasOf(SVGS['front.svg']), ...areasOf(SVGS['back.svg'])]);
    const missing = DESK_BODY_AREAS.filter((area) => !covered.has(area));
    expect(missing).toEqual([]);
  });

  it('puts each area on the side it is seen from', () => {
    const front = areasOf(SVGS['front.svg']);
    const back = areasOf(SVGS['back.svg']);
    for (const area of ['jaw-face', 'chest']) expect(front).toContain(area);
    for (const area of ['upper-back', 'lower-back']) expect(back).toContain(area);
    for (const area of ['upper-back', 'lower-back']) expect(front).not.toContain(area);
    const both = ['head', 'neck', 'shoulders', 'forearms', 'wrists-hands', 'hips-glutes', 'legs'];
    for (const area of [...both, 'feet']) {
      expect(front).toContain(area);
      expect(back).toContain(area);
    }
  });

  for (const [name, svg] of Object.entries(SVGS)) {
    describe(name, () => {
      it('is a line drawing on a 200 x 440 canvas in the current colour', () => {
        const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
        expect(attr(root, 'xmlns')).toBe('http://www.w3.org/2000/svg');
        expect(attr(root, 'viewBox')).toBe('0 0 200 440');
        expect(attr(root, 'stroke')).toBe('currentColor');
        expect(attr(root, 'fill')).toBe('none');
      });

      it('marks regions as class="region" with matching id="area-<id>" and data-area', () => {
        const list = regions(svg);
        expect(list.length).toBeGreaterThan(0);
        for (const region of list) {
          expect(['path', 'ellipse']).toContain(region.tag);
          expect(BODY_AREAS as readonly string[]).toContain(region.area);
          expect(region.id).toBe(`area-${region.area}`);
        }
        const areas = list.map((r) => r.area);
        expect(new Set(areas).size).toBe(areas.length);
      });

      it('has unique ids', () => {
        const ids = [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('has no styles, scripts, event handlers or external references', () => {
        expect(svg).not.toMatch(/<script\b/i);
        expect(svg).not.toMatch(/<style\b/i);
        expect(svg).not.toMatch(/\sstyle=/i);
        expect(svg).not.toMatch(/\son[a-z]+=/i);
        expect(svg).not.toMatch(/\s(xlink:)?href=/i);
        expect(svg).not.toMatch(/<(image|foreignObject|use|iframe)\b/i);
        expect(svg).not.toMatch(/url\(/i);
        expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/i);
      });
    });
  }
});
