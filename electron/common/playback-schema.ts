import { z } from 'zod';
import type { Plan } from '../../content/planner';
import {
  BodyAreaSchema,
  CueKindSchema,
  EquipmentIdSchema,
  SideWorkSchema,
  SidesSchema,
  TechniqueIdSchema,
} from '../../content/schema';

/**
 * The playback state that crosses from main to every window: the planned timeline and the
 * clock's snapshot. Windows draw their countdowns from a snapshot locally; main sends one
 * only when something changes, never once a second.
 */

export const PlannedCueSchema = z.object({
  kind: z.union([CueKindSchema, z.enum(['intro', 'release'])]),
  text: z.string(),
  atSeconds: z.number().min(0),
  tone: z.boolean().optional(),
});

const PlannedHoldSchema = z.object({
  side: z.union([z.literal(1), z.literal(2)]),
  startSeconds: z.number(),
  endSeconds: z.number(),
});

const PlannedBreathingSchema = z.object({
  inhale: z.number(),
  holdIn: z.number(),
  exhale: z.number(),
  holdOut: z.number(),
  spans: z.array(z.object({ startSeconds: z.number(), endSeconds: z.number() })),
});

export const PlannedStepSchema = z.object({
  key: z.string(),
  stepId: z.string(),
  repeat: z.number().int(),
  title: z.string(),
  technique: TechniqueIdSchema,
  bodyAreas: z.array(BodyAreaSchema),
  caption: z.string(),
  illustration: z.string(),
  intro: z.string(),
  outro: z.string(),
  variant: z.enum(['standard', 'gentle']),
  start: z.number().min(0),
  seconds: z.number().int().min(1),
  minSeconds: z.number(),
  maxSeconds: z.number(),
  sides: SidesSchema,
  sideWork: SideWorkSchema.optional(),
  equipment: z.array(EquipmentIdSchema).optional(),
  sideSwitchAtSeconds: z.number().optional(),
  cues: z.array(PlannedCueSchema),
  outroAtSeconds: z.number().nullable(),
  holds: z.array(PlannedHoldSchema),
  breathing: PlannedBreathingSchema.optional(),
});

export const PlanSchema = z.object({
  routineId: z.string(),
  title: z.string(),
  steps: z.array(PlannedStepSchema),
  totalSeconds: z.number(),
  targetSeconds: z.number().optional(),
  feasible: z.boolean(),
  nearestFeasibleSeconds: z.number().optional(),
  omitted: z.array(
    z.object({
      stepId: z.string(),
      title: z.string(),
      reason: z.enum(['avoided-area', 'gentle', 'turned-off', 'time', 'health']),
      areas: z.array(BodyAreaSchema).optional(),
      why: z.string().optional(),
    }),
  ),
  message: z.string().optional(),
});

// Compile-time: the schema describes exactly the planner's Plan.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const planSchemaMatches: Same<z.infer<typeof PlanSchema>, Plan> = true;
void planSchemaMatches;

export const ClockStatusSchema = z.enum([
  'idle',
  'counting-in',
  'playing',
  'paused',
  'finished',
  'stopped',
]);
export type ClockStatus = z.infer<typeof ClockStatusSchema>;

export const PlaybackSnapshotSchema = z.object({
  status: ClockStatusSchema,
  /** One id per play of a routine; history records use it. Null when idle. */
  sessionId: z.string().nullable(),
  plan: PlanSchema.nullable(),
  /** -1 before the first step (idle, counting in). */
  stepIndex: z.number().int().min(-1),
  /** The current step's length, including any time the user added. */
  stepSeconds: z.number().min(0),
  /** Time into the current step (or into the count-in) when the snapshot was taken. */
  stepElapsedMs: z.number().min(0),
  /** Played time of the whole routine so far, pauses excluded. */
  routineElapsedMs: z.number().min(0),
  /** Planned length of the routine, including added time. */
  routineTotalMs: z.number().min(0),
  /** Seconds of count-in left when status is 'counting-in'. */
  countInSeconds: z.number().min(0),
  /** Wall-clock time (ms since epoch) of the snapshot: a window counts down from here. */
  at: z.number(),
});
export type PlaybackSnapshot = z.infer<typeof PlaybackSnapshotSchema>;

/** Things to say or sound at a moment of the timeline, pushed as they fall due. */
export const ClockEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('count-in'), secondsLeft: z.number().int().min(1) }),
  z.object({ type: z.literal('step-start'), stepIndex: z.number().int().min(0) }),
  z.object({
    type: z.literal('cue'),
    stepIndex: z.number().int().min(0),
    cue: PlannedCueSchema,
  }),
  z.object({ type: z.literal('outro'), stepIndex: z.number().int().min(0), text: z.string() }),
  z.object({ type: z.literal('finished') }),
]);
export type ClockEvent = z.infer<typeof ClockEventSchema>;

export const ClockCommandSchema = z.enum([
  'pause',
  'resume',
  'toggle',
  'next',
  'previous',
  'restart-step',
  'add-time',
  'stop',
]);
export type ClockCommand = z.infer<typeof ClockCommandSchema>;
