/**
 * Line drawings of the positions the routines use, shown in the player beside the body map
 * while a step plays. One drawing per pose in assets/poses/<pose key>.svg.
 *
 * How the drawings were made: hand-written SVG, drawn for Unknot (no stock art, no
 * generated imagery). Every figure shares one set of limb lengths (head radius 11, torso 40,
 * upper arm 24, forearm 21, thigh and shin 30 each, in a 160 x 160 viewBox) and the same
 * chair, wall and desk, so the drawings read as one set; the joint positions were worked out
 * from those lengths with a small scratch script, and each drawing was checked by eye at
 * 160 px and 480 px on a light and a dark page before it was kept. Several more were tried
 * (hand on heart, shoulder rolls, a seated forward fold, a chest opener) and dropped because
 * they did not read clearly at 160 px: a step whose move has no good drawing shows none.
 *
 * The drawings use currentColor only, so the page's theme colours them. Step keys are
 * grouped by position, not by routine: several steps share a position (a breathing step and
 * a settling-in step are the same picture), and a step key is listed under one pose at most.
 */

export interface Pose {
  /** One plain sentence describing the position, read to a screen-reader user. */
  alt: string;
  /** The step `illustration` keys this drawing shows. */
  illustrations: string[];
}

export const POSES: Record<string, Pose> = {
  'seated-rest': {
    alt: 'Sitting upright on a chair, back supported, feet flat on the floor and hands resting on the thighs.',
    // Breathing and settling in are done sitting, with two exceptions under the shared
    // paced-breathing key: the desk break's three slow breaths (standing) and the bath's
    // (lying back). Keys of their own would let those two show no drawing instead.
    illustrations: ['paced-breathing', 'seated-settle', 'body-scan'],
  },
  'seated-cat-cow': {
    alt: 'Sitting on a chair with the hands on the knees, back rounded and head forward, moving between rounding and arching.',
    illustrations: ['seated-cat-cow'],
  },
  'seated-marching': {
    alt: 'Sitting tall on a chair with one knee lifted a little and that foot off the floor, the other foot flat.',
    illustrations: ['seated-marching'],
  },
  'seated-ball-under-glute': {
    alt: 'Sitting on a chair with a small ball under one buttock, feet on the floor and hands on the thighs.',
    illustrations: ['ball-under-glute'],
  },
  'seated-side-neck-stretch': {
    alt: 'Sitting tall with one hand holding the seat, head tipped away towards the other shoulder.',
    illustrations: ['neck-side-stretch'],
  },
  'seated-hand-to-shoulder': {
    alt: 'Sitting on a chair with one hand reaching across the chest to rest on top of the other shoulder.',
    // Kneading, the pinch-and-hold and light stroking all start from this reach across.
    illustrations: ['shoulder-kneading', 'upper-trap-pinch-hold', 'shoulder-stroking'],
  },
  'standing-ball-on-wall': {
    alt: 'Standing with the back to a wall and a ball held between one shoulder blade and the wall.',
    illustrations: ['ball-on-wall-upper-back'],
  },
  'standing-calf-stretch': {
    alt: 'Facing a wall or a desk with both hands on it, one foot stepped back with the knee straight and the heel down.',
    // The desk version is the same stance with the hands a little lower.
    illustrations: ['standing-calf-stretch', 'wall-calf-stretch'],
  },
  'standing-heel-raises': {
    alt: 'Standing tall with one hand resting on a desk, heels lifted so the weight is on the balls of the feet.',
    illustrations: ['heel-raises'],
  },
  'standing-hip-circles': {
    alt: 'Standing with the feet apart and the hands on the hips, circling the hips slowly.',
    illustrations: ['standing-hip-circles'],
  },
  'standing-quad-stretch': {
    alt: 'Standing on one leg and holding a desk, the other knee bent and its ankle held behind, heel towards the buttock.',
    illustrations: ['standing-quad-stretch'],
  },
  'standing-side-bend': {
    alt: 'Standing tall with one arm raised overhead, leaning slowly away from it to the side.',
    illustrations: ['standing-side-bend'],
  },
};

/** Step key to pose key, built once; a Map so keys like "constructor" never match. */
const POSE_BY_ILLUSTRATION = new Map<string, string>(
  Object.entries(POSES).flatMap(([pose, { illustrations }]) =>
    illustrations.map((illustration): [string, string] => [illustration, pose]),
  ),
);

/**
 * The pose drawing for a step's illustration key, or undefined when there is none (a move
 * without a good drawing, or a user's own step): the player then shows no drawing.
 */
export function poseFor(illustration: string): string | undefined {
  return POSE_BY_ILLUSTRATION.get(illustration);
}
