import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AREA_BOXES,
  BODY_BOXES,
  inBox,
  type BodyView,
  type MapArea,
} from '../../../content/body-map-areas';
import { parseBuiltInRoutines } from '../../../content/library';
import { MOVES, marksFor, type MoveMark } from '../../../content/move-marks';
import { MovesFileSchema, MoveSchema } from '../../../content/move-marks-schema';
import type { BodyArea, Routine, Sides } from '../../../content/schema';
import { CONTENT_DIR, REPO_ROOT } from '../support/repo-paths';

/**
 * The marks drawn over the body map (content/moves.json): every built-in step has some, each
 * one sits on a body area its step works, one-side moves are drawn on the person's left, and
 * the right side is their mirror image.
 */

const ROUTINES_DIR = join(CONTENT_DIR, 'routines');
const routines: Routine[] = parseBuiltInRoutines(
  readdirSync(ROUTINES_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      name,
      json: JSON.parse(readFileSync(join(ROUTINES_DIR, name), 'utf8')) as unknown,
    })),
);

/** A step or its gentle variant: what the marks are checked against. */
interface Body {
  label: string;
  illustration: string;
  bodyAreas: BodyArea[];
  sides: Sides;
}

const bodies: Body[] = routines.flatMap((routine) =>
  routine.steps.flatMap((step) => [
    { ...step, label: `${routine.id}/${step.id}` },
    ...(step.gentleVariant
      ? [{ ...step.gentleVariant, label: `${routine.id}/${step.id} (gentle)` }]
      : []),
  ]),
);

/** Every coordinate a mark is drawn through: the point, or each point of the path. */
const pointsOf = (mark: MoveMark): (readonly [number, number])[] =>
  mark.kind === 'point' ? [mark.at] : mark.path;

/** Where a mark lands: the point itself, or the arrowhead at the end of the path. */
const endOf = (mark: MoveMark): readonly [number, number] =>
  mark.kind === 'point' ? mark.at : mark.path[mark.path.length - 1]!;

/** Room for a fingertip's width around a region's box (the boxes already add 3 units). */
const TOLERANCE = 6;

function fitsAreas(view: BodyView, areas: readonly BodyArea[], xy: readonly [number, number]) {
  const boxes = areas.flatMap((area) =>
    area === 'whole-body' ? [BODY_BOXES[view]] : (AREA_BOXES[view][area] ?? []),
  );
  return boxes.some((b) => inBox(b, xy, TOLERANCE));
}

