import { z } from 'zod';
import { BODY_AREAS, EQUIPMENT_IDS, TECHNIQUE_IDS } from './vocabulary';

/**
 * The content model. Built-in routines, user routines and import/export files all use
 * this one schema, so a routine a user exports is byte-for-byte the format we ship.
 */

export {
  TECHNIQUE_IDS,
  DESK_BODY_AREAS,
  BODY_AREAS,
  BODY_AREA_LABELS,
  TECHNIQUE_LABELS,
  EQUIPMENT_IDS,
  EQUIPMENT_LABELS,
  type TechniqueId,
  type BodyArea,
  type EquipmentId,
} from './vocabulary';
export const TechniqueIdSchema = z.enum(TECHNIQUE_IDS);
export const BodyAreaSchema = z.enum(BODY_AREAS);
export const EquipmentIdSchema = z.enum(EQUIPMENT_IDS);

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, like "neck-release"');
const Line = z.string().trim().min(1).max(400);

export const CueKindSchema = z.enum([
  'switch-sides',
  'ease-pressure',
  'breath',
  'guidance',
  'skin-check',
]);
export type CueKind = z.infer<typeof CueKindSchema>;

/**
 * A mid-step cue. `at` is a fraction of the step's planned length so cues stay in place
 * when the planner stretches or shrinks the step; `every` (seconds) repeats a breath cue.
 */
export const CueSchema = z
  .object({
    kind: CueKindSchema,
    text: Line,
    at: z.number().min(0).max(1),
    every: z.number().min(4).max(120).optional(),
  })
  .strict();
export type Cue = z.infer<typeof CueSchema>;

export const NarrationSchema = z
  .object({
    intro: Line,
    cues: z.array(CueSchema).max(24),
    outro: Line,
  })
  .strict();
export type Narration = z.infer<typeof NarrationSchema>;

/**
 * `each` means the step is done on the left, then on the right, switching halfway;
 * `both` means both sides at once (or no side at all); `left`/`right` one side only.
 */
export const SidesSchema = z.enum(['both', 'left', 'right', 'each']);
export type Sides = z.infer<typeof SidesSchema>;

/**
 * For a step done one side at a time: the part worked, as it follows "Left" or "Right"
 * ("shoulder", "side of your neck"), and whether the other hand does the work, so the
 * player can say "Left shoulder · use your right hand" instead of a bare "Left side".
 */
export const SideWorkSchema = z
  .object({
    part: z.string().trim().min(1).max(40),
    otherHand: z.boolean().optional(),
  })
  .strict();
export type SideWork = z.infer<typeof SideWorkSchema>;

const SecondsSchema = z
  .object({
    min: z.number().int().min(5).max(3600),
    default: z.number().int().min(5).max(3600),
    max: z.number().int().min(5).max(3600),
  })
  .strict()
  .refine((s) => s.min <= s.default && s.default <= s.max, {
    message: 'seconds must satisfy min <= default <= max',
  });

/**
 * A paced breathing pattern, in seconds per phase at the normal pace (the slower pace scales
 * every phase). The player speaks a short cue at the start of each phase and the pacer
 * circle follows it, so the step's own lines never have to count. `maxRounds` caps patterns
 * that should not run long (4-7-8: four rounds at most).
 */
// A hold is none, or long enough for its spoken cue ("Hold.") to be said inside it.
const BreathHold = z
  .number()
  .min(0)
  .max(12)
  .refine((v) => v === 0 || v >= 2, { message: 'a hold is 0, or at least 2 seconds' });

export const BreathingSchema = z
  .object({
    inhale: z.number().min(2).max(12),
    holdIn: BreathHold,
    exhale: z.number().min(2).max(16),
    holdOut: BreathHold,
    maxRounds: z.number().int().min(1).max(60).optional(),
  })
  .strict();
export type Breathing = z.infer<typeof BreathingSchema>;

/** What a step does; shared by a step and its gentle variant. */
const StepBodyShape = {
  title: z.string().trim().min(1).max(80),
  technique: TechniqueIdSchema,
  bodyAreas: z.array(BodyAreaSchema).min(1).max(6),
  narration: NarrationSchema,
  caption: z.string().trim().min(1).max(300),
  seconds: SecondsSchema,
  sides: SidesSchema,
  illustration: Id,
  breathing: BreathingSchema.optional(),
  sideWork: SideWorkSchema.optional(),
  /**
   * What the step needs besides a desk and a chair. Optional, so routines written before it
   * (and users' own) stay valid; a gentle variant names its own, as it may swap the tool.
   */
  equipment: z.array(EquipmentIdSchema).max(6).optional(),
};

