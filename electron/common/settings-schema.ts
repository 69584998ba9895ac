import { LANGUAGES } from './language';
import { z } from 'zod';
import { HEALTH_QUESTIONS } from '../../content/health-protections';
import { BodyAreaSchema } from '../../content/schema';

const HEALTH_ANSWER_IDS = HEALTH_QUESTIONS.map((q) => q.id) as [
  (typeof HEALTH_QUESTIONS)[number]['id'],
  ...(typeof HEALTH_QUESTIONS)[number]['id'][],
];

/**
 * The user's choices for fitting a routine to the day: a target length, pace, intensity,
 * areas to avoid on top of the global ones, and per-step on/off and lengths. Shared by
 * "play" and by saved presets.
 */
export const PlanChoicesSchema = z
  .object({
    targetSeconds: z.number().int().min(120).max(3600).optional(),
    pace: z.enum(['normal', 'slower']).optional(),
    intensity: z.enum(['standard', 'gentle']).optional(),
    avoidAreas: z.array(BodyAreaSchema).max(16).optional(),
    overrides: z
      .record(
        z.string().min(1).max(64),
        z
          .object({
            enabled: z.boolean().optional(),
            seconds: z.number().int().min(5).max(3600).optional(),
          })
          .strict(),
      )
      .refine((overrides) => Object.keys(overrides).length <= 120, 'too many step overrides')
      .optional(),
  })
  .strict();
export type PlanChoices = z.infer<typeof PlanChoicesSchema>;

const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 08:30');

export const ScheduledReminderSchema = z
  .object({
    id: z.string().min(1).max(64),
    enabled: z.boolean(),
    days: z.array(z.number().int().min(0).max(6)).max(7),
    time: TimeOfDay,
    routineId: z.string().min(1).max(64),
  })
  .strict();

export type ScheduledReminder = z.infer<typeof ScheduledReminderSchema>;

/**
 * When enabled, reminders and nudges come only inside these hours ('HH:MM', local); the rest
 * of the day is quiet. Stored as `quietHours` before 0.2.0 (see settings-migrations.ts).
 */
export const WorkingHoursSchema = z
  .object({ enabled: z.boolean(), start: TimeOfDay, end: TimeOfDay })
  .strict();
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

/**
 * A system-wide key as Electron spells it: modifiers joined with "+", then one key. The
 * grammar lives in desk/shortcut-choice.ts; here only its shape, so a hostile value stops
 * at the contract.
 */
const AcceleratorSchema = z
  .string()
  .max(60)
  .regex(/^([A-Za-z]+\+){1,3}[A-Za-z0-9]+$/, 'a key like CommandOrControl+Alt+P');

export const ShortcutsSchema = z
  .object({ togglePlayback: AcceleratorSchema, toggleTimer: AcceleratorSchema })
  .strict();
export type Shortcuts = z.infer<typeof ShortcutsSchema>;

export const DEFAULT_SHORTCUTS: Shortcuts = {
  togglePlayback: 'CommandOrControl+Alt+P',
  toggleTimer: 'CommandOrControl+Alt+T',
};

export const PresetSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(60),
    routineId: z.string().min(1).max(64),
    choices: PlanChoicesSchema,
  })
  .strict();
export type Preset = z.infer<typeof PresetSchema>;

/**
 * Every user setting. The zod schema is the single source: the IPC contract validates
 * changes with it, and the on-disk store's JSON schema is derived from it. Defaults live
 * apart from the schema so a partial change never fills in (and resets) other settings.
 */