describe('move marks', () => {
  it('holds moves.json to its schema', () => {
    const parsed = MovesFileSchema.safeParse(MOVES);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('gives every step and gentle variant of every built-in routine marks to draw', () => {
    expect(bodies.length).toBeGreaterThan(100);
    const missing = bodies
      .filter((body) => marksFor(body.illustration, null).length === 0)
      .map((body) => `${body.label} (${body.illustration})`);
    expect(missing, `steps with no marks in content/moves.json: ${missing.join(', ')}`).toEqual([]);
  });

  it('keeps no marks for an illustration that no built-in step uses', () => {
    const used = new Set(bodies.map((body) => body.illustration));
    const stale = Object.keys(MOVES.moves).filter((key) => !used.has(key));
    expect(stale, `stale entries in content/moves.json: ${stale.join(', ')}`).toEqual([]);
  });

  it("puts every mark on one of its step's body areas, in the view it is drawn on", () => {
    const outside = bodies.flatMap((body) =>
      marksFor(body.illustration, null).flatMap((mark) =>
        pointsOf(mark)
          .filter((xy) => !fitsAreas(mark.view, body.bodyAreas, xy))
          .map(
            (xy) =>
              `${body.label}: ${body.illustration} ${mark.kind} at [${xy.join(', ')}] on the ` +
              `${mark.view} is off ${body.bodyAreas.join(' / ')}`,
          ),
      ),
    );
    expect(outside).toEqual([]);
  });

  it("draws a one-side move on the person's left, which the right side mirrors", () => {
    // From the front the person's left is on the viewer's right; from the back, the left.
    const onLeft = (mark: MoveMark) =>
      mark.view === 'front' ? endOf(mark)[0] > 100 : endOf(mark)[0] < 100;
    const wrongSide = bodies
      .filter((body) => body.sides === 'each' || body.sides === 'left')
      .flatMap((body) =>
        marksFor(body.illustration, null)
          .filter((mark) => !onLeft(mark))
          .map((mark) => `${body.label}: ${mark.kind} on the ${mark.view} ends on the right`),
      );
    expect(wrongSide).toEqual([]);
  });

  it('keeps each move to a few marks, so the drawing stays readable', () => {
    for (const [key, move] of Object.entries(MOVES.moves)) {
      expect(move.marks.length, key).toBeGreaterThanOrEqual(1);
      expect(move.marks.length, key).toBeLessThanOrEqual(4);
    }
  });
});

describe('marksFor', () => {
  const key = 'upper-trap-pinch-hold';
  const strokeKey = 'shoulder-stroking';

  it('returns the marks as drawn for the left side and for a step with no side', () => {
    expect(marksFor(key, 'left')).toEqual(MOVES.moves[key]!.marks);
    expect(marksFor(key, null)).toEqual(MOVES.moves[key]!.marks);
    expect(marksFor(strokeKey, null)).toEqual(MOVES.moves[strokeKey]!.marks);
  });

  it('mirrors points and paths about the midline for the right side, keeping y', () => {
    expect(marksFor(key, 'right')).toEqual([{ kind: 'point', view: 'back', at: [126, 83] }]);
    const left = marksFor(strokeKey, 'left');
    const right = marksFor(strokeKey, 'right');
    expect(right).toHaveLength(left.length);
    right.forEach((mark, i) => {
      const original = left[i]!;
      expect(mark.kind).toBe(original.kind);
      expect(mark.view).toBe(original.view);
      expect(pointsOf(mark)).toEqual(pointsOf(original).map(([x, y]) => [200 - x, y]));
    });
  });

  it('mirrors every move so that mirroring twice gives it back', () => {
    for (const name of Object.keys(MOVES.moves)) {
      const twice = marksFor(name, 'right').map((mark) =>
        mark.kind === 'point'
          ? { ...mark, at: [200 - mark.at[0], mark.at[1]] }
          : { ...mark, path: mark.path.map(([x, y]) => [200 - x, y]) },
      );
      expect(twice, name).toEqual(MOVES.moves[name]!.marks);
    }
  });

  it('has no marks for an unknown illustration, including inherited property names', () => {
    expect(marksFor('no-such-move', null)).toEqual([]);
    expect(marksFor('constructor', 'right')).toEqual([]);
    expect(marksFor('toString', 'left')).toEqual([]);
  });

  it('hands out copies, so a caller cannot change the shared table', () => {
    const marks = marksFor(key, null);
    const first = marks[0]!;
    if (first.kind === 'point') first.at[0] = 0;
    marks.length = 0;
    expect(marksFor(key, null)).toEqual(MOVES.moves[key]!.marks);
    expect(MOVES.moves[key]!.marks[0]).toEqual({ kind: 'point', view: 'back', at: [74, 83] });
  });
});

describe('moves.json schema', () => {
  const file = (marks: unknown[]) => ({ source: 'test', moves: { 'a-move': { marks } } });
  const point = (at: unknown) => ({ kind: 'point', view: 'front', at });
  const path = (points: unknown[]) => ({ kind: 'stroke', view: 'back', path: points });

  it('accepts a point and a path inside the map', () => {
    expect(
      MovesFileSchema.safeParse(
        file([
          point([0, 0]),
          path([
            [200, 440],
            [1, 2],
          ]),
        ]),
      ).success,
    ).toBe(true);
  });

  it('rejects a mark outside the map, or at a coordinate that is not a finite number', () => {
    for (const at of [
      [201, 10],
      [10, 441],
      [-1, 10],
      [10, -0.5],
      [Number.NaN, 10],
      [10, Infinity],
    ]) {
      expect(MovesFileSchema.safeParse(file([point(at)])).success, String(at)).toBe(false);
    }
    expect(
      MovesFileSchema.safeParse(
        file([
          path([
            [10, 10],
            [10, 450],
          ]),
        ]),
      ).success,
    ).toBe(false);
    expect(MovesFileSchema.safeParse(file([point([10])])).success).toBe(false);
    expect(MovesFileSchema.safeParse(file([point([10, 10, 10])])).success).toBe(false);
  });

  it('rejects a move with no marks', () => {
    expect(MoveSchema.safeParse({ marks: [] }).success).toBe(false);
    expect(MovesFileSchema.safeParse(file([])).success).toBe(false);
  });

  it('rejects a path of one point, or of more than six', () => {
    expect(MovesFileSchema.safeParse(file([path([[10, 10]])])).success).toBe(false);
    const seven = Array.from({ length: 7 }, (_, i) => [10 + i, 10]);
    expect(MovesFileSchema.safeParse(file([path(seven)])).success).toBe(false);
  });

  it('rejects unknown kinds, views and fields, and a point given a path', () => {
    const bad = [
      { kind: 'poke', view: 'front', at: [10, 10] },
      { kind: 'point', view: 'side', at: [10, 10] },
      { kind: 'point', view: 'front', at: [10, 10], colour: 'red' },
      {
        kind: 'point',
        view: 'front',
        path: [
          [10, 10],
          [20, 20],
        ],
      },
      { kind: 'move', view: 'front', at: [10, 10] },
    ];
    for (const mark of bad) {
      expect(MovesFileSchema.safeParse(file([mark])).success, JSON.stringify(mark)).toBe(false);
    }
    expect(MovesFileSchema.safeParse({ ...file([point([1, 1])]), extra: 1 }).success).toBe(false);
  });
});

describe('body-map area boxes', () => {
  const svgs: Record<BodyView, string> = {
    front: readFileSync(join(REPO_ROOT, 'assets/body-map/front.svg'), 'utf8'),
    back: readFileSync(join(REPO_ROOT, 'assets/body-map/back.svg'), 'utf8'),
  };

  /** The points a region is drawn through: path end and control points, ellipse extremes. */
  function regionPoints(tag: string): [number, number][] {
    const num = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
    if (tag.startsWith('<ellipse')) {
      const [cx, cy, rx, ry] = [num('cx'), num('cy'), num('rx'), num('ry')];
      return [
        [cx - rx, cy],
        [cx + rx, cy],
        [cx, cy - ry],
        [cx, cy + ry],
      ];
    }
    const d = /\sd="([^"]*)"/.exec(tag)?.[1] ?? '';
    const points: [number, number][] = [];
    for (const [, command, args] of d.matchAll(/([MLCAZ])([^MLCAZ]*)/g)) {
      const n = (args ?? '')
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      // An arc's first five numbers are radii and flags; only its end point is a place.
      const coords = command === 'A' ? n.slice(5) : n;
      for (let i = 0; i + 1 < coords.length; i += 2) points.push([coords[i]!, coords[i + 1]!]);
    }
    return points;
  }

  const regions = (view: BodyView) =>
    [...svgs[view].matchAll(/<(?:path|ellipse)\b[^>]*\bclass="region"[^>]*>/g)].map((m) => ({
      area: /data-area="([^"]*)"/.exec(m[0])?.[1] as MapArea,
      points: regionPoints(m[0]),
    }));

  for (const view of ['front', 'back'] as const) {
    it(`has boxes for exactly the ${view} view's regions`, () => {
      const drawn = regions(view)
        .map((r) => r.area)
        .sort();
      expect(Object.keys(AREA_BOXES[view]).sort()).toEqual(drawn);
    });

    it(`holds every point the ${view} view draws a region through inside its boxes`, () => {
      const outside = regions(view).flatMap(({ area, points }) =>
        points
          .filter((xy) => !(AREA_BOXES[view][area] ?? []).some((b) => inBox(b, xy)))
          .map((xy) => `${area} [${xy.join(', ')}]`),
      );
      expect(outside).toEqual([]);
      for (const { points } of regions(view)) {
        for (const xy of points) expect(inBox(BODY_BOXES[view], xy), String(xy)).toBe(true);
      }
    });
  }
});