/** A breathing pattern belongs to a meditation step done with no side. */
function checkBreathing(
  body: { technique: string; sides: string; breathing?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (body.breathing !== undefined && (body.technique !== 'meditation' || body.sides !== 'both')) {
    ctx.addIssue({
      code: 'custom',
      path: ['breathing'],
      message: 'a breathing pattern needs a meditation step with sides "both"',
    });
  }
}

export const GentleVariantSchema = z.object(StepBodyShape).strict().superRefine(checkBreathing);
export type GentleVariant = z.infer<typeof GentleVariantSchema>;

export const StepSchema = z
  .object({
    id: Id,
    ...StepBodyShape,
    /** Optional steps may be dropped by the planner when time is short. */
    optional: z.boolean(),
    /** 1 is the most important; optional steps with the largest number are dropped first. */
    priority: z.number().int().min(1).max(5),
    /** Firm pressure: left out (or swapped for `gentleVariant`) in gentle mode. */
    firm: z.boolean().default(false),
    /** May be played twice when the user asks for more time than its maximum allows. */
    repeatable: z.boolean().default(false),
    gentleVariant: GentleVariantSchema.optional(),
  })
  .strict()
  .superRefine(checkBreathing);
export type Step = z.infer<typeof StepSchema>;
export type StepInput = z.input<typeof StepSchema>;

export const RoutineIntensitySchema = z.enum(['gentle', 'moderate', 'firm']);
export type RoutineIntensity = z.infer<typeof RoutineIntensitySchema>;

export const RoutineSchema = z
  .object({
    /** Bumped when the file format changes, so old exports can be migrated. */
    format: z.literal(1),
    id: Id,
    title: z.string().trim().min(1).max(80),
    summary: z.string().trim().min(1).max(300),
    /** Conditions this routine is written for, e.g. "tension headache". */
    conditions: z.array(z.string().trim().min(1).max(60)).max(8),
    intensity: RoutineIntensitySchema,
    cautions: z.array(z.string().trim().min(1).max(300)).min(1).max(12),
    steps: z.array(StepSchema).min(1).max(60),
  })
  .strict()
  .superRefine((routine, ctx) => {
    const seen = new Set<string>();
    routine.steps.forEach((step, index) => {
      if (seen.has(step.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `step id "${step.id}" is used twice`,
        });
      }
      seen.add(step.id);
    });
  });
export type Routine = z.infer<typeof RoutineSchema>;
export type RoutineInput = z.input<typeof RoutineSchema>;

export const TechniqueSchema = z
  .object({
    id: TechniqueIdSchema,
    name: z.string().min(1),
    description: z.string().min(1),
    atDesk: z.string().min(1),
    /** Bounds of one hold or set on one side; a step done on each side gets twice the room. */
    minSeconds: z.number().int().min(5),
    maxSeconds: z.number().int().min(5),
    /** Pressure techniques carry a spoken "ease off" safety cue. */
    pressure: z.boolean(),
    parameters: z.record(z.string(), z.string()),
    cautions: z.array(z.string().min(1)).min(1),
    sources: z.array(z.url()).min(1),
  })
  .strict();
export type Technique = z.infer<typeof TechniqueSchema>;

/** Total seconds of a routine at its default step lengths. */
export function defaultRoutineSeconds(routine: Pick<Routine, 'steps'>): number {
  return routine.steps.reduce((sum, step) => sum + step.seconds.default, 0);
}

/** How many times a technique's per-side bounds apply to a step. */
export function sideFactor(sides: Sides): number {
  return sides === 'each' ? 2 : 1;
}

/**
 * One content file in another language (content/locales/<lang>/…): where the translation came
 * from, and each English line's key with its text (content-strings.ts names the keys).
 */
export const ContentTranslationSchema = z
  .object({
    source: z.string().trim().min(1),
    strings: z.record(z.string(), z.string().trim().min(1)),
  })
  .strict();
export type ContentTranslation = z.infer<typeof ContentTranslationSchema>;
