import { z } from 'zod';
import { MAP_HEIGHT, MAP_WIDTH } from './body-map-areas';

/**
 * The shape of moves.json (see move-marks.ts), checked by the content tests and by anyone
 * editing the file. Apart from move-marks.ts so the player, which only reads the marks, does
 * not bundle zod.
 */

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
