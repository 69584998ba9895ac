import type { BodyArea } from './vocabulary';

/**
 * Where each body area lies on the body-map drawings (assets/body-map/front.svg and
 * back.svg, both 200 x 440). The boxes are the exact bounds of each region's curves, rounded
 * outward by 3 units, with one box per sub-path so a left and a right forearm are two boxes
 * rather than one box spanning the chest. Plain numbers, not parsed from the SVGs at run
 * time, because content/ does no I/O; a unit test re-reads the SVGs and fails if a drawing
 * moves out from under its box.
 */

export const MAP_WIDTH = 200;
export const MAP_HEIGHT = 440;

export type BodyView = 'front' | 'back';
/** The areas the SVGs draw as regions; `whole-body` is not a region. */
export type MapArea = Exclude<BodyArea, 'whole-body'>;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});

/**
 * Seen from the front the person's left is on the viewer's right (x > 100); from the back it
 * is on the viewer's left. Where an area has two boxes, the first is the one with x < 100.
 */
export const AREA_BOXES: Readonly<Record<BodyView, Readonly<Partial<Record<MapArea, Box[]>>>>> = {
  front: {
    // The front head and face share one ellipse, cut at y = 34: scalp above, face below.
    head: [box(78, 9, 122, 37)],
    'jaw-face': [box(78, 31, 122, 63)],
    neck: [box(86, 56, 114, 78)],
    chest: [box(65, 85, 135, 146)],
    shoulders: [box(48, 78, 82, 111), box(118, 78, 152, 111)],
    forearms: [box(38, 161, 61, 230), box(139, 161, 162, 230)],
    'wrists-hands': [box(33, 223, 55, 274), box(145, 223, 167, 274)],
    'hips-glutes': [box(65, 187, 135, 249)],
    legs: [box(64, 219, 102, 406), box(98, 219, 136, 406)],
    feet: [box(74, 401, 99, 435), box(101, 401, 126, 435)],
  },
  back: {
    head: [box(78, 9, 122, 63)],
    neck: [box(86, 56, 114, 78)],
    shoulders: [box(48, 72, 93, 111), box(107, 72, 152, 111)],
    'upper-back': [box(64, 84, 136, 153)],
    'lower-back': [box(66, 149, 134, 198)],
    forearms: [box(38, 161, 61, 230), box(139, 161, 162, 230)],
    'wrists-hands': [box(33, 223, 55, 274), box(145, 223, 167, 274)],
    'hips-glutes': [box(64, 193, 136, 254)],
    legs: [box(64, 227, 103, 406), box(97, 227, 136, 406)],
    feet: [box(74, 401, 99, 435), box(101, 401, 126, 435)],
  },
};

/** The whole silhouette (head to toes, hand to hand), for steps that work the whole body. */
export const BODY_BOXES: Readonly<Record<BodyView, Box>> = {
  front: box(33, 9, 167, 435),
  back: box(33, 9, 167, 435),
};

/** Whether a point lies in a box grown by `tolerance` units on every side. */
export function inBox(b: Box, [x, y]: readonly [number, number], tolerance = 0): boolean {
  return (
    x >= b.left - tolerance &&
    x <= b.right + tolerance &&
    y >= b.top - tolerance &&
    y <= b.bottom + tolerance
  );
}
