/**
 * The words of the content model as plain data, with no zod, so the renderer can show
 * labels without bundling the schema.
 */

export const TECHNIQUE_IDS = [
  'swedish',
  'deep-tissue',
  'trigger-point',
  'myofascial-release',
  'self-myofascial-rolling',
  'heat',
  'stretching',
  'movement',
  'meditation',
] as const;
export type TechniqueId = (typeof TECHNIQUE_IDS)[number];

/** The body areas a desk worker strains; the body map has one region per id. */
export const DESK_BODY_AREAS = [
  'neck',
  'shoulders',
  'upper-back',
  'lower-back',
  'jaw-face',
  'forearms',
  'wrists-hands',
  'hips-glutes',
  'legs',
  'feet',
] as const;
/** `whole-body` is for breathing and body-scan steps that work on no single area. */
export const BODY_AREAS = [...DESK_BODY_AREAS, 'chest', 'head', 'whole-body'] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  neck: 'Neck',
  shoulders: 'Shoulders',
  'upper-back': 'Upper back',
  'lower-back': 'Lower back',
  'jaw-face': 'Jaw and face',
  forearms: 'Forearms',
  'wrists-hands': 'Wrists and hands',
  'hips-glutes': 'Hips and glutes',
  legs: 'Legs',
  feet: 'Feet',
  chest: 'Chest',
  head: 'Head',
  'whole-body': 'Whole body',
};

export const TECHNIQUE_LABELS: Record<TechniqueId, string> = {
  swedish: 'Swedish massage',
  'deep-tissue': 'Deep tissue',
  'trigger-point': 'Trigger point',
  'myofascial-release': 'Myofascial release',
  'self-myofascial-rolling': 'Ball and roller',
  heat: 'Heat',
  stretching: 'Stretching',
  movement: 'Gentle movement',
  meditation: 'Meditation',
};
