import { z } from 'zod';
import {
  RoutineSchema,
  BodyAreaSchema,
  StepSchema,
  TechniqueIdSchema,
  TechniqueSchema,
  RoutineIntensitySchema,
  EquipmentIdSchema,
  BODY_AREAS,
} from '../../../content/schema';
import {
  PlanChoicesSchema,
  PresetSchema,
  SettingsPatchSchema,
  SettingsSchema,
} from '../settings-schema';
import type { EventName, Method } from './channels';
import { ClockCommandSchema, ClockEventSchema, PlaybackSnapshotSchema } from '../playback-schema';
import {
  ExportedFileSchema,
  HistoryStatsSchema,
  PainScoreSchema,
  SessionRecordSchema,
} from '../history-schema';

export {
  METHODS,
  EVENT_NAMES,
  channelOf,
  eventChannelOf,
  methodOfChannel,
  type Method,
  type EventName,
} from './channels';

/**
 * The one IPC contract. Main serves it (ipc-handlers.ts), the preload and the e2e harness
 * build `window.unknot` from it (api-factory.ts), the renderer imports its types only.
 * Adding a call means adding one entry here; every side picks it up.
 */

const NoInput = z.undefined();
/** A calendar day, YYYY-MM-DD, that exists. */
const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((date) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date), 'no such day');

export const RoutineSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  conditions: z.array(z.string()),
  intensity: RoutineIntensitySchema,
  cautions: z.array(z.string()),
  seconds: z.number().int(),
  stepCount: z.number().int(),
  bodyAreas: z.array(BodyAreaSchema),
  areaStepCounts: z.partialRecord(BodyAreaSchema, z.number().int()),
  techniques: z.array(TechniqueIdSchema),
  equipment: z.array(EquipmentIdSchema),
  builtIn: z.boolean(),
  hidden: z.boolean(),
});
export type RoutineSummary = z.infer<typeof RoutineSummarySchema>;

