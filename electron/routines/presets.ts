import type { Preset } from '../common/settings-schema';
import type { SettingsStore } from '../settings/settings-store';
import { UserError } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';

/** Saved "fit to my day" choices, kept with the settings. */
export function createPresets(deps: {
  settings: SettingsStore;
  routineExists: (id: string) => boolean;
  newId: () => string;
}) {
  return {
    save(input: Omit<Preset, 'id'> & { id?: string }): Preset {
      if (!deps.routineExists(input.routineId)) {
        throw new UserError(
          'not-found',
          tm('errors:routines.noPresetRoutine', { id: input.routineId }),
        );
      }
      const preset: Preset = { ...input, id: input.id ?? deps.newId() };
      const others = deps.settings.get().presets.filter((p) => p.id !== preset.id);
      deps.settings.update({ presets: [...others, preset] });
      return preset;
    },
    remove(id: string): boolean {
      const presets = deps.settings.get().presets;
      const kept = presets.filter((p) => p.id !== id);
      if (kept.length === presets.length) return false;
      deps.settings.update({ presets: kept });
      return true;
    },
  };
}
