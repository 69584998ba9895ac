import { MAP_WIDTH, type BodyView } from './body-map-areas';
import movesJson from './moves.json' with { type: 'json' };

/**
 * Where and how each move is done, drawn over the body map: a point where to press or rest,
 * an arrow for the direction of a stroke, a roll, a stretch or a movement. Keyed by a step's
 * `illustration`, so a step and the moves it shares with other routines carry the same marks.
 *
 * Marks for a one-side-at-a-time step are drawn on the person's left (side one of every
 * "each" step is the left, see side-now.ts); the right side is the mirror image, so the
 * data is written once and the two sides can never disagree.
 */

export type { BodyView };

type XY = [number, number];
export type MoveMarkKind = 'point' | 'stroke' | 'roll' | 'stretch' | 'move';
export type MoveMark =
  | { kind: 'point'; view: BodyView; at: XY }
  | { kind: Exclude<MoveMarkKind, 'point'>; view: BodyView; path: XY[] };
export interface MovesFile {
  source: string;
  moves: Record<string, { marks: MoveMark[] }>;
}

/** The content tests hold moves.json to MovesFileSchema (move-marks-schema.ts). */
export const MOVES = movesJson as unknown as MovesFile;

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