export const NoticeSchema = z.object({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export const TimerWindowStateSchema = z.object({ open: z.boolean() });

export const contract = {
  listRoutines: { input: NoInput, output: z.array(RoutineSummarySchema) },
  getRoutine: {
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: RoutineSchema,
  },
  getSettings: { input: NoInput, output: SettingsSchema },
  updateSettings: { input: SettingsPatchSchema, output: SettingsSchema },
  openTimerWindow: { input: NoInput, output: TimerWindowStateSchema },
  closeTimerWindow: { input: NoInput, output: TimerWindowStateSchema },
  /** Messages main has for the user (a settings file restored from backup, say), each once. */
  takeNotices: { input: NoInput, output: z.array(NoticeSchema) },
  /** Plans the routine with the user's choices (and areas to avoid) and starts the clock. */
  startRoutine: {
    input: PlanChoicesSchema.extend({ routineId: z.string().min(1).max(64) }).strict(),
    output: PlaybackSnapshotSchema,
  },
  controlPlayback: {
    input: z.object({ command: ClockCommandSchema }).strict(),
    output: PlaybackSnapshotSchema,
  },
  getPlayback: { input: NoInput, output: PlaybackSnapshotSchema },
  listTechniques: { input: NoInput, output: z.array(TechniqueSchema) },
  /** Every step of every routine, for the builder's catalogue. */
  listStepCatalogue: {
    input: NoInput,
    output: z.array(
      z.object({ routineId: z.string(), routineTitle: z.string(), step: StepSchema }),
    ),
  },
  /** Creates or replaces one of the user's routines (never a built-in one). */
  saveRoutine: {
    input: z.object({ routine: RoutineSchema }).strict(),
    output: RoutineSummarySchema,
  },
  deleteRoutine: {
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  setRoutineHidden: {
    input: z.object({ id: z.string().min(1).max(64), hidden: z.boolean() }).strict(),
    output: z.object({ hidden: z.boolean() }),
  },
  /**
   * A routine file's text, checked in main. The generous limit lets main answer an
   * oversized file with its own clear message instead of a generic one.
   */
  importRoutine: {
    input: z.object({ text: z.string().max(16 * 1024 * 1024) }).strict(),
    output: z.object({ routine: RoutineSummarySchema, renamed: z.boolean() }),
  },
  /** Files in the user's routines folder that could not be read, each with why. */
  listRoutineProblems: {
    input: NoInput,
    output: z.array(z.object({ file: z.string(), message: z.string() })),
  },
  savePreset: {
    input: PresetSchema.omit({ id: true })
      .extend({ id: z.string().min(1).max(64).optional() })
      .strict(),
    output: PresetSchema,
  },
  deletePreset: {
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  /** Every recorded session, newest first (stopped and interrupted ones too). */
  listSessions: { input: NoInput, output: z.array(SessionRecordSchema) },
  getHistoryStats: { input: NoInput, output: HistoryStatsSchema },
  checkIn: {
    input: z
      .object({
        sessionId: z.string().min(1).max(64),
        when: z.enum(['before', 'after']),
        score: PainScoreSchema,
        /** Where it hurts, tapped on the body map; optional, each area once. */
        areas: z
          .array(BodyAreaSchema)
          .max(BODY_AREAS.length)
          .refine((areas) => new Set(areas).size === areas.length, 'each area once')
          .optional(),
      })
      .strict(),
    output: z.object({ saved: z.boolean() }),
  },
  setSessionNote: {
    input: z.object({ sessionId: z.string().min(1).max(64), text: z.string().max(2000) }).strict(),
    output: z.object({ saved: z.boolean() }),
  },
  deleteSession: {
    input: z.object({ sessionId: z.string().min(1).max(64) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  exportHistory: {
    input: z.object({ format: z.enum(['csv', 'json']) }).strict(),
    output: ExportedFileSchema,
  },
  /**
   * A report of the user's own record for a clinician, as a PDF saved where they pick (main
   * asks with a save dialog). `saved` is false when they cancel.
   */
  makeReport: {
    input: z
      .object({
        from: IsoDateSchema,
        to: IsoDateSchema,
        /** Sessions whose notes the user chose to include. */
        noteSessionIds: z.array(z.string().min(1).max(64)).max(2000),
      })
      .strict()
      .refine((period) => period.from <= period.to, 'the period ends before it starts'),
    output: z.object({
      saved: z.boolean(),
      fileName: z.string().optional(),
      pages: z.number().int().min(1).optional(),
    }),
  },
  /** Plays an interrupted session's routine again from the step where it stopped. */
  resumeSession: {
    input: z.object({ sessionId: z.string().min(1).max(64) }).strict(),
    output: PlaybackSnapshotSchema,
  },
  createBackup: { input: NoInput, output: ExportedFileSchema },
  /** With apply false, says what the restore would do; with apply true, does it. */
  restoreBackup: {
    input: z.object({ text: z.string().max(256 * 1024 * 1024), apply: z.boolean() }).strict(),
    output: z.object({ message: z.string(), applied: z.boolean() }),
  },
  getDataFolder: { input: NoInput, output: z.object({ path: z.string() }) },
  openDataFolder: { input: NoInput, output: z.object({ opened: z.boolean() }) },
  /**
   * Asks the user for a folder (main's own dialog: the page never names a path) and moves
   * the data there; Unknot then restarts on it.
   */
  moveDataFolder: {
    input: NoInput,
    output: z.object({ moved: z.boolean(), message: z.string() }),
  },
} as const;

/** Main-to-renderer events, pushed to every window. */
export const events = {
  settingsChanged: SettingsSchema,
  timerWindowChanged: TimerWindowStateSchema,
  /** The clock's state, on every change (never on a timer tick). */
  playbackChanged: PlaybackSnapshotSchema,
  /** A moment of the timeline falling due: something to say or sound now. */
  playbackEvent: ClockEventSchema,
  /** Something was recorded or changed in history; windows showing it refresh. */
  historyChanged: z.object({ at: z.number() }),
  /** Main has something new to tell the user: windows take it (takeNotices). */
  noticesChanged: z.object({ at: z.number() }),
} as const;

export type Contract = typeof contract;
export type MethodInput<M extends Method> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends Method> = z.output<Contract[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** Sends one event to every window; main's shell implements it, the harness sends to pages. */
export type Broadcast = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

// Compile-time: the schemas cover exactly the names in channels.ts, no more, no fewer.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractCoversMethods: Exactly<keyof Contract, Method> = true;
const eventsCoverNames: Exactly<keyof typeof events, EventName> = true;
void contractCoversMethods;
void eventsCoverNames;

export const IpcErrorCodeSchema = z.enum([
  'unknown-method',
  'invalid-payload',
  'forbidden-sender',
  'not-found',
  'not-playable',
  'invalid-routine',
  'storage-failed',
  'internal',
]);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

/** Errors cross the boundary as data: Electron drops an Error's fields on the way. */
export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

/** What the renderer sees as `window.unknot`. */
export type UnknotApi = {
  [M in Method]: MethodInput<M> extends undefined
    ? () => Promise<MethodOutput<M>>
    : (input: MethodInput<M>) => Promise<MethodOutput<M>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