export const SettingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    /** The app's language: the system's (when Unknot has it) or one chosen. */
    language: z.enum(['system', ...LANGUAGES]),
    textScale: z.number().min(1).max(2),
    voiceVolume: z.number().min(0).max(1),
    chimeVolume: z.number().min(0).max(1),
    ambientVolume: z.number().min(0).max(1),
    muted: z.boolean(),
    narrationSource: z.enum(['built-in', 'system', 'off']),
    /** Lines with no pre-rendered clip (a user's own steps) may use the system voice. */
    systemVoiceForMissing: z.boolean(),
    countIn: z.boolean(),
    ambient: z.enum(['off', 'brown-noise', 'rain']),
    checkIns: z.boolean(),
    avoidAreas: z.array(BodyAreaSchema).max(16),
    weeklyGoalDays: z.number().int().min(1).max(7),
    timerOpacity: z.number().min(0.3).max(1),
    lastRoutineId: z.string().max(64).nullable(),
    /** Saved "fit to my day" choices, each one click from the library. */
    presets: z.array(PresetSchema).max(100),
    /** Scheduled reminders; routineId may be 'pick-for-me'. */
    reminders: z.array(ScheduledReminderSchema).max(20),
    /** Working hours: reminders only inside them, when enabled. */
    workingHours: WorkingHoursSchema,
    /** A nudge after this many minutes of activity at the computer; 0 is off. */
    sittingNudgeMinutes: z.number().int().min(0).max(240),
    /** Reminders paused until this time (wall ms), from the tray. */
    pausedUntil: z.number().nullable(),
    launchAtLogin: z.boolean(),
    /** The welcome with the safety red flags has been read and confirmed. */
    firstRunDone: z.boolean(),
    /** Built-in routines the user hid (they cannot be deleted). */
    hiddenRoutineIds: z.array(z.string().max(64)).max(200),
    /** With check-ins on: also ask before a routine starts (the after check-in stays). */
    checkInBeforeStart: z.boolean(),
    /** 'cues': only short cues are spoken, for people who know the routines. */
    narrationDetail: z.enum(['full', 'cues']),
    /** Routines start in gentle mode unless the routine screen says otherwise. */
    gentleByDefault: z.boolean(),
    /** What the user told the first run (or Settings) about their health. */
    healthAnswers: z.array(z.enum(HEALTH_ANSWER_IDS)).max(HEALTH_ANSWER_IDS.length),
    /** Where it hurts most, chosen at first run: the library's "For you" row leads with these. */
    focusAreas: z.array(BodyAreaSchema).max(16),
    /** Closing the window leaves Unknot in the tray, so reminders keep coming (not macOS). */
    closeToTray: z.boolean(),
    /** The one-time "still running in the tray" notice has been shown. */
    closeToTrayExplained: z.boolean(),
    /** The floating timer is left out of screen shares and recordings, where the OS allows. */
    hideTimerFromScreenShare: z.boolean(),
    /**
     * 'activity': time away from the computer starts the nudge's count again. 'time': it
     * does not, for people who dictate and look idle to the computer.
     */
    sittingNudgeCounts: z.enum(['activity', 'time']),
    /** The two system-wide keys, as Electron accelerators ("CommandOrControl+Alt+P"). */
    shortcuts: ShortcutsSchema,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  language: 'system',
  textScale: 1,
  voiceVolume: 0.9,
  chimeVolume: 0.6,
  ambientVolume: 0.3,
  muted: false,
  narrationSource: 'built-in',
  systemVoiceForMissing: false,
  countIn: true,
  ambient: 'off',
  checkIns: true,
  avoidAreas: [],
  weeklyGoalDays: 3,
  timerOpacity: 0.92,
  lastRoutineId: null,
  presets: [],
  reminders: [],
  workingHours: { enabled: false, start: '09:00', end: '17:30' },
  sittingNudgeMinutes: 0,
  pausedUntil: null,
  launchAtLogin: false,
  firstRunDone: false,
  hiddenRoutineIds: [],
  checkInBeforeStart: true,
  narrationDetail: 'full',
  gentleByDefault: false,
  healthAnswers: [],
  focusAreas: [],
  closeToTray: true,
  closeToTrayExplained: false,
  hideTimerFromScreenShare: true,
  sittingNudgeCounts: 'activity',
  shortcuts: DEFAULT_SHORTCUTS,
};

/**
 * A change from the UI: any non-empty subset of keys, nothing unknown. Presets and hidden
 * routines change only through their own calls, which check what they are given.
 */
export const SettingsPatchSchema = SettingsSchema.omit({ presets: true, hiddenRoutineIds: true })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'no setting to change' });
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** What main itself may change: everything, presets and hidden routines included. */
export type StoredSettingsPatch = Partial<Settings>;

/** Reads stored settings, filling keys a older file does not have yet. */
export function settingsWithDefaults(stored: Record<string, unknown>): Settings {
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...stored });
}
