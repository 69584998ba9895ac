import { z } from 'zod';
import { MAP_HEIGHT, MAP_WIDTH } from './body-map-areas';
import movesJson from './moves.json' with { type: 'json' };

/**
 * Where and how each move is done, drawn over the body map: a point where to press or rest,
 * an arrow for the direction of a stroke, a roll, a stretch or a movement. Keyed by a step's
 * `illustration`, so a step and the moves it shares with other routines carry the same marks.
 *
 * Marks for a one-side-at-a-time step are drawn on the person's left (side one of every
 * "each" step is the left, see side-badge.ts); the right side is the mirror image, so the
 * data is written once and the two sides can never disagree.
 */

export type { BodyView } from './body-map-areas';

/** [x, y] in the body map's units; NaN and infinities fail the bounds as well. */
const XY = z.tuple([z.number().min(0).max(MAP_WIDTH), z.number().min(0).max(MAP_HEIGHT)]);
const View = z.enum(['front', 'back']);

/** A place to press, hold or rest: a trigger point, a ball, a warm pack, a resting hand. */
const PointMarkSchema = z
  .object({
    kind: z.literal('point'),
    view: View,
    at: XY,
  })
  .strict();

/**
 * A direction: the line of a stroke, of rolling on a ball, of a stretch's pull (along which
 * the tissue lengthens) or of a movement. The arrowhead goes on the last point. Two points
 * make a straight arrow; up to six let a path bend, or go round as a circle does.
 */
const PathMarkSchema = z
  .object({
    kind: z.enum(['stroke', 'roll', 'stretch', 'move']),
    view: View,
    path: z.array(XY).min(2).max(6),
  })
  .strict();

export const MoveMarkSchema = z.discriminatedUnion('kind', [PointMarkSchema, PathMarkSchema]);
export type MoveMark = z.infer<typeof MoveMarkSchema>;
export type MoveMarkKind = MoveMark['kind'];

/** A handful of marks at most: more would clutter a small drawing for a tired reader. */
export const MoveSchema = z
  .object({
    marks: z.array(MoveMarkSchema).min(1).max(4),
  })
  .strict();
export type Move = z.infer<typeof MoveSchema>;

const IllustrationKey = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const MovesFileSchema = z
  .object({
    /** How the marks were made, so a reviewer knows what they rest on. */
    source: z.string().trim().min(1).max(400),
    moves: z.record(IllustrationKey, MoveSchema),
  })
  .strict();
export type MovesFile = z.infer<typeof MovesFileSchema>;

/** Parsed once at load: a broken moves.json fails the first import, not a session. */
export const MOVES: MovesFile = MovesFileSchema.parse(movesJson);

type XYPoint = [number, number];

const same = ([x, y]: readonly [number, number]): XYPoint => [x, y];
/** Left and right swap about the midline, x = 100, on the front and the back view alike. */
const mirrored = ([x, y]: readonly [number, number]): XYPoint => [MAP_WIDTH - x, y];

/**
 * The marks to draw for a step's illustration, on the side being worked: mirrored for the
 * right side, as drawn for the left side or for a step with no side (null). An unknown key
 * (a user's own step) has no marks rather than an error, so the body map simply stays plain.
 * Returns fresh copies, so a caller cannot alter the shared table.
 */
export function marksFor(illustration: string, side: 'left' | 'right' | null): MoveMark[] {
  if (!Object.hasOwn(MOVES.moves, illustration)) return [];
  const place = side === 'right' ? mirrored : same;
  return (MOVES.moves[illustration]?.marks ?? []).map((mark) =>
    mark.kind === 'point'
      ? { kind: mark.kind, view: mark.view, at: place(mark.at) }
      : { kind: mark.kind, view: mark.view, path: mark.path.map(place) },
  );
}
