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

/**
 * Things a step needs besides a person, a desk and a chair. A routine lists them up front so
 * no one has to stop half-way to fetch a ball or warm a pack.
 */
export const EQUIPMENT_IDS = [
  'heat-pack',
  'bowl-of-warm-water',
  'warm-cloth',
  'towel',
  'ball',
  'balls-in-sock',
  'soft-ball',
  'wall',
  'warm-bath',
  'shower',
  'bath-mat',
  'glass-of-water',
] as const;
export type EquipmentId = (typeof EQUIPMENT_IDS)[number];

export const EQUIPMENT_LABELS: Record<EquipmentId, string> = {
  'heat-pack': 'Heat pack or hot water bottle',
  'bowl-of-warm-water': 'Bowl of warm water or a heat pack',
  'warm-cloth': 'Warm, damp cloth',
  towel: 'Towel or cloth',
  ball: 'Tennis or massage ball',
  'balls-in-sock': 'Two tennis balls in a sock',
  'soft-ball': 'Soft ball or rolled towel',
  wall: 'A clear wall',
  'warm-bath': 'Warm bath',
  shower: 'Warm shower',
  'bath-mat': 'Bath mat',
  'glass-of-water': 'Glass of water',
};

/** Where warmth comes from, for checking that heat routines say what to warm up. */
export const HEAT_SOURCES: readonly EquipmentId[] = [
  'heat-pack',
  'bowl-of-warm-water',
  'warm-cloth',
  'warm-bath',
  'shower',
];
