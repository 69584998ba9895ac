import { z } from 'zod';
import { BodyAreaSchema } from '../content/schema';

/**
 * Every user setting. The zod schema is the single source: the IPC contract validates
 * changes with it, and the on-disk store's JSON schema is derived from it. Defaults live
 * apart from the schema so a partial change never fills in (and resets) other settings.
 */
export const SettingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
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
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
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
};

/** A change from the UI: any non-empty subset of keys, nothing unknown. */
export const SettingsPatchSchema = SettingsSchema.partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'no setting to change' });
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** Reads stored settings, filling keys a older file does not have yet. */
export function settingsWithDefaults(stored: Record<string, unknown>): Settings {
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...stored });
}
